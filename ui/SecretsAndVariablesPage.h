#pragma once

#include "models/ExpectedNames.h"
#include "models/Ids.h"

#include <QStringList>
#include <QWidget>

class ClipboardGuard;
class CredentialFindingsBanner;
class ElidedLabel;
class NameUsageBanner;
class ProjectStore;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class SecretsTab;
class VariablesTab;

// The "Secrets and variables" page of one project: a Secrets tab and an Environment variables tab,
// as on the bot platform, under a heading that names the project. When the project is bound to the
// folder with its bot's code (or an imported archive declared secret names), a banner lists the
// names the bot expects that the project lacks, and the tables mark the names the code never reads.
class SecretsAndVariablesPage : public QWidget
{
    Q_OBJECT

public:
    SecretsAndVariablesPage(ProjectStore* store, ClipboardGuard* clipboard, QWidget* parent = nullptr);

    void setProject(ProjectId project, const QString& projectName);
    ProjectId project() const { return m_project; }
    SecretsTab* secretsTab() const { return m_secrets; }
    // Loaded when its tab is first shown.
    VariablesTab* variablesTab() const { return m_variables; }
    QTabWidget* tabs() const { return m_tabs; }
    NameUsageBanner* nameUsageBanner() const { return m_banner; }
    CredentialFindingsBanner* credentialFindingsBanner() const { return m_credentialBanner; }
    ElidedLabel* sourceFolderLabel() const { return m_sourceFolderLabel; }
    // The project's bound source folder, or empty.
    QString sourceFolder() const { return m_sourceFolder; }
    // Ctrl+F: the filter of the visible tab.
    void focusFilter();
    void addItemInCurrentTab();
    // Opens the Add secret / Add variable dialog with `name` filled in, on its tab.
    void addSecretNamed(const QString& name);
    void addVariableNamed(const QString& name);
    // Reads the bound source folder again (its code may have changed on disk).
    void rescanSourceFolder();

Q_SIGNALS:
    void statusMessage(const QString& message);
    // The page's "Bind source folder…" button; the project list owns binding.
    void bindSourceFolderRequested();

private:
    void setUpWidgets();
    void layOutWidgets();
    void connectWidgets();
    void connectStore();
    void updateTabTitles();
    void loadVariables();
    // Re-reads the project's source folder and declared secrets; scans the folder again when
    // either changed or `rescan` is set, then compares.
    void reloadProjectDetails(bool rescan);
    void showSourceFolder();
    // Looks for hard-coded keys in the bound folder and shows what it found in m_credentialBanner.
    void scanForCredentials();
    // Compares the cached scan with the names the project defines now (no file is read).
    void updateNameUsage();
    void scheduleNameUsageUpdate();
    QStringList definedVariableNames() const;

    ProjectStore* m_store;
    QLabel* m_heading;
    QLabel* m_hint;
    QLabel* m_sourceFolderTitle;
    ElidedLabel* m_sourceFolderLabel;
    QPushButton* m_bindButton;
    NameUsageBanner* m_banner;
    CredentialFindingsBanner* m_credentialBanner;
    QTabWidget* m_tabs;
    SecretsTab* m_secrets;
    VariablesTab* m_variables;
    QTimer* m_usageTimer;
    ProjectId m_project = 0;
    int m_secretCount = 0;
    int m_variableCount = 0;
    QString m_projectName;
    bool m_variablesLoaded = false;

    // The project's binding and what its code expects, as last read and scanned.
    QString m_sourceFolder;
    QStringList m_declaredSecrets;
    ExpectedNames m_expected;
    QString m_scanError;
};
