#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

// What botvault/project.json in a project archive says about the project: its name, the variables
// exported with their values (those whose includeInExport is set) and the NAMES of its secrets, so
// an import can ask for their values. There is deliberately no member that could carry a secret
// value: nothing handed to ProjectArchive::write() can put one into an archive.
// A secret's rotation as an archive carries it beside its name: a period or an expiry date and when
// the value was last replaced. Dates only, never a value.
struct ArchiveSecretRotation
{
    int periodDays = 0; // 0: none
    QDate expiresOn; // null: none
    QDateTime rotatedAt; // UTC; invalid: unknown

    bool operator==(const ArchiveSecretRotation&) const = default;
};

struct ArchiveManifest
{
    QString projectName;
    QList<QPair<QString, QString>> variables; // name, value
    QStringList secretNames;
    // By secret name, for the secrets that have a rotation rule or a known age.
    QHash<QString, ArchiveSecretRotation> secretRotations;

    bool operator==(const ArchiveManifest&) const = default;
};

namespace ProjectArchive {

// The entry that holds the manifest, and the folder reserved for BotVault inside an archive.
inline constexpr char kManifestPath[] = "botvault/project.json";
inline constexpr char kReservedFolder[] = "botvault";
inline constexpr char kManifestFormat[] = "botvault-project";
inline constexpr int kManifestVersion = 1;

// {"format":"botvault-project","version":1,"project":{"name":…},"variables":[{"name":…,"value":…}],
//  "secrets":[{"name":…, "rotationPeriodDays":90, "expiresAt":"2027-03-31", "rotatedAt":"…Z"}]} as
// indented UTF-8 JSON; the three rotation keys of a secret are optional.
QByteArray manifestJson(const ArchiveManifest& manifest);

// Parses and checks botvault/project.json: valid UTF-8, a JSON object of the right format and
// version, a valid project name, valid and unique variable and secret names, string values, no
// unknown keys, and no "value" (or any key but the name and the optional rotationPeriodDays (1 to
// 3650), expiresAt (YYYY-MM-DD) and rotatedAt (ISO 8601 UTC)) in a secret entry: an archive that
// carries secret values is not a BotVault export. Errors are InvalidInput (Unsupported for another version) and
// name the entry and the list; they never quote a value.
Result<ArchiveManifest> parseManifest(const QByteArray& json);

// `text` made safe to quote in a message: control and invisible characters become U+FFFD and a
// long text is cut after `maxLength` characters, so a hostile entry name cannot break the line.
QString displayText(QStringView text, int maxLength = 80);

// The same name rules as parseManifest(), for a manifest about to be written, so that an export
// never produces an archive its own import refuses.
Result<void> validateManifest(const ArchiveManifest& manifest);

} // namespace ProjectArchive
