#pragma once

#include "models/Ids.h"
#include "sync/SyncEngine.h"
#include "ui/ItemTableView.h"
#include "ui/UnusedNameDelegate.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QHash>
#include <QLabel>
#include <QString>
#include <QTableView>
#include <QVBoxLayout>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <utility>

class ProjectStore;
class QAction;

// What the Secrets and Environment variables tabs share: the item table with its name column's
// delegate, the project shown, the count and status signals to the page. Each tab keeps its model,
// its dialogs, its permissions and its texts.
class ItemTab : public QWidget
{
    Q_OBJECT

public:
    void setProject(ProjectId project, const QString& projectName);
    ProjectId project() const { return m_project; }
    ItemTableView* view() const { return m_view; }
    UnusedNameDelegate* nameDelegate() const { return m_nameDelegate; }
    // Reads the project's items again (another program changed the vault, or View → Reload), keeping
    // the current row, the sort, the filter and the scroll position.
    void reloadKeepingView();
    // The "pending" / "conflict" tags after the names; empty for an unbound project.
    void setSyncStates(const QHash<QString, ItemSyncState>& states);
    // Copies the row's name (never a value) to the clipboard: Ctrl+Shift+C or the context menu.
    void copyName(int row);
    QAction* copyNameAction() const { return m_copyNameAction; }
    // The name of the source row, empty for a damaged record or no row.
    QString itemName(int row) const { return row >= 0 ? nameAt(row) : QString(); }

Q_SIGNALS:
    void statusMessage(const QString& message);
    void countChanged(int count);

protected:
    ItemTab(ProjectStore* store, QWidget* parent);

    // Builds the table over `model` (a FoldedRowTableModel) with its texts; `prefix` names the
    // children for tests and accessibility ("secrets" -> secretsTable, ...).
    template<typename Model>
    void setUpView(Model* model, const QString& prefix, const QString& emptyText,
        std::function<QString(const QString& filter)> noMatchText)
    {
        ItemTableView::Hooks hooks;
        hooks.setFilterText = [model](const QString& text) { model->setFilterText(text); };
        hooks.totalCount = [model] { return model->totalCount(); };
        hooks.emptyText = emptyText;
        hooks.noMatchText = std::move(noMatchText);
        m_showProject = [model](ProjectId project) { model->setProject(project); };
        m_idAtRow = [model](int row) {
            return model->data(model->index(row, Model::NameColumn), Model::IdRole).toLongLong();
        };
        m_rowOfId = [model](RecordId id) { return model->rowOfId(id); };
        // While a large project loads, the count is the project's, not the rows opened so far.
        m_totalCount = [model] { return model->expectedCount(); };
        m_view = new ItemTableView(model, hooks, prefix, this);
        m_nameDelegate = new UnusedNameDelegate(Model::UnusedRole, m_view->table());
        m_view->table()->setItemDelegateForColumn(Model::NameColumn, m_nameDelegate);

        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->addWidget(m_view);
        m_loadingLabel = new QLabel(this);
        m_loadingLabel->setObjectName(prefix + QStringLiteral("LoadingLabel"));
        m_loadingLabel->setAccessibleName(m_loadingLabel->objectName());
        m_loadingLabel->hide();
        layout->addWidget(m_loadingLabel);
        connect(model, &Model::loadingProgress, this, &ItemTab::showLoadingProgress);

        QFont damagedFont;
        damagedFont.setItalic(true);
        model->setDamagedRowFont(QVariant::fromValue(damagedFont));
        connect(model, &QAbstractItemModel::modelReset, this, &ItemTab::emitCount);
        // After the model, which must have reloaded when the count is read.
        connectStoreReset();
        setUpNameCopy();
    }

    // The name of the source row, empty for a damaged record.
    virtual QString nameAt(int row) const = 0;

    // Connected to the store's signals for one item rather than to the model's rows: the model
    // removes a row before it drops the item (the total count is still the old one then), and an
    // item the filter hides moves no row at all. The model connected to the store first, so it has
    // applied the change when this runs.
    void emitCount();
    // "Loading 40,000 of 100,000…" under the table while a large project loads.
    void showLoadingProgress(int loaded, int total);

    ProjectStore* m_store;
    ItemTableView* m_view = nullptr;
    UnusedNameDelegate* m_nameDelegate = nullptr;
    QLabel* m_loadingLabel = nullptr;
    ProjectId m_project = 0;
    QString m_projectName;
    // Why adding, editing and deleting are disabled; empty when they are allowed.
    QString m_deniedReason;

private:
    void connectStoreReset();
    void setUpNameCopy();

    std::function<void(ProjectId)> m_showProject;
    std::function<RecordId(int row)> m_idAtRow;
    std::function<int(RecordId)> m_rowOfId;
    std::function<int()> m_totalCount;
    QAction* m_copyNameAction = nullptr;
};
