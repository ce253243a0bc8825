#pragma once

#include "sync/ChannelService.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// The Channels panel of a bound project: one row per platform channel with its type, the time of
// the deploy it runs, the last deploy's status and the variables a deploy would change for it
// (expandable into one child row per variable). A banner explains why variables need a deploy while
// secrets do not, and the order to deploy in; once read it can be folded away, leaving the room to
// the table. The panel only shows data and asks: ChannelsController talks to the platform and
// decides what a button does.
class ChannelsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        NameColumn,
        DeployedColumn,
        StatusColumn,
        PendingColumn,
        ColumnCount,
    };

    explicit ChannelsPanel(QWidget* parent = nullptr);

    // Unbound: the table gives way to a line asking to bind the project first.
    void setBound(bool bound);
    bool isBound() const { return m_bound; }
    // Replaces the rows, keeping the selection and the expanded rows by channel id.
    void setChannels(const QList<ChannelInfo>& channels);
    const QList<ChannelInfo>& channels() const { return m_channels; }
    void clear();
    // Deploying and creating channels need SYSTEM_ADMIN or DEVELOPER; `reason` says why not.
    void setWriteAllowed(bool allowed, const QString& reason);
    // An operation is under way: actions wait; `message` shows under the table.
    void setBusy(bool busy, const QString& message = QString());
    // Under the table: when the list was read, or why it could not be.
    void setStatusText(const QString& text);

    QList<qint64> selectedChannelIds() const;
    void selectChannel(qint64 channelId);

    QTreeWidget* tree() const { return m_tree; }
    QLabel* banner() const { return m_banner; }
    QToolButton* bannerToggle() const { return m_bannerToggle; }
    // Hides the banner; the toggle beside the buttons shows it again.
    void setBannerCollapsed(bool collapsed);
    bool isBannerCollapsed() const;
    QLabel* statusLabel() const { return m_status; }
    QPushButton* refreshButton() const { return m_refreshButton; }
    QPushButton* newChannelButton() const { return m_newButton; }
    QPushButton* deployButton() const { return m_deployButton; }
    QPushButton* deployAllButton() const { return m_deployAllButton; }
    QPushButton* bindButton() const { return m_bindButton; }

    // "Test widget", "Telegram", …; a type this client does not know as it is.
    static QString typeLabel(const QString& type);
    static QString statusText(const std::optional<DeployInfo>& deploy);
    // When the channel's running snapshot was deployed: a time, "never" or "earlier".
    static QString deployedText(const ChannelInfo& channel);
    static QString changeLabel(const QString& change);
    // The pending variables as lines "GREETING (changed)"; empty when none are pending.
    static QString pendingToolTip(const ChannelInfo& channel);

Q_SIGNALS:
    void refreshRequested();
    void newChannelRequested();
    void deployRequested(const QList<qint64>& channelIds);
    void deployAllRequested();
    void bindRequested();
    // The admin folded or unfolded the banner.
    void bannerCollapsedChanged(bool collapsed);

private:
    // The flow banner and the page shown while the project is unbound.
    void setUpMessages();
    void setUpTree();
    void setUpButtons();
    void layOutWidgets();
    void connectWidgets();
    void updateButtons();
    QTreeWidgetItem* createRow(const ChannelInfo& channel) const;
    // Every column but the last as wide as its texts (the name up to a limit); the last takes the rest.
    void fitColumns();

    QLabel* m_banner;
    QToolButton* m_bannerToggle;
    QStackedWidget* m_stack;
    QWidget* m_unboundPage;
    QLabel* m_unboundLabel;
    QPushButton* m_bindButton;
    QTreeWidget* m_tree;
    QLabel* m_status;
    QPushButton* m_refreshButton;
    QPushButton* m_newButton;
    QPushButton* m_deployButton;
    QPushButton* m_deployAllButton;
    QList<ChannelInfo> m_channels;
    bool m_bound = false;
    bool m_writeAllowed = true;
    QString m_deniedReason;
    bool m_busy = false;
};
