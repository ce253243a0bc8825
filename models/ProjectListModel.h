#pragma once

#include "models/Ids.h"
#include "models/Project.h"
#include "models/ProjectStore.h"
#include "models/Result.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QVariant>

// The projects of the vault for the main window's project list, sorted by name as the user's locale
// sorts, damaged projects last. It follows the store: an added, renamed or removed project becomes a
// row insert, move or removal (so the selected project stays selected), and the list is empty while
// the vault is locked.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        DamagedRole
    };

    explicit ProjectListModel(ProjectStore* store, QObject* parent = nullptr);
    ~ProjectListModel() override;

    // The project of a row; a default Project (id 0) for a row out of range.
    Project projectAt(int row) const;
    // The row of a project, or -1.
    int rowOfId(ProjectId id) const;
    // Reads the projects again (done by itself on the store's signals).
    void reload();
    // The error of the last read that failed; a successful read clears it.
    Error lastError() const;
    bool hasError() const;

    // QFont lives in Qt GUI, which models/ does not link: the view hands over the font for damaged
    // rows (an italic QFont with nothing else set) and FontRole returns it for them.
    void setDamagedRowFont(const QVariant& font);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    // Reading the projects failed after a store signal; the list is empty.
    void loadFailed(const QString& message);

private:
    // A valid index of this model in range; views also ask about the root, which is no error.
    bool isValidIndex(const QModelIndex& index) const;
    void clear();
    void update(QList<Project> projects);
    void sortProjects(QList<Project>& projects) const;
    void onLockedChanged(bool locked);

    QPointer<ProjectStore> m_store;
    QList<Project> m_projects;
    Error m_lastError;
    bool m_hasError = false;
    QVariant m_damagedRowFont;
};
