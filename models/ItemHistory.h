#pragma once

#include "models/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The history of a vault's items as the CLI and the desktop show it: the versions of a secret or a
// variable, the recently deleted items and projects, and a project as it was at a given moment. The
// vault keeps all of it sealed like every other record (storage/vault/ItemHistory, Trash); these are
// the opened values. A secret's value never appears in any of them.

// Where the change that made a version came from.
enum class HistoryOrigin
{
    Local, // an edit in this vault (desktop or CLI)
    Import, // a project archive or .env import
    Pull, // a change pulled from the platform
    Restore, // a restore of a version, a trash entry or a point in time
    BeforeHistory, // the state the item had when history started (a vault upgraded from schema 4)
};

// What the change that made a version did.
enum class VersionChange
{
    Added,
    Replaced, // the value changed
    Renamed,
    ExportFlagChanged,
    Edited, // more than one of the above at once
    Removed, // the item went to the recently deleted list; the version holds its last state
    Restored,
    Existing, // the state the item had when history started
};

// One state of an item: version `number` is the item as the change `change` left it.
struct ItemVersion
{
    qint64 number = 0;
    QDateTime time;
    QString actor;
    HistoryOrigin origin = HistoryOrigin::Local;
    VersionChange change = VersionChange::Added;
    ItemKind kind = ItemKind::Variable;
    QString name;
    // Variables only: a secret's version never carries its value out of the vault.
    QString value;
    bool includeInExport = false;
    // "Forget old values" destroyed this version's value: it can be listed but not restored.
    bool valueForgotten = false;
    // The version did not open: only its number is known.
    bool damaged = false;
};

// How long the vault keeps what it keeps. A version is kept while it is one of the item's last
// `keepVersions` or younger than `keepDays` (whichever keeps more), and so is the last version
// older than `keepDays`, so that any moment of the last `keepDays` can still be shown.
struct HistoryRetention
{
    static constexpr int kDefaultKeepVersions = 20;
    static constexpr int kDefaultKeepDays = 90;
    static constexpr int kDefaultTrashDays = 30;
    static constexpr int kMaxKeepVersions = 10000;
    static constexpr int kMaxDays = 3650;

    int keepVersions = kDefaultKeepVersions;
    int keepDays = kDefaultKeepDays;
    int trashDays = kDefaultTrashDays;
};

// One entry of the recently deleted list: a whole project or one item.
struct TrashEntry
{
    qint64 id = 0;
    bool isProject = false;
    // The item's kind; unused for a project.
    ItemKind kind = ItemKind::Variable;
    // The project the item belonged to (or the project itself); it may be in the trash too.
    ProjectId project = 0;
    QString projectName;
    // The item's name, or the project's.
    QString name;
    QDateTime deleted;
    QString deletedBy;
    // When it is purged on its own.
    QDateTime expires;
    // A project: how many secrets and variables went with it.
    int secrets = 0;
    int variables = 0;
    bool damaged = false;
};

// What a restore from the trash brought back.
struct TrashRestored
{
    ProjectId project = 0;
    // The restored item's id; 0 for a project.
    RecordId item = 0;
    QString name;
};

// A project as it was at `at`: which items existed, their names, and the variables' values and
// export flags. Secrets are listed by name only.
struct ProjectSnapshot
{
    struct Item
    {
        RecordId id = 0;
        ItemKind kind = ItemKind::Variable;
        QString name;
        QString value; // variables only
        bool includeInExport = false;
        QDateTime updated;
        QString updatedBy;
    };

    ProjectId project = 0;
    QString projectName;
    QDateTime at;
    // Secrets first, then variables, each in name order.
    QList<Item> items;
};

// What restoring a project to a moment would change, by item: `added` and `changed` in the state
// they would get, `removed` as they are now. A secret's value is in none of them.
struct PointInTimePlan
{
    QList<ProjectSnapshot::Item> added;
    QList<ProjectSnapshot::Item> changed;
    QList<ProjectSnapshot::Item> removed;
};

// What restoring a project to a moment changed, each an ordinary change of the project.
struct PointInTimeOutcome
{
    int added = 0;
    int changed = 0;
    int removed = 0;
};

namespace HistoryText {

// Stable codes for --json ("local", "pull"; "added", "removed").
QString originCode(HistoryOrigin origin);
QString changeCode(VersionChange change);
// In the user's language.
QString originName(HistoryOrigin origin);
QString changeName(VersionChange change);

} // namespace HistoryText
