#include "ui/ChannelsPanel.h"

#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kChannelIdRole = Qt::UserRole + 1;

QString timeText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ChannelsPanel::ChannelsPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_bannerToggle(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_unboundPage(new QWidget(m_stack))
    , m_unboundLabel(new QLabel(m_unboundPage))
    , m_bindButton(new QPushButton(tr("B&ind to platform project…"), m_unboundPage))
    , m_tree(new QTreeWidget(m_stack))
    , m_status(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_newButton(new QPushButton(tr("&New channel…"), this))
    , m_deployButton(new QPushButton(tr("&Deploy"), this))
    , m_deployAllButton(new QPushButton(tr("Deploy &all"), this))
{
    setObjectName(QStringLiteral("channelsPanel"));
    setAccessibleName(tr("Channels"));

    setUpMessages();
    setUpTree();
    setUpButtons();
    layOutWidgets();
    connectWidgets();
    setBound(false);
}

void ChannelsPanel::setUpMessages()
{
    m_banner->setObjectName(QStringLiteral("channelsFlowBanner"));
    m_banner->setText(tr("Published secrets are live in every channel. Changed variables reach a channel only when "
                         "you deploy it: deploy the test widget first, check it below, then deploy the other "
                         "channels."));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->setAccessibleName(tr("How deploying works"));
    m_bannerToggle->setObjectName(QStringLiteral("channelsBannerToggle"));
    m_bannerToggle->setText(tr("How deploying works"));
    m_bannerToggle->setAccessibleName(tr("Show or hide how deploying works"));
    m_bannerToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bannerToggle->setAutoRaise(true);
    m_bannerToggle->setCheckable(true);
    m_bannerToggle->setChecked(true);
    m_bannerToggle->setArrowType(Qt::DownArrow);

    m_unboundLabel->setObjectName(QStringLiteral("channelsUnboundLabel"));
    m_unboundLabel->setText(tr("This project is not bound to a platform project. Bind it first to see its "
                               "channels and deploy them."));
    m_unboundLabel->setWordWrap(true);
    m_unboundLabel->setAlignment(Qt::AlignCenter);
    m_bindButton->setObjectName(QStringLiteral("channelsBindButton"));
    m_bindButton->setAccessibleName(tr("Bind to platform project"));
    auto* unboundLayout = new QVBoxLayout(m_unboundPage);
    unboundLayout->addStretch(1);
    unboundLayout->addWidget(m_unboundLabel);
    unboundLayout->addWidget(m_bindButton, 0, Qt::AlignCenter);
    unboundLayout->addStretch(2);
}

void ChannelsPanel::setUpTree()
{
    m_tree->setObjectName(QStringLiteral("channelsTree"));
    m_tree->setAccessibleName(tr("Channels"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Type"), tr("Name"), tr("Deployed"), tr("Status"), tr("Pending variables")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    // The pending variables are the last and least read column: it takes what the others leave.
    m_tree->header()->setStretchLastSection(true);
    fitColumns();

    m_stack->addWidget(m_unboundPage);
    m_stack->addWidget(m_tree);
}

void ChannelsPanel::setUpButtons()
{
    m_status->setObjectName(QStringLiteral("channelsStatusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    m_refreshButton->setObjectName(QStringLiteral("refreshChannelsButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the channels"));
    m_newButton->setObjectName(QStringLiteral("newChannelButton"));
    m_newButton->setAccessibleName(tr("New channel"));
    m_deployButton->setObjectName(QStringLiteral("deployChannelButton"));
    m_deployButton->setAccessibleName(tr("Deploy the selected channels"));
    m_deployAllButton->setObjectName(QStringLiteral("deployAllChannelsButton"));
    m_deployAllButton->setAccessibleName(tr("Deploy all channels"));
}

void ChannelsPanel::layOutWidgets()
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_bannerToggle);
    buttons->addStretch(1);
    buttons->addWidget(m_deployButton);
    buttons->addWidget(m_deployAllButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
}

void ChannelsPanel::connectWidgets()
{
    connect(m_bannerToggle, &QToolButton::clicked, this, [this](bool shown) {
        setBannerCollapsed(!shown);
        Q_EMIT bannerCollapsedChanged(!shown);
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &ChannelsPanel::refreshRequested);
    connect(m_newButton, &QPushButton::clicked, this, &ChannelsPanel::newChannelRequested);
    connect(m_deployButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedChannelIds();
        if (!ids.isEmpty()) {
            Q_EMIT deployRequested(ids);
        }
    });
    connect(m_deployAllButton, &QPushButton::clicked, this, &ChannelsPanel::deployAllRequested);
    connect(m_bindButton, &QPushButton::clicked, this, &ChannelsPanel::bindRequested);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ChannelsPanel::updateButtons);
}

QString ChannelsPanel::typeLabel(const QString& type)
{
    if (type == QLatin1String("TEST_WIDGET")) {
        return tr("Test widget");
    }
    if (type == QLatin1String("TELEGRAM")) {
        return tr("Telegram");
    }
    if (type == QLatin1String("CHAT_WIDGET")) {
        return tr("Chat widget");
    }
    if (type == QLatin1String("CHAT_API")) {
        return tr("Chat API");
    }
    return type;
}

QString ChannelsPanel::statusText(const std::optional<DeployInfo>& deploy)
{
    if (!deploy) {
        return tr("Not deployed");
    }
    if (deploy->status == QLatin1String("SUCCEEDED")) {
        return tr("Succeeded");
    }
    if (deploy->status == QLatin1String("FAILED")) {
        return tr("Failed");
    }
    if (deploy->status == QLatin1String("QUEUED") || deploy->status == QLatin1String("RUNNING")) {
        return tr("Running…");
    }
    return deploy->status;
}

QString ChannelsPanel::deployedText(const ChannelInfo& channel)
{
    if (channel.activeDeployId == 0) {
        return tr("never");
    }
    if (channel.lastDeploy && channel.lastDeploy->id == channel.activeDeployId) {
        const DeployInfo& deploy = *channel.lastDeploy;
        return timeText(deploy.finishedAt.isValid() ? deploy.finishedAt : deploy.requestedAt);
    }
    // The channel runs an older deploy than its last (failed or running) one, whose time the
    // listing does not carry.
    return tr("earlier");
}

QString ChannelsPanel::changeLabel(const QString& change)
{
    if (change == QLatin1String("ADDED")) {
        return tr("added");
    }
    if (change == QLatin1String("CHANGED")) {
        return tr("changed");
    }
    if (change == QLatin1String("REMOVED")) {
        return tr("removed");
    }
    return change;
}

QString ChannelsPanel::pendingToolTip(const ChannelInfo& channel)
{
    if (channel.pendingVariableCount == 0) {
        return QString();
    }
    QStringList lines;
    lines << tr("Deploying this channel changes %n variable(s):", nullptr, channel.pendingVariableCount);
    for (const PendingVariable& variable : channel.pendingVariables) {
        lines << tr("%1 (%2)").arg(variable.name, changeLabel(variable.change));
    }
    const int unlisted = channel.pendingVariableCount - static_cast<int>(channel.pendingVariables.size());
    if (unlisted > 0 && !channel.pendingVariables.isEmpty()) {
        lines << tr("… and %n more", nullptr, unlisted);
    }
    return lines.join(u'\n');
}

void ChannelsPanel::setBound(bool bound)
{
    m_bound = bound;
    m_stack->setCurrentWidget(bound ? static_cast<QWidget*>(m_tree) : m_unboundPage);
    if (!bound) {
        clear();
    }
    updateButtons();
}

void ChannelsPanel::clear()
{
    m_channels.clear();
    m_tree->clear();
    m_status->clear();
    updateButtons();
}

QTreeWidgetItem* ChannelsPanel::createRow(const ChannelInfo& channel) const
{
    auto* item = new QTreeWidgetItem;
    item->setData(TypeColumn, kChannelIdRole, channel.id);
    item->setText(TypeColumn, typeLabel(channel.type));
    item->setToolTip(TypeColumn, channel.type);
    item->setText(NameColumn, channel.name);
    item->setText(DeployedColumn, deployedText(channel));
    item->setText(StatusColumn, statusText(channel.lastDeploy));
    if (channel.lastDeploy) {
        const DeployInfo& deploy = *channel.lastDeploy;
        if (deploy.status == QLatin1String("FAILED")) {
            item->setToolTip(StatusColumn,
                deploy.errorMessage.isEmpty() ? tr("The deploy failed (%1).").arg(deploy.errorCode)
                                              : deploy.errorMessage);
        } else {
            item->setToolTip(StatusColumn,
                tr("Requested by %1 at %2 with %n variable(s).", nullptr, deploy.variableCount)
                    .arg(deploy.requestedBy, timeText(deploy.requestedAt)));
        }
    }
    const int pending = channel.pendingVariableCount;
    item->setText(PendingColumn, pending == 0 ? tr("none") : tr("%n to deploy", nullptr, pending));
    item->setToolTip(PendingColumn, pendingToolTip(channel));
    if (pending > 0) {
        QFont bold = item->font(PendingColumn);
        bold.setBold(true);
        item->setFont(PendingColumn, bold);
    }
    for (const PendingVariable& variable : channel.pendingVariables) {
        auto* child = new QTreeWidgetItem(item);
        child->setText(NameColumn, variable.name);
        child->setText(PendingColumn, changeLabel(variable.change));
        child->setFlags(child->flags() & ~Qt::ItemIsSelectable);
    }
    return item;
}

void ChannelsPanel::setChannels(const QList<ChannelInfo>& channels)
{
    QSet<qint64> selected;
    QSet<qint64> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const qint64 id = item->data(TypeColumn, kChannelIdRole).toLongLong();
        if (item->isSelected()) {
            selected.insert(id);
        }
        if (item->isExpanded()) {
            expanded.insert(id);
        }
    }
    m_channels = channels;
    m_tree->clear();
    QTreeWidgetItem* current = nullptr;
    for (const ChannelInfo& channel : channels) {
        QTreeWidgetItem* item = createRow(channel);
        m_tree->addTopLevelItem(item);
        item->setExpanded(expanded.contains(channel.id));
        if (selected.contains(channel.id)) {
            item->setSelected(true);
            current = current ? current : item;
        }
    }
    if (current) {
        m_tree->setCurrentItem(current, 0, QItemSelectionModel::NoUpdate);
    }
    fitColumns();
    updateButtons();
}

void ChannelsPanel::setBannerCollapsed(bool collapsed)
{
    m_banner->setHidden(collapsed);
    m_bannerToggle->setChecked(!collapsed);
    m_bannerToggle->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
}

bool ChannelsPanel::isBannerCollapsed() const
{
    return m_banner->isHidden();
}

void ChannelsPanel::fitColumns()
{
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int character = metrics.averageCharWidth();
    // Room for the header's title and the tree's indentation and padding.
    const int padding = m_tree->indentation() + 2 * character;
    for (int column = TypeColumn; column < PendingColumn; ++column) {
        int width = metrics.horizontalAdvance(m_tree->headerItem()->text(column)) + padding;
        for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
            width = std::max(width, metrics.horizontalAdvance(m_tree->topLevelItem(row)->text(column)) + padding);
        }
        const int minimum = column == NameColumn ? character * 16 : character * 8;
        const int maximum = column == NameColumn ? character * 48 : character * 30;
        m_tree->setColumnWidth(column, std::clamp(width, minimum, maximum));
    }
}

void ChannelsPanel::setWriteAllowed(bool allowed, const QString& reason)
{
    m_writeAllowed = allowed;
    m_deniedReason = reason;
    updateButtons();
}

void ChannelsPanel::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    if (busy || !message.isEmpty()) {
        m_status->setText(message);
    }
    updateButtons();
}

void ChannelsPanel::setStatusText(const QString& text)
{
    m_status->setText(text);
}

QList<qint64> ChannelsPanel::selectedChannelIds() const
{
    // In the table's order, so a multi-channel deploy runs top to bottom (the test widget first).
    QList<qint64> ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->isSelected()) {
            ids << item->data(TypeColumn, kChannelIdRole).toLongLong();
        }
    }
    return ids;
}

void ChannelsPanel::selectChannel(qint64 channelId)
{
    m_tree->clearSelection();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(TypeColumn, kChannelIdRole).toLongLong() == channelId) {
            item->setSelected(true);
            m_tree->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        }
    }
}

void ChannelsPanel::updateButtons()
{
    const bool ready = m_bound && !m_busy;
    const bool canWrite = ready && m_writeAllowed;
    m_refreshButton->setEnabled(ready);
    m_newButton->setEnabled(canWrite);
    m_deployButton->setEnabled(canWrite && !selectedChannelIds().isEmpty());
    m_deployAllButton->setEnabled(canWrite && !m_channels.isEmpty());
    m_newButton->setVisible(m_bound);
    m_deployButton->setVisible(m_bound);
    m_deployAllButton->setVisible(m_bound);
    m_refreshButton->setVisible(m_bound);

    const bool denied = m_bound && !m_writeAllowed;
    m_newButton->setToolTip(denied ? m_deniedReason : tr("Add a channel to the platform project."));
    m_deployButton->setToolTip(denied ? m_deniedReason
                                      : tr("Deploy the selected channels: they start reading the project's "
                                           "current variables."));
    m_deployAllButton->setToolTip(denied ? m_deniedReason : tr("Deploy every channel, the test widget first."));
    m_refreshButton->setToolTip(tr("Read the channels and their pending variables from the platform again."));
}
