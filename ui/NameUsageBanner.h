#pragma once

#include "models/ExpectedNames.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;
class QToolButton;

// The strip above the Secrets and Environment variables tabs that compares what the bot's code
// expects (its chatbot.yaml and src/ scripts, plus the secret names an imported archive declared)
// with what the project defines. Each missing name is a link that opens the Add secret or Add
// variable dialog with the name filled in; names the code does not read are marked in the tables
// instead (see SecretsAndVariablesPage). The page hides the banner when there is nothing to compare.
// It collapses to a one-line summary, so that the tables below keep their room.
class NameUsageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NameUsageBanner(QWidget* parent = nullptr);

    // Shows the comparison. `folderBound`: the project has a source folder (else only names an
    // import declared are known, and there is nothing to rescan).
    void setUsage(const NameUsage& usage, const ExpectedNames& expected, bool folderBound);
    // The scan failed: says so and offers Rescan.
    void setScanError(const QString& message);

    NameUsage usage() const { return m_usage; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* rescanButton() const { return m_rescan; }
    QToolButton* collapseButton() const { return m_toggle; }

    // Collapsed, the message is one line: how many names are missing or unused.
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }

    // The link targets the message uses, so a test can follow them as a click would.
    static QString secretLink(const QString& name);
    static QString variableLink(const QString& name);

Q_SIGNALS:
    void addSecretRequested(const QString& name);
    void addVariableRequested(const QString& name);
    void rescanRequested();
    // The admin collapsed or expanded the banner.
    void collapsedChanged(bool collapsed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void openLink(const QString& link);
    void setKind(bool attention);
    void applyTint();
    void showMessage();

    QLabel* m_icon;
    QLabel* m_message;
    QPushButton* m_rescan;
    QToolButton* m_toggle;
    NameUsage m_usage;
    QString m_fullText;
    QString m_summary;
    bool m_collapsed = false;
    bool m_attention = false;
    bool m_tinting = false;
};
