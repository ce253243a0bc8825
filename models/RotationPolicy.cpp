#include "models/RotationPolicy.h"

#include <algorithm>

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

// Whole days from `from` to `to`, rounded towards the past.
qint64 daysBetween(const QDateTime& from, const QDateTime& to)
{
    const qint64 ms = to.toMSecsSinceEpoch() - from.toMSecsSinceEpoch();
    return ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
}

// Whole days left until `due`, rounded up: 9.9 days left read "due in 10 days".
qint64 daysUntil(const QDateTime& now, const QDateTime& due)
{
    const qint64 ms = due.toMSecsSinceEpoch() - now.toMSecsSinceEpoch();
    return ms > 0 ? (ms + kMsPerDay - 1) / kMsPerDay : 0;
}

} // namespace

QDateTime RotationRules::dueAt(const RotationPolicy& policy, const QDateTime& rotatedAt)
{
    if (policy.expiresOn.isValid()) {
        return policy.expiresOn.startOfDay(Qt::UTC);
    }
    if (policy.periodDays > 0 && rotatedAt.isValid()) {
        return rotatedAt.toUTC().addDays(policy.periodDays);
    }
    return {};
}

RotationState RotationRules::state(const RotationPolicy& policy, const QDateTime& rotatedAt, const QDateTime& now)
{
    const QDateTime due = dueAt(policy, rotatedAt);
    if (!due.isValid()) {
        return RotationState::NoPolicy;
    }
    if (now >= due) {
        return RotationState::Overdue;
    }
    if (now.addDays(kDueSoonDays) >= due) {
        return RotationState::DueSoon;
    }
    return RotationState::Ok;
}

qint64 RotationRules::ageDays(const QDateTime& rotatedAt, const QDateTime& now)
{
    return rotatedAt.isValid() ? std::max<qint64>(0, daysBetween(rotatedAt, now)) : 0;
}

Result<void> RotationRules::validate(const RotationPolicy& policy, const QDateTime& now)
{
    if (policy.periodDays != 0 && policy.expiresOn.isValid()) {
        return makeError(ErrorCode::InvalidInput,
            tr("Give a rotation period or an expiry date, not both: a secret has one rotation rule."));
    }
    if (policy.periodDays < 0 || policy.periodDays > kMaxPeriodDays) {
        return makeError(ErrorCode::InvalidInput,
            tr("The rotation period must be between 1 and %1 days, not %2.")
                .arg(kMaxPeriodDays)
                .arg(policy.periodDays));
    }
    const QDate today = now.toUTC().date();
    if (policy.expiresOn.isValid() && policy.expiresOn <= today) {
        return makeError(ErrorCode::InvalidInput,
            tr("The expiry date %1 is not in the future: give a date after today (%2, UTC).")
                .arg(policy.expiresOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    return {};
}

Result<int> RotationRules::parsePeriod(const QString& text)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 1 || days > kMaxPeriodDays) {
        return makeError(ErrorCode::InvalidInput,
            tr("The rotation period must be a whole number of days between 1 and %1, not '%2'.")
                .arg(kMaxPeriodDays)
                .arg(text));
    }
    return days;
}

Result<QDate> RotationRules::parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The expiry date must be a date in the form YYYY-MM-DD, such as 2027-03-31, not '%1'.").arg(text));
    }
    return date;
}

QString RotationRules::stateCode(RotationState state)
{
    switch (state) {
    case RotationState::NoPolicy:
        break;
    case RotationState::Ok:
        return QStringLiteral("ok");
    case RotationState::DueSoon:
        return QStringLiteral("due-soon");
    case RotationState::Overdue:
        return QStringLiteral("overdue");
    }
    return QStringLiteral("none");
}

QString RotationRules::stateText(RotationState state, const QDateTime& dueAt, const QDateTime& now)
{
    switch (state) {
    case RotationState::NoPolicy:
        break;
    case RotationState::Ok:
        return tr("OK, due in %n day(s)", nullptr, static_cast<int>(daysUntil(now, dueAt)));
    case RotationState::DueSoon:
        return tr("Due in %n day(s)", nullptr, static_cast<int>(daysUntil(now, dueAt)));
    case RotationState::Overdue: {
        const int days = static_cast<int>(daysBetween(dueAt, now));
        return days == 0 ? tr("Overdue since today") : tr("Overdue by %n day(s)", nullptr, days);
    }
    }
    return {};
}

QString RotationRules::policyCode(const RotationPolicy& policy)
{
    if (policy.expiresOn.isValid()) {
        return QStringLiteral("expires ") + policy.expiresOn.toString(Qt::ISODate);
    }
    if (policy.periodDays > 0) {
        return QStringLiteral("every %1 days").arg(policy.periodDays);
    }
    return QStringLiteral("none");
}

QString RotationRules::policyText(const RotationPolicy& policy)
{
    if (policy.expiresOn.isValid()) {
        return tr("Expires %1").arg(policy.expiresOn.toString(Qt::ISODate));
    }
    if (policy.periodDays > 0) {
        return tr("Every %n day(s)", nullptr, policy.periodDays);
    }
    return tr("No rotation");
}
