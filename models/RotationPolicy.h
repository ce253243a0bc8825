#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// When a secret's value should be replaced: every N days after its last replacement, or by a fixed
// date, or never. The vault keeps it sealed inside the secret's record, with the time the value was
// last replaced (its age).
struct RotationPolicy
{
    // 0: no period.
    int periodDays = 0;
    // Null: no expiry date. The value is due at the start of this day (UTC).
    QDate expiresOn;

    bool isSet() const { return periodDays > 0 || expiresOn.isValid(); }
    friend bool operator==(const RotationPolicy&, const RotationPolicy&) = default;
};

// A secret's rotation as it travels without the secret's value (publish and pull, docs/API.md
// "Secrets"; an import's archive): when the value was last replaced and its rule. Dates only.
struct SecretRotation
{
    QDateTime rotatedAt; // invalid: unknown
    RotationPolicy policy;

    friend bool operator==(const SecretRotation&, const SecretRotation&) = default;
};

enum class RotationState
{
    NoPolicy,
    Ok,
    DueSoon,
    Overdue,
};

// The rules every listing (desktop, CLI) applies the same way; `now` is passed in so that tests
// use a fixed clock.
class RotationRules
{
    Q_DECLARE_TR_FUNCTIONS(RotationRules)

public:
    // A secret is "due soon" this many days before it is due.
    static constexpr int kDueSoonDays = 14;
    // Ten years: a longer period is a typing mistake, not a policy.
    static constexpr int kMaxPeriodDays = 3650;

    // When the value must be replaced; invalid when there is no policy.
    static QDateTime dueAt(const RotationPolicy& policy, const QDateTime& rotatedAt);
    static RotationState state(const RotationPolicy& policy, const QDateTime& rotatedAt, const QDateTime& now);
    // Whole days since the value was last replaced (0 on the day itself).
    static qint64 ageDays(const QDateTime& rotatedAt, const QDateTime& now);

    // InvalidInput with a specific message: both a period and a date, a period out of range, an
    // expiry date that is not after today.
    static Result<void> validate(const RotationPolicy& policy, const QDateTime& now);
    // "90" -> 90; InvalidInput for anything but a whole number of days in range.
    static Result<int> parsePeriod(const QString& text);
    // "2027-03-31" (ISO 8601) -> the date; InvalidInput otherwise. The past is validate()'s.
    static Result<QDate> parseDate(const QString& text);

    // The stable word for scripts and JSON: "none", "ok", "due-soon", "overdue".
    static QString stateCode(RotationState state);
    // What a person reads: "Due in 3 days", "Overdue by 5 days", "OK", "" for no policy.
    static QString stateText(RotationState state, const QDateTime& dueAt, const QDateTime& now);
    // The untranslated form the audit log records: "every 90 days", "expires 2027-03-31", "none".
    static QString policyCode(const RotationPolicy& policy);
    // "Every 90 days", "Expires 2027-03-31", "No rotation".
    static QString policyText(const RotationPolicy& policy);
};
