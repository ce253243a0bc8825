#pragma once

#include "models/SecretValue.h"

#include <QString>
#include <QWidget>

class QKeyEvent;
class QPlainTextEdit;
class QToolButton;

// A multi-line secret value (a PEM key, a certificate) that stays masked: the editor shows a bullet
// for every character, line by line, and holding the eye button shows the text itself, read-only,
// as PasswordField does for one line. While masked, typing and pasting (Ctrl+V) add at the end,
// Backspace removes the last character and Ctrl+A then Backspace, Delete or typing replaces it all;
// copying, cutting, dragging and the context menu are refused, so the value never leaves through
// the clipboard. Like PasswordField it hands the value out only as a SecretValue.
class SecretTextField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretTextField(QWidget* parent = nullptr);
    ~SecretTextField() override;

    QPlainTextEdit* editor() const { return m_editor; }
    QToolButton* revealButton() const { return m_revealButton; }

    SecretValue value() const;
    bool isEmpty() const;
    qsizetype byteSize() const;
    bool containsLineBreak() const;
    bool isRevealed() const { return m_revealed; }
    // Replaces the text (a single-line value moved here, a generated one).
    void setText(const QString& text);
    // Empties the field and wipes the text it held.
    void clear();
    void setAccessibleName(const QString& name);

    // The text, for the dialog's shape check (line count, PEM); never for display.
    const QString& textForCheck() const { return m_text; }

Q_SIGNALS:
    void textChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // Handles a key typed into the masked editor; returns whether it was used.
    bool typeMasked(const QKeyEvent* key);
    void replaceText(const QString& text);
    void setRevealed(bool revealed);
    void render();

    QPlainTextEdit* m_editor;
    QToolButton* m_revealButton;
    QString m_text;
    bool m_revealed = false;
    // Ctrl+A was pressed: the next edit replaces the whole text.
    bool m_allSelected = false;
};
