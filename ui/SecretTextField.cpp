#include "ui/SecretTextField.h"

#include "ui/Icons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>

namespace {

// One bullet per character, keeping the line breaks, so the shape of a key shows but not its text.
QString masked(const QString& text)
{
    QString bullets = text;
    for (QChar& c : bullets) {
        if (c != QLatin1Char('\n')) {
            c = QChar(0x2022);
        }
    }
    return bullets;
}

void wipe(QString& text)
{
    text.fill(QLatin1Char(' '));
    text.clear();
}

} // namespace

SecretTextField::SecretTextField(QWidget* parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_revealButton(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_revealButton, 0, Qt::AlignTop);

    m_editor->setObjectName(QStringLiteral("secretTextEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setAcceptDrops(false);
    m_editor->viewport()->setAcceptDrops(false);
    m_editor->viewport()->installEventFilter(this);
    m_editor->setContextMenuPolicy(Qt::NoContextMenu);
    m_editor->setUndoRedoEnabled(false);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 6 + 12);
    m_editor->installEventFilter(this);
    setFocusProxy(m_editor);

    m_revealButton->setObjectName(QStringLiteral("secretTextRevealButton"));
    m_revealButton->setAutoRaise(true);
    m_revealButton->setFocusPolicy(Qt::TabFocus);
    m_revealButton->setToolTip(tr("Hold down to show the text"));
    m_revealButton->setIcon(Icons::icon(QStringLiteral("show")));
    connect(m_revealButton, &QToolButton::pressed, this, [this] { setRevealed(true); });
    connect(m_revealButton, &QToolButton::released, this, [this] { setRevealed(false); });

    setAccessibleName(tr("Secret value"));
    render();
}

SecretTextField::~SecretTextField()
{
    const QSignalBlocker blocker(this);
    clear();
}

SecretValue SecretTextField::value() const
{
    return SecretValue::fromText(m_text);
}

bool SecretTextField::isEmpty() const
{
    return m_text.isEmpty();
}

qsizetype SecretTextField::byteSize() const
{
    return value().size();
}

bool SecretTextField::containsLineBreak() const
{
    return m_text.contains(QLatin1Char('\n'));
}

void SecretTextField::setText(const QString& text)
{
    m_allSelected = false;
    replaceText(text);
}

void SecretTextField::clear()
{
    setRevealed(false);
    setText(QString());
}

void SecretTextField::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_editor->setAccessibleName(name);
    m_revealButton->setAccessibleName(tr("Show %1 while pressed").arg(name));
}

void SecretTextField::replaceText(const QString& text)
{
    wipe(m_text);
    m_text = text;
    render();
    Q_EMIT textChanged();
}

void SecretTextField::render()
{
    const QSignalBlocker blocker(m_editor);
    // The editor never holds the text itself except while the eye button is held.
    m_editor->setPlainText(m_revealed ? m_text : masked(m_text));
    m_editor->setReadOnly(m_revealed);
    // Shown text cannot be selected, so it never reaches the X11 selection either.
    m_editor->setTextInteractionFlags(m_revealed ? Qt::NoTextInteraction : Qt::TextEditorInteraction);
    m_editor->moveCursor(QTextCursor::End);
    if (m_allSelected && !m_revealed) {
        m_editor->selectAll();
    }
}

void SecretTextField::setRevealed(bool revealed)
{
    if (revealed == m_revealed) {
        return;
    }
    m_revealed = revealed;
    m_revealButton->setIcon(Icons::icon(revealed ? QStringLiteral("hide") : QStringLiteral("show")));
    render();
}

void SecretTextField::hideEvent(QHideEvent* event)
{
    setRevealed(false);
    QWidget::hideEvent(event);
}

bool SecretTextField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor->viewport()) {
        // A middle click would paste the X11 selection into the editor itself, past the masking.
        const bool mouse = event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease;
        return mouse && static_cast<QMouseEvent*>(event)->button() == Qt::MiddleButton;
    }
    if (watched != m_editor) {
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Copy, cut, paste and select-all belong to this field, not to a window shortcut.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Paste)
            || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
        return false;
    }
    case QEvent::KeyPress: {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            return false; // moves the focus
        }
        typeMasked(key);
        return true; // nothing reaches the editor's own editing
    }
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool SecretTextField::typeMasked(const QKeyEvent* key)
{
    if (m_revealed || key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
        return false;
    }
    if (key->matches(QKeySequence::SelectAll)) {
        m_allSelected = !m_text.isEmpty();
        render();
        return true;
    }
    const bool replaceAll = m_allSelected;
    m_allSelected = false;
    QString text = replaceAll ? QString() : m_text;
    if (key->matches(QKeySequence::Paste)) {
        const QMimeData* pasted = QGuiApplication::clipboard()->mimeData();
        text += pasted && pasted->hasText() ? pasted->text() : QString();
    } else if (key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete) {
        if (!replaceAll) {
            text.chop(1);
        }
    } else if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        text += QLatin1Char('\n');
    } else if (!key->text().isEmpty() && key->text().at(0).isPrint()
        && !(key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier))) {
        text += key->text();
    } else {
        m_allSelected = replaceAll;
        return false;
    }
    replaceText(text);
    wipe(text);
    return true;
}
