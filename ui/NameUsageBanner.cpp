#include "ui/NameUsageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {

const QString kSecretScheme = QStringLiteral("secret:");
const QString kVariableScheme = QStringLiteral("variable:");
// The tooltip lists this many scan warnings; the rest are counted.
constexpr int kMaxListedWarnings = 10;

QString linkList(const QStringList& names, const QString& scheme)
{
    QStringList links;
    links.reserve(names.size());
    for (const QString& name : names) {
        links.append(QStringLiteral("<a href=\"%1%2\">%3</a>").arg(scheme, name.toHtmlEscaped(), name.toHtmlEscaped()));
    }
    return links.join(QStringLiteral(", "));
}

} // namespace

NameUsageBanner::NameUsageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_rescan(new QPushButton(this))
    , m_toggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("nameUsageBanner"));
    setAccessibleName(tr("Names the bot expects"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon->setObjectName(QStringLiteral("nameUsageIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_message->setObjectName(QStringLiteral("nameUsageMessage"));
    m_message->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_rescan->setObjectName(QStringLiteral("rescanSourceButton"));
    m_rescan->setText(tr("&Rescan"));
    m_rescan->setAccessibleName(tr("Rescan the bot's code"));
    m_rescan->setToolTip(tr("Read the source folder again after its code changed."));
    m_rescan->setAutoDefault(false);

    m_toggle->setObjectName(QStringLiteral("nameUsageToggle"));
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Show or hide the details"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_rescan, 0, Qt::AlignTop);
    layout->addWidget(m_toggle, 0, Qt::AlignTop);

    connect(m_toggle, &QToolButton::clicked, this, [this] {
        setCollapsed(!m_collapsed);
        Q_EMIT collapsedChanged(m_collapsed);
    });
    connect(m_message, &QLabel::linkActivated, this, &NameUsageBanner::openLink);
    connect(m_rescan, &QPushButton::clicked, this, &NameUsageBanner::rescanRequested);
    setKind(false);
    setCollapsed(false);
}

void NameUsageBanner::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_toggle->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    m_toggle->setToolTip(collapsed ? tr("Show the details") : tr("Show one line only"));
    showMessage();
}

void NameUsageBanner::showMessage()
{
    const bool summary = m_collapsed && !m_summary.isEmpty();
    // One unwrapped line: a wrapped label asks for the height of several lines.
    m_message->setWordWrap(!summary);
    m_message->setText(summary ? m_summary.toHtmlEscaped() : m_fullText);
    m_message->setAccessibleName(m_fullText.isEmpty() ? QString() : tr("Names the bot expects"));
}

QString NameUsageBanner::secretLink(const QString& name)
{
    return kSecretScheme + name;
}

QString NameUsageBanner::variableLink(const QString& name)
{
    return kVariableScheme + name;
}

void NameUsageBanner::setUsage(const NameUsage& usage, const ExpectedNames& expected, bool folderBound)
{
    m_usage = usage;
    QStringList lines;
    if (!usage.missingSecrets.isEmpty()) {
        lines << tr("The bot expects %n secret(s) this project lacks: %1", nullptr,
            static_cast<int>(usage.missingSecrets.size()))
                     .arg(linkList(usage.missingSecrets, kSecretScheme));
    }
    if (!usage.missingVariables.isEmpty()) {
        lines << tr("The bot expects %n variable(s) this project lacks: %1", nullptr,
            static_cast<int>(usage.missingVariables.size()))
                     .arg(linkList(usage.missingVariables, kVariableScheme));
    }
    const int optional = static_cast<int>(usage.optionalSecrets.size() + usage.optionalVariables.size());
    if (optional > 0) {
        QStringList links;
        if (!usage.optionalSecrets.isEmpty()) {
            links << linkList(usage.optionalSecrets, kSecretScheme);
        }
        if (!usage.optionalVariables.isEmpty()) {
            links << linkList(usage.optionalVariables, kVariableScheme);
        }
        lines << tr("Read with a default (the bot uses its default while this project lacks them): %1")
                     .arg(links.join(QStringLiteral(", ")));
    }
    if (usage.anyMissing()) {
        lines << tr("Click a name to add it.");
    } else if (folderBound && optional == 0) {
        lines << tr("Every secret and variable the bot's code reads is defined in this project.").toHtmlEscaped();
    } else if (folderBound) {
        lines << tr("Every secret and variable the bot's code reads without a default is defined in this project.")
                     .toHtmlEscaped();
    }
    const int unused = static_cast<int>(usage.unusedSecrets.size() + usage.unusedVariables.size());
    if (folderBound && unused > 0) {
        lines << tr(
            "%n name(s) defined here are not found in the bot's code; the tables mark them “unused”.", nullptr, unused)
                     .toHtmlEscaped();
    }
    const int computed = expected.computedSecretReads + expected.computedVariableReads;
    if (computed > 0) {
        lines << tr(
            "The code also reads %n name(s) computed at run time, so this check may be incomplete.", nullptr, computed)
                     .toHtmlEscaped();
    }
    QString toolTip;
    if (!expected.warnings.isEmpty()) {
        const int count = static_cast<int>(expected.warnings.size());
        lines << tr("The scan could not check everything (%n note(s)); hover here for details.", nullptr, count)
                     .toHtmlEscaped();
        QStringList listed = expected.warnings.mid(0, kMaxListedWarnings);
        if (count > kMaxListedWarnings) {
            listed << tr("…and %n more.", nullptr, count - kMaxListedWarnings);
        }
        toolTip = listed.join(u'\n');
    }
    m_fullText = lines.join(QStringLiteral("<br>"));
    const int missing = static_cast<int>(usage.missingSecrets.size() + usage.missingVariables.size());
    m_summary = missing > 0 ? tr("The bot expects %n name(s) this project lacks.", nullptr, missing)
                            : tr("Every name the bot's code reads is defined here.");
    if (folderBound && unused > 0) {
        m_summary += u' ' + tr("%n name(s) here are unused.", nullptr, unused);
    }
    m_message->setToolTip(toolTip);
    showMessage();
    m_rescan->setVisible(folderBound);
    setKind(usage.anyMissing());
}

void NameUsageBanner::setScanError(const QString& message)
{
    m_usage = NameUsage {};
    m_fullText = tr("The bot's code could not be checked: %1").arg(message).toHtmlEscaped();
    m_summary.clear();
    m_message->setToolTip(QString());
    showMessage();
    m_rescan->setVisible(true);
    setKind(true);
}

void NameUsageBanner::openLink(const QString& link)
{
    if (link.startsWith(kSecretScheme)) {
        Q_EMIT addSecretRequested(link.mid(kSecretScheme.size()));
    } else if (link.startsWith(kVariableScheme)) {
        Q_EMIT addVariableRequested(link.mid(kVariableScheme.size()));
    }
}

void NameUsageBanner::setKind(bool attention)
{
    m_attention = attention;
    applyTint();
}

void NameUsageBanner::changeEvent(QEvent* event)
{
    // The desktop switched between light and dark: tint again for the new window colour.
    if (event->type() == QEvent::PaletteChange && !m_tinting) {
        applyTint();
    }
    QFrame::changeEvent(event);
}

void NameUsageBanner::applyTint()
{
    // A tint of the window colour: warm when something is missing, neutral otherwise, readable in
    // light and dark palettes alike. The text says what is wrong, so nothing depends on the colour.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = base.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    QColor tint;
    if (m_attention) {
        tint = dark ? QColor(0x4a, 0x3b, 0x1c) : QColor(0xfd, 0xf3, 0xd8);
    } else {
        tint = base.color(QPalette::AlternateBase);
    }
    m_tinting = true;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, tint);
    setPalette(palette);
    m_tinting = false;
    const QStyle::StandardPixmap pixmap = m_attention ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setAccessibleName(m_attention ? tr("Attention") : tr("Information"));
}
