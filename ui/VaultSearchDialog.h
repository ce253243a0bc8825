#pragma once

#include "models/VaultSearch.h"

#include <QDialog>
#include <QList>

class ProjectStore;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

// Edit → Search all projects: finds a text in the names of every project's secrets and variables and
// in variables' values (never in secret values), as typed. Each result names the project, the kind
// and the item; Enter or a double-click on it shows that item (its project, tab and row) and closes
// the dialog.
class VaultSearchDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        ProjectColumn,
        KindColumn,
        NameColumn,
        MatchColumn,
        ColumnCount,
    };

    explicit VaultSearchDialog(const ProjectStore* store, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTableWidget* results() const { return m_results; }
    QList<SearchHit> hits() const { return m_hits; }
    // Runs the search for the current text now rather than after the typing pause.
    void searchNow();

Q_SIGNALS:
    void hitActivated(const SearchHit& hit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHits();
    void activateRow(int row);

    const ProjectStore* m_store;
    QLineEdit* m_search;
    QTableWidget* m_results;
    QLabel* m_status;
    QTimer* m_typingPause;
    QList<SearchHit> m_hits;
};
