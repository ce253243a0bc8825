#include "server/Precondition.h"

#include "server/ServerLimits.h"

#include <QString>

#include <algorithm>

namespace {

Error badHeader(const char* header, const QString& why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("The %1 header %2").arg(QLatin1String(header), why));
}

} // namespace

Result<Precondition> Precondition::fromHeaders(
    const std::optional<QByteArray>& ifMatch, const std::optional<QByteArray>& ifNoneMatch)
{
    if (ifMatch && ifNoneMatch) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Send either If-Match or If-None-Match, not both."));
    }
    Precondition precondition;
    if (ifNoneMatch) {
        if (ifNoneMatch->trimmed() != "*") {
            return badHeader("If-None-Match", QStringLiteral("takes only '*' (create only)."));
        }
        precondition.m_kind = Kind::DoesNotExist;
        return precondition;
    }
    if (!ifMatch) {
        return precondition;
    }
    const QByteArray tag = ifMatch->trimmed();
    if (tag == "*") {
        precondition.m_kind = Kind::Exists;
        return precondition;
    }
    // Exactly one strong tag: a quoted decimal revision.
    if (tag.size() < 3 || !tag.startsWith('"') || !tag.endsWith('"')) {
        return badHeader("If-Match", QStringLiteral("must be one strong entity tag such as \"17\", or '*'."));
    }
    const QByteArray digits = tag.mid(1, tag.size() - 2);
    bool isNumber = false;
    const qint64 revision = digits.toLongLong(&isNumber);
    const bool onlyDigits = std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!isNumber || !onlyDigits || revision < 1 || revision > ServerLimits::kMaxJsonInteger) {
        return badHeader("If-Match", QStringLiteral("must hold a revision from 1 to 2^53-1, such as \"17\"."));
    }
    return Precondition::revision(revision);
}

Precondition Precondition::revision(qint64 revision)
{
    Precondition precondition;
    precondition.m_kind = Kind::Revision;
    precondition.m_revision = revision;
    return precondition;
}

Precondition Precondition::doesNotExist()
{
    Precondition precondition;
    precondition.m_kind = Kind::DoesNotExist;
    return precondition;
}

bool Precondition::holdsFor(std::optional<qint64> currentRevision) const
{
    switch (m_kind) {
    case Kind::None:
        return true;
    case Kind::Revision:
        return currentRevision && *currentRevision == m_revision;
    case Kind::Exists:
        return currentRevision.has_value();
    case Kind::DoesNotExist:
        return !currentRevision.has_value();
    }
    return false;
}

QJsonValue Precondition::expectedRevisionJson() const
{
    switch (m_kind) {
    case Kind::Revision:
        return m_revision;
    case Kind::DoesNotExist:
        return 0;
    case Kind::None:
    case Kind::Exists:
        break;
    }
    return QJsonValue::Null;
}
