#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

// What a write expects of the item it touches (docs/API.md "Revisions and conditional writes"):
// from the If-Match / If-None-Match headers of a single write, or from a change's ifRevision.
class Precondition
{
public:
    enum class Kind
    {
        None, // unconditional: last writer wins
        Revision, // If-Match: "17" / ifRevision: 17
        Exists, // If-Match: *
        DoesNotExist, // If-None-Match: * / ifRevision: 0
    };

    // InvalidInput (answered with 400) for lists, weak tags, both headers, a tag in If-None-Match, or
    // a revision outside 1..2^53-1. A header that is absent is passed as nullopt.
    static Result<Precondition> fromHeaders(
        const std::optional<QByteArray>& ifMatch, const std::optional<QByteArray>& ifNoneMatch);
    static Precondition revision(qint64 revision);
    static Precondition doesNotExist();

    Kind kind() const { return m_kind; }
    // Whether an item at `currentRevision` (nullopt: it does not exist) satisfies this precondition.
    bool holdsFor(std::optional<qint64> currentRevision) const;
    // "expectedRevision" of a 412 conflict: the revision, 0 for create-only, null otherwise.
    QJsonValue expectedRevisionJson() const;

private:
    Kind m_kind = Kind::None;
    qint64 m_revision = 0;
};
