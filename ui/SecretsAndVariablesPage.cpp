#include "ui/SecretsAndVariablesPage.h"

#include "models/ProjectStore.h"
#include "models/SecretsTableModel.h"
#include "models/VariablesTableModel.h"
#include "models/VaultSession.h"
#include "storage/CredentialScan.h"
#include "storage/ProjectTransfer.h"
#include "ui/CredentialFindingsBanner.h"
#include "ui/ElidedLabel.h"
#include "ui/ItemTableView.h"
#include "ui/NameUsageBanner.h"
#include "ui/SecretsTab.h"
#include "ui/VariablesTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QSet<QString> toSet(const QStringList& names)
{
    return QSet<QString>(names.cbegin(), names.cend());
}

} // namespace

SecretsAndVariablesPage::SecretsAndVariablesPage(ProjectStore* store, ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_sourceFolderTitle(new QLabel(this))
    , m_sourceFolderLabel(new ElidedLabel(this))
    , m_bindButton(new QPushButton(this))
    , m_banner(new NameUsageBanner(this))
    , m_credentialBanner(new CredentialFindingsBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_secrets(new SecretsTab(store, this))
    , m_variables(new VariablesTab(store, clipboard, this))
    , m_usageTimer(new QTimer(this))
{
    setUpWidgets();
    layOutWidgets();
    connectWidgets();
    connectStore();
    setProject(0, QString());
}

void SecretsAndVariablesPage::setUpWidgets()
{
    m_heading->setObjectName(QStringLiteral("projectHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("pageHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Secrets reach every channel at once when published. Variables reach a channel when it is "
                       "deployed again, so check them in the test widget first."));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_sourceFolderTitle->setObjectName(QStringLiteral("sourceFolderTitle"));
    m_sourceFolderTitle->setText(tr("Source folder:"));
    m_sourceFolderLabel->setObjectName(QStringLiteral("sourceFolderLabel"));
    m_bindButton->setObjectName(QStringLiteral("bindSourceFolderButton"));
    m_bindButton->setAutoDefault(false);
    m_bindButton->setFlat(true);

    m_tabs->setObjectName(QStringLiteral("secretsAndVariablesTabs"));
    m_tabs->setAccessibleName(tr("Secrets and variables"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_secrets, tr("Secrets"));
    m_tabs->addTab(m_variables, tr("Environment variables"));
}

void SecretsAndVariablesPage::layOutWidgets()
{
    auto* folderRow = new QHBoxLayout;
    folderRow->setSpacing(6);
    folderRow->addWidget(m_sourceFolderTitle);
    folderRow->addWidget(m_sourceFolderLabel, 1);
    folderRow->addWidget(m_bindButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(folderRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_credentialBanner);
    connect(m_credentialBanner, &CredentialFindingsBanner::findingsChanged, this,
        &SecretsAndVariablesPage::scanForCredentials);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
}

void SecretsAndVariablesPage::connectWidgets()
{
    connect(m_secrets, &SecretsTab::statusMessage, this, &SecretsAndVariablesPage::statusMessage);
    connect(m_variables, &VariablesTab::statusMessage, this, &SecretsAndVariablesPage::statusMessage);
    connect(m_secrets, &SecretsTab::countChanged, this, [this](int count) {
        m_secretCount = count;
        updateTabTitles();
    });
    connect(m_variables, &VariablesTab::countChanged, this, [this](int count) {
        m_variableCount = count;
        updateTabTitles();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_variables) {
            loadVariables();
        }
    });
    connect(m_bindButton, &QPushButton::clicked, this, &SecretsAndVariablesPage::bindSourceFolderRequested);
    connect(m_banner, &NameUsageBanner::addSecretRequested, this, &SecretsAndVariablesPage::addSecretNamed);
    connect(m_banner, &NameUsageBanner::addVariableRequested, this, &SecretsAndVariablesPage::addVariableNamed);
    connect(m_banner, &NameUsageBanner::rescanRequested, this, &SecretsAndVariablesPage::rescanSourceFolder);
}

void SecretsAndVariablesPage::connectStore()
{
    // Saves and removals only change what the project defines: the cached scan is compared again,
    // once for a burst of changes. A bulk import may also have bound a folder or declared names.
    m_usageTimer->setSingleShot(true);
    m_usageTimer->setInterval(0);
    connect(m_usageTimer, &QTimer::timeout, this, &SecretsAndVariablesPage::updateNameUsage);
    connect(m_store, &ProjectStore::secretSaved, this, &SecretsAndVariablesPage::scheduleNameUsageUpdate);
    connect(m_store, &ProjectStore::secretRemoved, this, &SecretsAndVariablesPage::scheduleNameUsageUpdate);
    connect(m_store, &ProjectStore::variableSaved, this, &SecretsAndVariablesPage::scheduleNameUsageUpdate);
    connect(m_store, &ProjectStore::variableRemoved, this, &SecretsAndVariablesPage::scheduleNameUsageUpdate);
    connect(m_store, &ProjectStore::reloadRequested, this, &SecretsAndVariablesPage::scheduleNameUsageUpdate);
    connect(m_store, &ProjectStore::itemsReset, this, [this](ProjectId project) {
        if (project == m_project) {
            reloadProjectDetails(false);
        }
    });
    // Binding, unbinding and imports change the project record.
    connect(m_store, &ProjectStore::projectsChanged, this, [this] {
        if (m_project != 0 && m_store->isUnlocked()) {
            reloadProjectDetails(false);
        }
    });
}

void SecretsAndVariablesPage::setProject(ProjectId project, const QString& projectName)
{
    m_project = project;
    m_heading->setText(project == 0 ? tr("No project selected") : tr("%1: secrets and variables").arg(projectName));
    m_secrets->setProject(project, projectName);
    // The hidden tab loads when it is first shown, so a large project paints its first tab sooner.
    m_projectName = projectName;
    m_variablesLoaded = false;
    if (m_tabs->currentWidget() == m_variables || project == 0) {
        loadVariables();
    } else {
        m_variables->setProject(0, QString());
        auto counts = m_store->projectCounts(project);
        m_variableCount = counts ? counts->variables : 0;
        updateTabTitles();
    }
    m_tabs->setEnabled(project != 0);
    m_sourceFolder.clear();
    m_declaredSecrets.clear();
    m_expected = ExpectedNames {};
    m_scanError.clear();
    reloadProjectDetails(true);
}

void SecretsAndVariablesPage::loadVariables()
{
    if (!m_variablesLoaded) {
        m_variablesLoaded = true;
        m_variables->setProject(m_project, m_projectName);
        scheduleNameUsageUpdate();
    }
}

void SecretsAndVariablesPage::focusFilter()
{
    // Other tabs (Channels) have no filter of their own.
    if (m_tabs->currentWidget() == m_secrets) {
        m_secrets->view()->focusFilter();
    } else if (m_tabs->currentWidget() == m_variables) {
        m_variables->view()->focusFilter();
    }
}

void SecretsAndVariablesPage::addItemInCurrentTab()
{
    if (m_tabs->currentWidget() == m_secrets) {
        m_secrets->addSecret();
    } else if (m_tabs->currentWidget() == m_variables) {
        loadVariables();
        m_variables->addVariable();
    }
}

void SecretsAndVariablesPage::addSecretNamed(const QString& name)
{
    m_tabs->setCurrentWidget(m_secrets);
    m_secrets->addSecretNamed(name);
}

void SecretsAndVariablesPage::addVariableNamed(const QString& name)
{
    m_tabs->setCurrentWidget(m_variables);
    loadVariables();
    m_variables->addVariableNamed(name);
}

void SecretsAndVariablesPage::rescanSourceFolder()
{
    reloadProjectDetails(true);
    if (!m_sourceFolder.isEmpty() && m_scanError.isEmpty()) {
        Q_EMIT statusMessage(tr("Checked the bot's code in %1 again.").arg(m_sourceFolder));
    }
}

void SecretsAndVariablesPage::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Secrets (%L1)").arg(m_secretCount));
    m_tabs->setTabText(1, tr("Environment variables (%L1)").arg(m_variableCount));
}

void SecretsAndVariablesPage::reloadProjectDetails(bool rescan)
{
    QString folder;
    QStringList declared;
    if (m_project != 0 && m_store->isUnlocked()) {
        auto projects = m_store->projects();
        if (projects) {
            for (const Project& project : projects.value()) {
                if (project.id == m_project && !project.damaged) {
                    folder = project.sourceFolder;
                    declared = project.declaredSecrets;
                    break;
                }
            }
        }
    }
    const bool folderChanged = folder != m_sourceFolder;
    m_sourceFolder = folder;
    m_declaredSecrets = declared;
    if (folderChanged || rescan) {
        m_expected = ExpectedNames {};
        m_scanError.clear();
        if (!m_sourceFolder.isEmpty()) {
            auto expected = ProjectTransfer::expectedNames(*m_store, m_project);
            if (expected) {
                m_expected = std::move(expected.value());
            } else {
                m_scanError = expected.message();
            }
        }
        scanForCredentials();
    }
    showSourceFolder();
    m_usageTimer->stop();
    updateNameUsage();
}

void SecretsAndVariablesPage::scanForCredentials()
{
    // A folder that cannot be read is reported by the names banner already.
    auto* session = qobject_cast<VaultSession*>(m_store);
    auto report = m_sourceFolder.isEmpty() ? Result<CredentialScan::Report>(CredentialScan::Report {})
        : session                          ? CredentialScan::scanProject(*session, m_project, m_sourceFolder)
                                           : CredentialScan::scanFolder(m_sourceFolder);
    m_credentialBanner->setProject(session, m_project, m_sourceFolder);
    m_credentialBanner->setReport(report ? report.value() : CredentialScan::Report {});
}

void SecretsAndVariablesPage::showSourceFolder()
{
    const bool bound = !m_sourceFolder.isEmpty();
    m_sourceFolderTitle->setVisible(bound);
    m_sourceFolderLabel->setForegroundRole(bound ? QPalette::WindowText : QPalette::PlaceholderText);
    m_sourceFolderLabel->setFullText(bound ? m_sourceFolder
                                           : tr("No source folder bound — bind one to check the names your bot "
                                                "expects."));
    m_sourceFolderLabel->setToolTip(bound ? tr("The bot's code: %1").arg(m_sourceFolder) : QString());
    m_bindButton->setText(bound ? tr("C&hange…") : tr("&Bind source folder…"));
    m_bindButton->setAccessibleName(bound ? tr("Change the source folder") : tr("Bind source folder"));
    m_bindButton->setToolTip(tr("Choose the folder with the bot's code (chatbot.yaml, src/)."));
    const bool hasProject = m_project != 0;
    m_sourceFolderLabel->setVisible(hasProject);
    m_bindButton->setVisible(hasProject);
    m_sourceFolderTitle->setVisible(hasProject && bound);
}

void SecretsAndVariablesPage::scheduleNameUsageUpdate()
{
    if (m_project != 0) {
        m_usageTimer->start();
    }
}

QStringList SecretsAndVariablesPage::definedVariableNames() const
{
    if (m_variablesLoaded) {
        return m_variables->model()->allNames();
    }
    // The tab has not loaded yet: read the names rather than make it load.
    QStringList names;
    auto variables = m_store->variables(m_project);
    if (variables) {
        for (const Variable& variable : variables.value()) {
            if (!variable.damaged) {
                names.append(variable.name);
            }
        }
    }
    return names;
}

void SecretsAndVariablesPage::updateNameUsage()
{
    const bool bound = !m_sourceFolder.isEmpty();
    if (m_project == 0 || (!bound && m_declaredSecrets.isEmpty())) {
        m_banner->hide();
        m_secrets->model()->setUnusedNames({}, QString());
        m_variables->model()->setUnusedNames({}, QString());
        return;
    }
    if (!m_scanError.isEmpty()) {
        m_banner->setScanError(m_scanError);
        m_banner->show();
        m_secrets->model()->setUnusedNames({}, QString());
        m_variables->model()->setUnusedNames({}, QString());
        return;
    }
    const ExpectedNames expected = withDeclaredSecrets(m_expected, m_declaredSecrets);
    const NameUsage usage = compareNames(expected, m_secrets->model()->allNames(), definedVariableNames());
    m_banner->setUsage(usage, m_expected, bound);
    m_banner->setVisible(bound || usage.anyMissing());

    // Without a folder nothing is known about what the code reads, so nothing is called unused.
    const QString unusedNote = tr("Not found in the bot's code (chatbot.yaml, src/).");
    const QString incomplete = tr("The code also reads names computed at run time, so this check may be incomplete.");
    m_secrets->model()->setUnusedNames(bound ? toSet(usage.unusedSecrets) : QSet<QString>(),
        m_expected.computedSecretReads > 0 ? unusedNote + u' ' + incomplete : unusedNote);
    m_variables->model()->setUnusedNames(bound ? toSet(usage.unusedVariables) : QSet<QString>(),
        m_expected.computedVariableReads > 0 ? unusedNote + u' ' + incomplete : unusedNote);
}
