#include "sync/ChangeBatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

namespace {

const QByteArray kPrefix = QByteArrayLiteral("{\"changes\":[");
const QByteArray kSuffix = QByteArrayLiteral("]}");

std::optional<ItemKind> kindFromName(const QString& name)
{
    if (name == QLatin1String("secret")) {
        return ItemKind::Secret;
    }
    if (name == QLatin1String("variable")) {
        return ItemKind::Variable;
    }
    return std::nullopt;
}

// A JSON string from UTF-8 bytes: quotes, backslashes and control characters escaped, everything
// else (including multi-byte sequences) copied as it is.
void appendJsonString(QByteArray& out, const char* data, qsizetype size)
{
    static const char kHex[] = "0123456789abcdef";
    out.append('"');
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        switch (byte) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
                out.append(escaped, sizeof(escaped));
            } else {
                out.append(static_cast<char>(byte));
            }
        }
    }
    out.append('"');
}

// The rotation fields of a secret put (docs/API.md "Secrets"): the rule always, null for none.
void appendRotation(QByteArray& out, const SecretRotation& rotation)
{
    if (rotation.rotatedAt.isValid()) {
        out.append(",\"rotatedAt\":\"");
        out.append(rotation.rotatedAt.toUTC().toString(Qt::ISODateWithMs).toLatin1());
        out.append('"');
    }
    out.append(",\"rotationPeriodDays\":");
    out.append(rotation.policy.periodDays > 0 ? QByteArray::number(rotation.policy.periodDays) : "null");
    out.append(",\"expiresAt\":");
    if (rotation.policy.expiresOn.isValid()) {
        out.append('"').append(rotation.policy.expiresOn.toString(Qt::ISODate).toLatin1()).append('"');
    } else {
        out.append("null");
    }
}

// The rotation a stored body's secret put carried; none when it carried none (an older build's).
std::optional<SecretRotation> rotationFrom(const QJsonObject& object)
{
    if (!object.contains(QLatin1String("rotationPeriodDays")) && !object.contains(QLatin1String("rotatedAt"))) {
        return std::nullopt;
    }
    SecretRotation rotation;
    rotation.rotatedAt
        = QDateTime::fromString(object.value(QLatin1String("rotatedAt")).toString(), Qt::ISODateWithMs).toUTC();
    rotation.policy.periodDays = static_cast<int>(object.value(QLatin1String("rotationPeriodDays")).toInteger());
    rotation.policy.expiresOn = QDate::fromString(object.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
    return rotation;
}

void wipeInPlace(QByteArray& bytes)
{
    // A buffer that is not mutable (fromRawData, a literal) is not ours to wipe.
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable()) {
        // Through constData() so that the zeros land in the buffer itself even while a finished
        // request still shares it; fill() would detach and leave that buffer as it was.
        std::memset(const_cast<char*>(bytes.constData()), 0, static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

Error malformedAnswer(const QString& reason)
{
    return makeError(ErrorCode::Network,
        QCoreApplication::translate("SyncEngine",
            "The platform's answer to a batch of changes does not match the request (%1). The batch stays "
            "queued and is sent again with the same key on the next publish.")
            .arg(reason));
}

} // namespace

ChangeBatch::~ChangeBatch()
{
    wipe();
}

QByteArray ChangeBatch::encodeChange(const BatchChange& change, const char* secretValue, int secretSize)
{
    QByteArray out;
    out.reserve(96 + change.name.size() + (change.kind == ItemKind::Secret ? secretSize : change.value.size() * 3) * 2);
    out.append(change.put ? "{\"op\":\"put\"" : "{\"op\":\"delete\"");
    out.append(change.kind == ItemKind::Secret ? ",\"kind\":\"secret\"" : ",\"kind\":\"variable\"");
    out.append(",\"name\":");
    const QByteArray name = change.name.toUtf8();
    appendJsonString(out, name.constData(), name.size());
    if (change.put) {
        out.append(",\"value\":");
        if (change.kind == ItemKind::Secret) {
            appendJsonString(out, secretValue, secretSize);
        } else {
            QByteArray value = change.value.toUtf8();
            appendJsonString(out, value.constData(), value.size());
        }
        if (change.kind == ItemKind::Variable) {
            out.append(change.includeInExport ? ",\"includeInExport\":true" : ",\"includeInExport\":false");
        } else if (change.rotation) {
            appendRotation(out, *change.rotation);
        }
    }
    out.append(",\"ifRevision\":");
    out.append(QByteArray::number(change.ifRevision));
    out.append('}');
    return out;
}

std::vector<ChangeBatch> ChangeBatch::split(
    const QList<BatchChange>& changes, QList<QByteArray>& encoded, int maxChanges, qint64 maxBytes)
{
    std::vector<ChangeBatch> batches;
    ChangeBatch current;
    const auto close = [&]() {
        if (current.m_changes.isEmpty()) {
            return;
        }
        current.m_body.append(kSuffix.constData(), kSuffix.size());
        batches.push_back(std::move(current));
        current = ChangeBatch();
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QByteArray& change = encoded[i];
        const qint64 grown
            = (current.m_body.isEmpty() ? kPrefix.size() : current.m_body.size() + 1) + change.size() + kSuffix.size();
        if (!current.m_changes.isEmpty() && (current.m_changes.size() >= maxChanges || grown > maxBytes)) {
            close();
        }
        if (current.m_body.isEmpty()) {
            current.m_body.reserve(qMin<qint64>(maxBytes, 1 << 20));
            // Copied, never shared with the constant: the body is wiped in place later.
            current.m_body.append(kPrefix.constData(), kPrefix.size());
        } else {
            current.m_body.append(',');
        }
        current.m_body.append(change);
        current.m_changes.append(changes.at(i));
        wipeInPlace(change);
    }
    close();
    return batches;
}

Result<ChangeBatch> ChangeBatch::fromStored(const QByteArray& body)
{
    const auto damaged = [] {
        return makeError(ErrorCode::Damaged,
            QCoreApplication::translate("SyncEngine",
                "A stored batch of changes could not be read back. Remove the project's remote binding and "
                "bind it again to start over; the platform's revisions will show what was applied."));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged();
    }
    const QJsonArray changes = document.object().value(QLatin1String("changes")).toArray();
    if (changes.isEmpty()) {
        return damaged();
    }
    ChangeBatch batch;
    for (const QJsonValue& value : changes) {
        const QJsonObject object = value.toObject();
        const std::optional<ItemKind> kind = kindFromName(object.value(QLatin1String("kind")).toString());
        const QString op = object.value(QLatin1String("op")).toString();
        if (!kind || (op != QLatin1String("put") && op != QLatin1String("delete"))) {
            return damaged();
        }
        BatchChange change;
        change.put = op == QLatin1String("put");
        change.kind = *kind;
        change.name = object.value(QLatin1String("name")).toString();
        if (change.kind == ItemKind::Variable) {
            change.value = object.value(QLatin1String("value")).toString();
            change.includeInExport = object.value(QLatin1String("includeInExport")).toBool();
        } else if (change.put) {
            change.rotation = rotationFrom(object);
        }
        change.ifRevision = object.value(QLatin1String("ifRevision")).toInteger();
        batch.m_changes.append(change);
    }
    // A copy of its own, so that wiping it never touches (or faults on) the caller's buffer.
    batch.m_body = QByteArray(body.constData(), body.size());
    return batch;
}

QList<qint64> ChangeBatch::entryIds() const
{
    QList<qint64> ids;
    for (const BatchChange& change : m_changes) {
        ids += change.entryIds;
    }
    return ids;
}

Result<SyncApply> ChangeBatch::completion(const QJsonObject& answer, const QString& login) const
{
    const QJsonArray results = answer.value(QLatin1String("results")).toArray();
    if (results.size() != m_changes.size()) {
        return malformedAnswer(QCoreApplication::translate("SyncEngine", "%1 results for %2 changes")
                                   .arg(results.size())
                                   .arg(m_changes.size()));
    }
    SyncApply apply;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const BatchChange& change = m_changes.at(i);
        const QJsonObject result = results.at(i).toObject();
        if (result.value(QLatin1String("name")).toString() != change.name
            || kindFromName(result.value(QLatin1String("kind")).toString()) != change.kind) {
            return malformedAnswer(QCoreApplication::translate("SyncEngine", "result %1 names another item").arg(i));
        }
        const ItemKey key {change.kind, change.name};
        if (!change.put) {
            apply.clearStates.append(key);
            continue;
        }
        RemoteItemState state;
        state.kind = change.kind;
        state.name = change.name;
        state.revision = result.value(QLatin1String("revision")).toInteger();
        if (state.revision < 1) {
            return malformedAnswer(QCoreApplication::translate("SyncEngine", "result %1 has no revision").arg(i));
        }
        state.updatedAt = QDateTime::fromString(result.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
        state.updatedBy = login;
        if (change.kind == ItemKind::Variable) {
            state.value = change.value;
            state.includeInExport = change.includeInExport;
        }
        apply.setStates.append(state);
    }
    return apply;
}

QList<SyncPlanItem> ChangeBatch::conflicts(const QJsonObject& errorDetails) const
{
    QList<SyncPlanItem> items;
    for (const QJsonValue& value : errorDetails.value(QLatin1String("conflicts")).toArray()) {
        const QJsonObject conflict = value.toObject();
        const std::optional<ItemKind> kind = kindFromName(conflict.value(QLatin1String("kind")).toString());
        if (!kind) {
            continue;
        }
        SyncPlanItem item;
        item.action = SyncPlanItem::Action::Conflict;
        item.kind = *kind;
        item.name = conflict.value(QLatin1String("name")).toString();
        for (const BatchChange& change : m_changes) {
            if (change.kind == item.kind && change.name == item.name) {
                item.localExists = change.put;
                item.localValue = change.value;
                item.localIncludeInExport = change.includeInExport;
                item.outboxEntryIds = change.entryIds;
                item.baseRevision = change.ifRevision;
                break;
            }
        }
        const QJsonValue current = conflict.value(QLatin1String("currentRevision"));
        item.remoteExists = current.isDouble();
        item.remoteRevision = current.toInteger();
        item.remoteUpdatedAt
            = QDateTime::fromString(conflict.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
        item.remoteUpdatedBy = conflict.value(QLatin1String("updatedBy")).toString();
        items.append(item);
    }
    return items;
}

void ChangeBatch::wipe()
{
    wipeInPlace(m_body);
}
