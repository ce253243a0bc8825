#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <array>

namespace {

QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray randomToken()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toHex();
}

} // namespace

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, QObject* parent)
    : QObject(parent), m_clipboard(clipboard), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // The application may be shutting down: m_clipboard is null once QGuiApplication is gone.
    if (clipboardHoldsOurCopy()) {
        m_clipboard->clear(QClipboard::Clipboard);
    }
}

void ClipboardGuard::copy(const QString& text, int clearAfterMs)
{
    if (!m_clipboard) {
        return;
    }
    m_textDigest = digestOf(text);
    m_token = randomToken();

    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(kPasswordManagerHintFormat, QByteArrayLiteral("secret"));
    mime->setData(kConcealedFormat, QByteArrayLiteral("secret"));
    mime->setData(kMarkerFormat, m_token);
    // Only the clipboard, never the X11 primary selection: a selection is pasted by a stray
    // middle click and outlives our timer on some desktops.
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);

    m_timer->start(std::max(1, clearAfterMs));
}

bool ClipboardGuard::isGuarding() const
{
    return !m_token.isEmpty();
}

void ClipboardGuard::clearNow()
{
    m_timer->stop();
    const bool ours = clipboardHoldsOurCopy();
    forget();
    if (ours) {
        m_clipboard->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
}

bool ClipboardGuard::clipboardHoldsOurCopy() const
{
    if (!m_clipboard || m_token.isEmpty()) {
        return false;
    }
    const QMimeData* current = m_clipboard->mimeData(QClipboard::Clipboard);
    // Both checks: the token proves the data came from this copy (the user may have copied the
    // same text from elsewhere), the digest that nothing replaced the text under our format.
    return current && current->data(kMarkerFormat) == m_token && digestOf(current->text()) == m_textDigest;
}

void ClipboardGuard::forget()
{
    m_textDigest.clear();
    m_token.clear();
}
