#pragma once

#include "models/Ids.h"

#include <QWidget>

class ClipboardGuard;
class ProjectStore;
class QLabel;
class QTabWidget;
class SecretsTab;
class VariablesTab;

// The "Secrets and variables" page of one project: a Secrets tab and an Environment variables tab,
// as on the bot platform, under a heading that names the project.
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
    // Ctrl+F: the filter of the visible tab.
    void focusFilter();
    void addItemInCurrentTab();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateTabTitles();
    void loadVariables();

    ProjectStore* m_store;
    QLabel* m_heading;
    QLabel* m_hint;
    QTabWidget* m_tabs;
    SecretsTab* m_secrets;
    VariablesTab* m_variables;
    ProjectId m_project = 0;
    int m_secretCount = 0;
    int m_variableCount = 0;
    QString m_projectName;
    bool m_variablesLoaded = false;
};
