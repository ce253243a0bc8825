#pragma once

#include "models/AuditEntry.h"
#include "models/ItemHistory.h"
#include "models/ProjectStore.h"
#include "models/Result.h"
#include "models/Secret.h"
#include "models/SecretValue.h"
#include "models/Variable.h"
#include "storage/RecordCodec.h"
#include "storage/vault/VaultContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

class Outbox;
class Projects;

// The secrets and variables of the projects: the items table, one sealed record per item, found by
// the blind index of its name (and by a case-folded index for the "differs only by case" warning).
// A write of a bound project's item queues its outbox entries in the same transaction.
class Items
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    using WriteOutcome = ProjectStore::WriteOutcome;
    using WriteMode = ProjectStore::WriteMode;
    using SeenItem = ProjectStore::SeenItem;

    struct Row
    {
        RecordId id = 0;
        QByteArray sealed;
    };

    struct FoundItem
    {
        RecordId id = 0;
        RecordCodec::Record record;
        bool projectBound = false;
        QString projectName;
    };

    Items(VaultContext& vault, Projects& projects, Outbox& outbox);

    static SecretSummary secretFrom(RecordId id, ProjectId project, const RecordCodec::Record& record);
    static Variable variableFrom(RecordId id, ProjectId project, const RecordCodec::Record& record);
    static Result<void> checkSecretValue(const QString& name, const SecretValue& value);
    static RotationPolicy rotationOf(const RecordCodec::Record& record);
    static void setRotation(RecordCodec::Record& record, const RotationPolicy& policy);
    // The rule a project record keeps for a declared secret (an imported archive's), if any.
    static std::optional<RotationPolicy> declaredRotation(const RecordCodec::Record& project, const QString& name);
    // Keeps `policy` for the declared secret `name` in the project record, replacing an earlier one.
    static void declareRotation(RecordCodec::Record& project, const QString& name, const RotationPolicy& policy);

    // Inside the caller's transaction.
    Result<std::optional<Row>> find(ProjectId project, quint8 kind, const QString& name);
    // A row found through a blind index must hold the name it was looked up by: otherwise its
    // index was swapped with another row's.
    Result<RecordCodec::Record> openNamed(ProjectId project, const Row& row, quint8 kind, const QString& name);
    Result<WriteOutcome> insert(ProjectId project, quint8 kind, const RecordCodec::Record& record);
    // Inserts under a known id: an item back from the trash or an earlier moment keeps its id.
    Result<WriteOutcome> insertAs(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record);
    Result<void> update(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record);
    Result<void> removeRow(RecordId id);
    // Inside the caller's transaction: keeps `after` as the item's new version (ItemHistory).
    Result<void> keepVersion(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record* before,
        const RecordCodec::Record& after, HistoryOrigin origin = HistoryOrigin::Local);
    // Inside the caller's transaction: the item leaves for the recently deleted list (Trash).
    Result<void> removeToTrash(
        ProjectId project, quint8 kind, const Row& row, const QString& name, HistoryOrigin origin);

    // The item `name` of a project, opened and checked against its name; NotFound or Damaged otherwise.
    Result<FoundItem> read(ProjectId project, quint8 kind, const QString& name);

    // One transaction each. *saved receives the record as written; the role checks are the caller's.
    Result<WriteOutcome> setSecret(
        ProjectId project, const QString& name, const SecretValue& value, WriteMode mode, RecordCodec::Record* saved);
    // `valueAction` is the audit action of a new value: item.replace, or item.rotate for a rotation.
    Result<WriteOutcome> editSecret(ProjectId project, const QString& name, const QString& newName,
        const std::optional<SecretValue>& newValue, const std::optional<SeenItem>& seen, RecordCodec::Record* saved,
        AuditAction valueAction = AuditAction::ItemReplaced);
    Result<WriteOutcome> setVariable(ProjectId project, const QString& name, const QString& value,
        std::optional<bool> includeInExport, WriteMode mode, RecordCodec::Record* saved);
    Result<WriteOutcome> editVariable(ProjectId project, const QString& name, const QString& newName,
        const std::optional<QString>& value, std::optional<bool> includeInExport, const std::optional<SeenItem>& seen,
        RecordCodec::Record* saved);
    Result<FoundItem> setIncludeInExport(ProjectId project, const QString& name, bool include);
    // Sets or clears (an empty policy) a secret's rotation rule; InvalidInput for a bad one.
    Result<FoundItem> setSecretRotation(ProjectId project, const QString& name, const RotationPolicy& policy);
    // *removed receives the removed row's id once the removal is committed.
    Result<void> remove(ProjectId project, quint8 kind, const QString& name, RecordId* removed);

    // The sealed rows of one kind in a project, in no particular order.
    Result<std::vector<Row>> rowsOf(ProjectId project, quint8 kind);
    // At most `limit` of them with ids above `after`, in id order (a keyset query on the project's index).
    static Result<std::vector<Row>> rowsAfter(
        SqliteDatabase& db, ProjectId project, quint8 kind, RecordId after, int limit);

    // Every item of one kind in a project, in name order; damaged records come last with only their id.
    template<typename Make>
    auto list(ProjectId project, quint8 kind, Make make)
        -> Result<QList<decltype(make(RecordId {}, RecordCodec::Record {}))>>;

    // make(id, record) of each row, opened on all cores with the value borrowed (RecordCipher::openWith),
    // or only its id, marked damaged, when it does not open; in the rows' order.
    template<typename Make>
    static auto openRows(KeyRing& keys, ProjectId project, quint8 kind, const std::vector<Row>& sealed,
        const Make& make) -> std::vector<decltype(make(RecordId {}, RecordCodec::Record {}))>;

private:
    Result<void> requireProject(ProjectId project);

    using Fill = std::function<void(RecordCodec::Record& record, bool created)>;
    using Change = std::function<void(RecordCodec::Record& record)>;

    // Adds or replaces an item in one transaction; `fill` sets the record's content.
    Result<WriteOutcome> upsert(ProjectId project, quint8 kind, const QString& name, WriteMode mode, const Fill& fill,
        RecordCodec::Record* saved);
    Result<WriteOutcome> replaceExisting(ProjectId project, bool bound, quint8 kind, const QString& name,
        const Row& row, const Fill& fill, RecordCodec::Record* saved);
    Result<WriteOutcome> insertNew(
        ProjectId project, bool bound, quint8 kind, const QString& name, const Fill& fill, RecordCodec::Record* saved);
    // The entries of an edit: a rename, a new value, a new export flag, each that happened.
    Result<void> recordEdit(const QString& projectName, quint8 kind, const QString& name,
        const RecordCodec::Record& before, const RecordCodec::Record& after, AuditAction valueAction);
    // Renames an item and lets `change` change its content, in one transaction; refused when `seen`
    // is set and the row is no longer the one the edit started from.
    Result<WriteOutcome> edit(ProjectId project, quint8 kind, const QString& name, const QString& newName,
        const Change& change, const std::optional<SeenItem>& seen, RecordCodec::Record* saved,
        AuditAction valueAction = AuditAction::ItemReplaced);
    // The "updated" time of a rewritten record: now, but always later than the time it replaces, so
    // that a SeenItem tells every write of a row apart.
    static qint64 nextUpdatedMs(qint64 previousMs);
    // The warning for names that differ from `name` only by case, or an empty string.
    QString caseWarning(ProjectId project, quint8 kind, const QString& name, RecordId self);

    VaultContext& m_vault;
    Projects& m_projects;
    Outbox& m_outbox;
};

template<typename Make>
auto Items::openRows(KeyRing& keys, ProjectId project, quint8 kind, const std::vector<Row>& sealed, const Make& make)
    -> std::vector<decltype(make(RecordId {}, RecordCodec::Record {}))>
{
    using Item = decltype(make(RecordId {}, RecordCodec::Record {}));
    std::vector<Item> items(sealed.size());
    keys.forEachInParallel(sealed.size(), [&](RecordCipher& cipher, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const RecordId id = sealed[i].id;
            auto opened = cipher.openWith(project, kind, id, sealed[i].sealed,
                [&](const RecordCodec::Record& record) { return make(id, record); });
            if (opened) {
                items[i] = std::move(*opened);
            } else {
                items[i].id = id;
                items[i].projectId = project;
                items[i].damaged = true;
            }
        }
    });
    return items;
}

template<typename Make>
auto Items::list(ProjectId project, quint8 kind, Make make)
    -> Result<QList<decltype(make(RecordId {}, RecordCodec::Record {}))>>
{
    using Item = decltype(make(RecordId {}, RecordCodec::Record {}));
    if (auto exists = requireProject(project); !exists) {
        return exists.error();
    }
    // Read and opened a chunk at a time, so that the sealed rows never all sit in memory beside the
    // items: a chunk's buffers are reused by the next. A chunk gives every core its share
    // (KeyRing::forEachInParallel).
    constexpr int kChunk = 16384;
    QList<Item> items;
    QList<Item> damaged;
    RecordId after = 0;
    for (;;) {
        auto rows = rowsAfter(m_vault.db, project, kind, after, kChunk);
        if (!rows) {
            return rows.error();
        }
        if (rows->empty()) {
            break;
        }
        after = rows->back().id;
        std::vector<Item> opened = openRows(m_vault.keys, project, kind, rows.value(), make);
        for (Item& item : opened) {
            (item.damaged ? damaged : items).append(std::move(item));
        }
        if (rows->size() < static_cast<size_t>(kChunk)) {
            break;
        }
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.name < b.name; });
    items.append(damaged);
    return items;
}
