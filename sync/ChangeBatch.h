#pragma once

#include "models/Ids.h"
#include "models/Result.h"
#include "models/SyncStore.h"
#include "sync/SyncPlan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// One change of a /changes request (docs/API.md) as the sync engine builds it and reads it back.
// The value of a secret is never kept here: it goes straight from secure memory into the body.
struct BatchChange
{
    bool put = true;
    ItemKind kind = ItemKind::Variable;
    QString name;
    // Variables only: what the base becomes once the platform has applied the change.
    QString value;
    bool includeInExport = false;
    // >= 1: the item must be at this revision; 0: create only (puts).
    qint64 ifRevision = 0;
    // The outbox entries this change delivers.
    QList<qint64> entryIds;
    // A put of a secret: its rotation time and rule, sent with it (the rule explicitly, null when
    // there is none, so the platform holds what this vault holds).
    std::optional<SecretRotation> rotation {};
};

// The body of one POST /changes request, byte for byte as it is stored in the outbox and sent on
// every attempt, with what each change was (without secret values) so that the answer can be
// turned into the new base. Move-only in spirit: the body holds secret values and is wiped in place
// by wipe(), which must reach the one buffer that was sent.
class ChangeBatch
{
public:
    // The compact JSON object of one change; `secretValue` (UTF-8) is the value of a secret put and
    // is escaped straight into the result without an intermediate QString.
    static QByteArray encodeChange(const BatchChange& change, const char* secretValue = nullptr, int secretSize = 0);

    // Groups encoded changes (in order) into batches of at most `maxChanges` changes and
    // `maxBytes` body bytes; a single change larger than `maxBytes` goes alone (the server then
    // refuses it with 413, which names the problem). Consumes and wipes `encoded`.
    static std::vector<ChangeBatch> split(
        const QList<BatchChange>& changes, QList<QByteArray>& encoded, int maxChanges, qint64 maxBytes);

    // Reads back a body stored by an earlier run, for turning its answer into the base.
    static Result<ChangeBatch> fromStored(const QByteArray& body);

    ChangeBatch() = default;
    ~ChangeBatch();
    ChangeBatch(ChangeBatch&&) noexcept = default;
    ChangeBatch& operator=(ChangeBatch&&) noexcept = default;
    ChangeBatch(const ChangeBatch&) = delete;
    ChangeBatch& operator=(const ChangeBatch&) = delete;

    const QByteArray& body() const { return m_body; }
    const QList<BatchChange>& changes() const { return m_changes; }
    QList<qint64> entryIds() const;
    int size() const { return static_cast<int>(m_changes.size()); }

    // The base after a 200 answer: states of the items put, cleared states of the items deleted,
    // plus completeBatch set by the caller. Fails when the answer does not match the request.
    Result<SyncApply> completion(const QJsonObject& answer, const QString& login) const;
    // The conflicts of a 412 answer's details, with the local side taken from the request.
    QList<SyncPlanItem> conflicts(const QJsonObject& errorDetails) const;

    // Overwrites the body's bytes with zeros, also where the buffer is shared with a finished
    // request (best effort: Qt's network stack keeps copies of its own).
    void wipe();

private:
    QByteArray m_body;
    QList<BatchChange> m_changes;
};
