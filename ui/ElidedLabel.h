#pragma once

#include <QLabel>

// A one-line label that elides its text to the width it gets (in the middle by default, which
// keeps both the start and the end of a path readable) and shows the full text as its tooltip.
// QLabel cuts a long text off instead, and a long path would force its window wider.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // The whole text; text() returns what is shown.
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateShownText();

    QString m_fullText;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
};
