#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QClipboard;
class QTimer;

// Puts a secret on the clipboard for a short time. The data carries the hints clipboard managers
// honour (KDE Klipper and others skip "x-kde-passwordManagerHint: secret"; macOS managers skip the
// concealed type), and it is cleared after a timeout, on clearNow() (locking) and on destruction,
// but only while the clipboard still holds what this guard put there: if the user has copied
// something else since, that is left alone.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static inline const QString kPasswordManagerHintFormat = QStringLiteral("x-kde-passwordManagerHint");
    static inline const QString kConcealedFormat = QStringLiteral("application/x-nspasteboard-concealed-type");
    // Marks data this guard placed, with a random token per copy.
    static inline const QString kMarkerFormat = QStringLiteral("application/x-botvault-clipboard-token");

    ClipboardGuard(QClipboard* clipboard, QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // Copies `text` and clears it after `clearAfterMs` milliseconds (at least 1).
    void copy(const QString& text, int clearAfterMs);
    // True while text copied by copy() may still be on the clipboard and has not been cleared.
    bool isGuarding() const;

public Q_SLOTS:
    // Clears the clipboard now if it still holds what copy() put there.
    void clearNow();

Q_SIGNALS:
    // The clipboard was cleared because it still held our copy.
    void cleared();

private:
    bool clipboardHoldsOurCopy() const;
    void forget();

    QPointer<QClipboard> m_clipboard;
    QTimer* m_timer;
    // A digest of the copied text and the copy's token, not the text itself, so the guard does not
    // keep one more copy of the secret alive while it waits.
    QByteArray m_textDigest;
    QByteArray m_token;
};
