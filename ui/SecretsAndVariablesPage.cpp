#include "ui/SecretsAndVariablesPage.h"

#include "models/ProjectStore.h"
#include "ui/ItemTableView.h"
#include "ui/SecretsTab.h"
#include "ui/VariablesTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

SecretsAndVariablesPage::SecretsAndVariablesPage(ProjectStore* store, ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_secrets(new SecretsTab(store, this))
    , m_variables(new VariablesTab(store, clipboard, this))
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

    m_tabs->setObjectName(QStringLiteral("secretsAndVariablesTabs"));
    m_tabs->setAccessibleName(tr("Secrets and variables"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_secrets, tr("Secrets"));
    m_tabs->addTab(m_variables, tr("Environment variables"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

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
    setProject(0, QString());
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
}

void SecretsAndVariablesPage::loadVariables()
{
    if (!m_variablesLoaded) {
        m_variablesLoaded = true;
        m_variables->setProject(m_project, m_projectName);
    }
}

void SecretsAndVariablesPage::focusFilter()
{
    if (m_tabs->currentWidget() == m_secrets) {
        m_secrets->view()->focusFilter();
    } else {
        m_variables->view()->focusFilter();
    }
}

void SecretsAndVariablesPage::addItemInCurrentTab()
{
    if (m_tabs->currentWidget() == m_secrets) {
        m_secrets->addSecret();
    } else {
        loadVariables();
        m_variables->addVariable();
    }
}

void SecretsAndVariablesPage::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Secrets (%L1)").arg(m_secretCount));
    m_tabs->setTabText(1, tr("Environment variables (%L1)").arg(m_variableCount));
}
