#include "ui/VariablesTab.h"

#include "models/ProjectStore.h"
#include "models/VariablesTableModel.h"
#include "ui/ClipboardGuard.h"
#include "ui/Icons.h"
#include "ui/ItemTableView.h"
#include "ui/MessageBox.h"
#include "ui/VariableDialog.h"

#include <QMenu>
#include <QTableView>

VariablesTab::VariablesTab(ProjectStore* store, ClipboardGuard* clipboard, QWidget* parent)
    : ItemTab(store, parent), m_clipboard(clipboard), m_model(new VariablesTableModel(store, this))
{
    setUpView(m_model, QStringLiteral("variables"),
        tr("No environment variables yet.\n\nClick “Add variable” for configuration that "
           "changes often. Bot scripts read it with $env.get(\"NAME\", defaultValue); a changed value "
           "reaches a channel when that channel is deployed again."),
        [](const QString& filter) { return tr("No variable name or value contains “%1”.").arg(filter); });
    m_view->setAddText(tr("&Add variable"), tr("Add variable"));
    m_view->table()->setAccessibleName(tr("Environment variables"));
    m_view->setColumnLayout({28, 40, 10, 20}, VariablesTableModel::ValueColumn);
    // Names and their "pending"/"unused" tags are read first; the value takes what is left.
    m_view->fitColumnToContents(VariablesTableModel::NameColumn, 56);

    connect(m_view, &ItemTableView::addRequested, this, &VariablesTab::addVariable);
    connect(m_view, &ItemTableView::editRequested, this, &VariablesTab::editVariable);
    connect(m_view, &ItemTableView::deleteRequested, this, &VariablesTab::deleteVariable);
    connect(m_view, &ItemTableView::copyRequested, this, &VariablesTab::copyValue);
    connect(m_view, &ItemTableView::contextMenuAboutToShow, this, [this](QMenu* menu, int row) {
        const Variable variable = m_model->variableAt(row);
        QAction* copy = menu->addAction(
            Icons::icon(QStringLiteral("copy")), tr("&Copy value"), this, [this, row] { copyValue(row); });
        copy->setShortcut(QKeySequence::Copy);
        copy->setEnabled(!variable.damaged);
        QAction* include = menu->addAction(tr("&Include into project export ZIP file"));
        include->setCheckable(true);
        include->setChecked(variable.includeInExport);
        include->setEnabled(!variable.damaged && m_view->editingAllowed());
        connect(include, &QAction::toggled, this, [this, row](bool checked) {
            m_model->setData(m_model->index(row, VariablesTableModel::InExportColumn),
                checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        });
    });
    connect(m_model, &VariablesTableModel::writeFailed, this, [this](const QString& message) {
        MessageBox::warning(this, tr("Environment variables"), message, QMessageBox::Ok, QMessageBox::Ok);
    });
    connect(store, &ProjectStore::variableSaved, this, &VariablesTab::emitCount);
    connect(store, &ProjectStore::variableRemoved, this, &VariablesTab::emitCount);
}

void VariablesTab::setRemoteRestriction(bool allowed, const QString& reason)
{
    m_deniedReason = allowed ? QString() : reason;
    m_view->setEditingAllowed(allowed, m_deniedReason);
}

bool VariablesTab::isBound() const
{
    const auto projects = m_store->projects();
    if (!projects) {
        return false;
    }
    for (const Project& project : projects.value()) {
        if (project.id == m_project) {
            return !project.remoteUrl.isEmpty();
        }
    }
    return false;
}

void VariablesTab::addVariable()
{
    addVariableNamed(QString());
}

void VariablesTab::addVariableNamed(const QString& name)
{
    if (m_project == 0) {
        return;
    }
    if (!m_view->editingAllowed()) {
        Q_EMIT statusMessage(m_deniedReason);
        return;
    }
    auto* dialog = new VariableDialog(m_store, m_project, m_model->allNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!name.isEmpty()) {
        dialog->setNewName(name);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT statusMessage(isBound()
                ? tr("Added variable %1. Publish it, then deploy a channel to apply it there.").arg(dialog->name())
                : tr("Added variable %1. Deploy a channel to apply it there.").arg(dialog->name()));
    });
    dialog->open();
    if (!name.isEmpty()) {
        dialog->focusValue();
    }
}

void VariablesTab::editVariable(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_view->editingAllowed()) {
        return;
    }
    const Variable variable = m_model->variableAt(row);
    if (variable.damaged) {
        Q_EMIT statusMessage(
            tr("Record #%1 is damaged and cannot be edited; delete it and add the variable again.").arg(variable.id));
        return;
    }
    auto* dialog = new VariableDialog(m_store, m_project, m_model->allNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditing(variable);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT statusMessage(isBound()
                ? tr("Saved variable %1. Publish it, then deploy a channel to apply it there.").arg(dialog->name())
                : tr("Saved variable %1. Deploy a channel to apply it there.").arg(dialog->name()));
    });
    dialog->open();
}

void VariablesTab::deleteVariable(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_view->editingAllowed()) {
        return;
    }
    const Variable variable = m_model->variableAt(row);
    if (variable.damaged) {
        Q_EMIT statusMessage(tr("Record #%1 is damaged and cannot be deleted from here.").arg(variable.id));
        return;
    }
    const auto answer = MessageBox::confirmDelete(this, tr("Delete variable"),
        tr("Delete the environment variable “%1” from project “%2”?\n\nChannels keep the value "
           "they were deployed with until they are deployed again. Until it is purged, Edit → Recently "
           "deleted… brings it back.")
            .arg(variable.name, m_projectName));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto result = m_store->removeVariable(m_project, variable.name); !result) {
        MessageBox::warning(this, tr("Delete variable"), result.message(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted variable %1.").arg(variable.name));
}

void VariablesTab::copyValue(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_clipboard) {
        return;
    }
    const Variable variable = m_model->variableAt(row);
    if (variable.damaged) {
        return;
    }
    m_clipboard->copy(variable.value, m_clipboardClearSeconds * 1000);
    Q_EMIT statusMessage(
        tr("Copied the value of %1; the clipboard is cleared in %n second(s).", nullptr, m_clipboardClearSeconds)
            .arg(variable.name));
}

QString VariablesTab::nameAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount()) {
        return {};
    }
    const auto item = m_model->variableAt(row);
    return item.damaged ? QString() : item.name;
}
