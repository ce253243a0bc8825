#include "ui/PasswordField.h"

#include "ui/Icons.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

PasswordField::PasswordField(QWidget* parent)
    : QWidget(parent), m_lineEdit(new QLineEdit(this)), m_revealButton(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_lineEdit, 1);
    layout->addWidget(m_revealButton);

    m_lineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_lineEdit->setEchoMode(QLineEdit::Password);
    m_lineEdit->setDragEnabled(false);
    m_lineEdit->installEventFilter(this);
    setFocusProxy(m_lineEdit);
    setFocusPolicy(m_lineEdit->focusPolicy());
    setSizePolicy(m_lineEdit->sizePolicy());

    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setAutoRaise(true);
    m_revealButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // Not a stop in the tab chain, so Tab goes from one password field straight to the next (as
    // in KeePassXC); from the keyboard, Ctrl+H in the field shows and hides the text.
    m_revealButton->setFocusPolicy(Qt::NoFocus);
    m_revealButton->setToolTip(tr("Hold down to show the text (Ctrl+H shows or hides it)"));
    updateRevealIcon();

    connect(m_revealButton, &QToolButton::pressed, this, [this] { setRevealed(true); });
    connect(m_revealButton, &QToolButton::released, this, [this] { setRevealed(false); });
    connect(m_lineEdit, &QLineEdit::textChanged, this, [this] { Q_EMIT textChanged(); });
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &PasswordField::returnPressed);

    setAccessibleName(tr("Password"));
}

PasswordField::~PasswordField()
{
    // Nobody listens any more (the owning dialog may be half destroyed): wipe without signals.
    const QSignalBlocker blocker(m_lineEdit);
    m_lineEdit->setText(QString());
}

QLineEdit* PasswordField::lineEdit() const
{
    return m_lineEdit;
}

QToolButton* PasswordField::revealButton() const
{
    return m_revealButton;
}

SecretValue PasswordField::value() const
{
    return SecretValue::fromText(m_lineEdit->text());
}

SecretValue PasswordField::takeValue()
{
    SecretValue taken = value();
    clear();
    return taken;
}

void PasswordField::clear()
{
    // setText(), unlike QLineEdit::clear(), also drops the undo history, so Ctrl+Z cannot bring
    // the text back.
    m_lineEdit->setText(QString());
    setRevealed(false);
}

bool PasswordField::isEmpty() const
{
    return m_lineEdit->text().isEmpty();
}

qsizetype PasswordField::byteSize() const
{
    return value().size();
}

bool PasswordField::hasSameTextAs(const PasswordField& other) const
{
    return m_lineEdit->text() == other.m_lineEdit->text();
}

PasswordStrength PasswordField::strength() const
{
    return estimatePasswordStrength(m_lineEdit->text());
}

bool PasswordField::isRevealed() const
{
    return m_lineEdit->echoMode() == QLineEdit::Normal;
}

void PasswordField::setPlaceholderText(const QString& text)
{
    m_lineEdit->setPlaceholderText(text);
}

QString PasswordField::placeholderText() const
{
    return m_lineEdit->placeholderText();
}

void PasswordField::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_lineEdit->setAccessibleName(name);
    m_revealButton->setAccessibleName(tr("Show %1 while pressed").arg(name));
}

bool PasswordField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_lineEdit) {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
        case QEvent::KeyPress: {
            // Password mode already refuses to copy; while the text is shown it must refuse too.
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
                event->accept();
                return true;
            }
            if (key->key() == Qt::Key_H && key->modifiers() == Qt::ControlModifier) {
                event->accept();
                if (event->type() == QEvent::KeyPress) {
                    setRevealed(!isRevealed());
                }
                return true;
            }
            break;
        }
        case QEvent::FocusOut:
            // Shown from the keyboard: masked again once the focus leaves the field.
            setRevealed(false);
            break;
        case QEvent::ContextMenu:
            if (isRevealed()) {
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PasswordField::hideEvent(QHideEvent* event)
{
    setRevealed(false);
    QWidget::hideEvent(event);
}

void PasswordField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateRevealIcon();
    }
    QWidget::changeEvent(event);
}

void PasswordField::setRevealed(bool revealed)
{
    if (revealed == isRevealed()) {
        return;
    }
    m_lineEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    updateRevealIcon();
}

void PasswordField::updateRevealIcon()
{
    m_revealButton->setIcon(Icons::icon(isRevealed() ? QStringLiteral("hide") : QStringLiteral("show")));
}
