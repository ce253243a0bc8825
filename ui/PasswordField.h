#pragma once

#include "models/PasswordStrength.h"
#include "models/SecretValue.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

// A password or secret-value input: a masked line edit and a "press to show" eye button. The text
// shows only while the button is held down and is masked again on release. The text never leaves
// the widget as a QString: callers take it as a SecretValue, compare two fields or ask for the
// strength, and it is never put into a tooltip, accessible description or the clipboard.
class PasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordField(QWidget* parent = nullptr);
    ~PasswordField() override;

    QLineEdit* lineEdit() const;
    QToolButton* revealButton() const;

    // The text as UTF-8 in locked memory; the field keeps it.
    SecretValue value() const;
    // The text as UTF-8 in locked memory; the field is cleared.
    SecretValue takeValue();
    // Empties the field and its undo history.
    void clear();
    bool isEmpty() const;
    // The size of the text in UTF-8 bytes, for length limits.
    qsizetype byteSize() const;
    bool hasSameTextAs(const PasswordField& other) const;
    PasswordStrength strength() const;
    bool isRevealed() const;

    void setPlaceholderText(const QString& text);
    QString placeholderText() const;
    // Sets the accessible name of the line edit and derives the reveal button's from it.
    void setAccessibleName(const QString& name);

Q_SIGNALS:
    void textChanged();
    void returnPressed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setRevealed(bool revealed);
    void updateRevealIcon();

    QLineEdit* m_lineEdit;
    QToolButton* m_revealButton;
};
