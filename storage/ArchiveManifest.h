#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

// What botvault/project.json in a project archive says about the project: its name, the variables
// exported with their values (those whose includeInExport is set) and the NAMES of its secrets, so
// an import can ask for their values. There is deliberately no member that could carry a secret
// value: nothing handed to ProjectArchive::write() can put one into an archive.
struct ArchiveManifest
{
    QString projectName;
    QList<QPair<QString, QString>> variables; // name, value
    QStringList secretNames;

    bool operator==(const ArchiveManifest&) const = default;
};

namespace ProjectArchive {

// The entry that holds the manifest, and the folder reserved for BotVault inside an archive.
inline constexpr char kManifestPath[] = "botvault/project.json";
inline constexpr char kReservedFolder[] = "botvault";
inline constexpr char kManifestFormat[] = "botvault-project";
inline constexpr int kManifestVersion = 1;

// {"format":"botvault-project","version":1,"project":{"name":…},"variables":[{"name":…,"value":…}],
//  "secrets":[{"name":…}]} as indented UTF-8 JSON.
QByteArray manifestJson(const ArchiveManifest& manifest);

// Parses and checks botvault/project.json: valid UTF-8, a JSON object of the right format and
// version, a valid project name, valid and unique variable and secret names, string values, no
// unknown keys, and no "value" (or any other key) in a secret entry: an archive that carries secret
// values is not a BotVault export. Errors are InvalidInput (Unsupported for another version) and
// name the entry and the list; they never quote a value.
Result<ArchiveManifest> parseManifest(const QByteArray& json);

// `text` made safe to quote in a message: control and invisible characters become U+FFFD and a
// long text is cut after `maxLength` characters, so a hostile entry name cannot break the line.
QString displayText(QStringView text, int maxLength = 80);

// The same name rules as parseManifest(), for a manifest about to be written, so that an export
// never produces an archive its own import refuses.
Result<void> validateManifest(const ArchiveManifest& manifest);

} // namespace ProjectArchive
