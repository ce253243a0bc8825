#include "storage/ArchiveManifest.h"

#include "models/NameRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace ProjectArchive {

namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kVersionKey = QStringLiteral("version");
const QString kProjectKey = QStringLiteral("project");
const QString kVariablesKey = QStringLiteral("variables");
const QString kSecretsKey = QStringLiteral("secrets");
const QString kNameKey = QStringLiteral("name");
const QString kValueKey = QStringLiteral("value");
const QString kRotationPeriodKey = QStringLiteral("rotationPeriodDays");
const QString kExpiresAtKey = QStringLiteral("expiresAt");
const QString kRotatedAtKey = QStringLiteral("rotatedAt");
// Ten years, as RotationRules::kMaxPeriodDays (storage does not read models' rules for a file format).
constexpr int kMaxRotationPeriodDays = 3650;

Error invalid(QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

QString manifestPath()
{
    return QString::fromLatin1(kManifestPath);
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

// A list entry is checked for exactly these keys, so that nothing unexpected (a value under another
// name, a future field this version does not understand) slips through an import unnoticed.
std::optional<QString> unexpectedKey(const QJsonObject& object, std::initializer_list<QString> allowed)
{
    // Counting the allowed keys first spares building a key string for every entry of a long list.
    const auto present
        = std::count_if(allowed.begin(), allowed.end(), [&object](const QString& key) { return object.contains(key); });
    if (present == object.size()) {
        return std::nullopt;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
            return it.key();
        }
    }
    return std::nullopt;
}

// The name of entry `index` (0-based) of `list`, checked against the name rules.
Result<QString> entryName(const QJsonValue& entry, const QString& list, qsizetype index)
{
    const QString position = QString::number(index + 1);
    if (!entry.isObject()) {
        return invalid(QCoreApplication::translate("ProjectArchive",
            "Entry %1 of \"%2\" in %3 is not a JSON object: the archive is damaged or was not made by "
            "BotVault.")
                           .arg(position, list, manifestPath()));
    }
    const QJsonValue name = entry.toObject().value(kNameKey);
    if (!name.isString()) {
        return invalid(QCoreApplication::translate("ProjectArchive",
            "Entry %1 of \"%2\" in %3 has no name: the archive is damaged or was not made by BotVault.")
                           .arg(position, list, manifestPath()));
    }
    const QString text = name.toString();
    const Result<void> rule = NameRules::validate(text);
    if (!rule) {
        return invalid(QCoreApplication::translate("ProjectArchive", "Entry %1 of \"%2\" in %3 has an invalid name. %4")
                           .arg(position, list, manifestPath(), rule.message()));
    }
    return text;
}

// Appends `text` as a JSON string: UTF-8, with quotes, backslashes and control characters escaped.
void appendJsonString(QByteArray& json, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    const char* const data = utf8.constData();
    json += '"';
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            continue;
        }
        json.append(data + plainStart, i - plainStart);
        plainStart = i + 1;
        switch (byte) {
        case '"':
            json += "\\\"";
            break;
        case '\\':
            json += "\\\\";
            break;
        case '\n':
            json += "\\n";
            break;
        case '\r':
            json += "\\r";
            break;
        case '\t':
            json += "\\t";
            break;
        default:
            json += "\\u00";
            json += kHex[byte >> 4];
            json += kHex[byte & 0xF];
        }
    }
    json.append(data + plainStart, utf8.size() - plainStart);
    json += '"';
}

Error duplicateName(const QString& list, const QString& name)
{
    return invalid(QCoreApplication::translate("ProjectArchive",
        "The name '%1' appears more than once in \"%2\" in %3: the archive is damaged or was not made "
        "by BotVault.")
                       .arg(name, list, manifestPath()));
}

Result<void> checkVersion(const QJsonObject& root)
{
    const QJsonValue format = root.value(kFormatKey);
    if (!format.isString() || format.toString() != QLatin1String(kManifestFormat)) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "%1 does not say \"format\": \"%2\": the archive was not made by BotVault.")
                           .arg(manifestPath(), QLatin1String(kManifestFormat)));
    }
    const QJsonValue version = root.value(kVersionKey);
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) || number < 1) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "%1 has no valid format version; this BotVault reads version %2.")
                           .arg(manifestPath())
                           .arg(kManifestVersion));
    }
    if (static_cast<qint64>(number) != kManifestVersion) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate("ProjectArchive",
                "%1 is format version %2; this BotVault reads version %3 only. Import it with the "
                "BotVault that exported it, or a newer one.")
                .arg(manifestPath())
                .arg(static_cast<qint64>(number))
                .arg(kManifestVersion));
    }
    return Result<void>::success();
}

Result<QList<QPair<QString, QString>>> parseVariables(const QJsonValue& value)
{
    QList<QPair<QString, QString>> variables;
    if (value.isUndefined()) {
        return variables;
    }
    if (!value.isArray()) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "\"%1\" in %2 is not a list: the archive is damaged or was not made by BotVault.")
                           .arg(kVariablesKey, manifestPath()));
    }
    const QJsonArray array = value.toArray();
    variables.reserve(array.size());
    QSet<QString> seen;
    seen.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        Result<QString> name = entryName(entry, kVariablesKey, i);
        if (!name) {
            return name.error();
        }
        const QJsonObject object = entry.toObject();
        if (const auto key = unexpectedKey(object, {kNameKey, kValueKey})) {
            return invalid(QCoreApplication::translate("ProjectArchive",
                "The variable '%1' in %2 has the unknown key '%3': the archive was not made by this "
                "version of BotVault.")
                               .arg(name.value(), manifestPath(), displayText(*key)));
        }
        const QJsonValue variableValue = object.value(kValueKey);
        if (!variableValue.isString()) {
            return invalid(QCoreApplication::translate("ProjectArchive",
                "The variable '%1' in %2 has no text value: the archive is damaged or was not made by "
                "BotVault.")
                               .arg(name.value(), manifestPath()));
        }
        QString text = variableValue.toString();
        // A "\\ud800" escape decodes to half a surrogate pair, which no file or vault can keep as it is.
        if (!text.isValidUtf16()) {
            return invalid(QCoreApplication::translate("ProjectArchive",
                "The value of the variable '%1' in %2 contains a broken character (half of a surrogate "
                "pair): the archive is damaged or was not made by BotVault.")
                               .arg(name.value(), manifestPath()));
        }
        if (seen.contains(name.value())) {
            return duplicateName(kVariablesKey, name.value());
        }
        seen.insert(name.value());
        variables.append({std::move(name).value(), std::move(text)});
    }
    return variables;
}

Error badRotationField(const QString& secret, const QString& key, const QString& expected)
{
    return invalid(QCoreApplication::translate("ProjectArchive", "The secret '%1' in %2 has an invalid \"%3\": %4.")
                       .arg(secret, manifestPath(), key, expected));
}

// The optional rotation keys of one secret entry; nullopt when it has none.
Result<std::optional<ArchiveSecretRotation>> parseRotation(const QJsonObject& object, const QString& secret)
{
    ArchiveSecretRotation rotation;
    bool any = false;
    if (const QJsonValue period = object.value(kRotationPeriodKey); !period.isUndefined()) {
        const double days = period.toDouble(-1);
        if (!period.isDouble() || days != static_cast<int>(days) || days < 1 || days > kMaxRotationPeriodDays) {
            return badRotationField(secret, kRotationPeriodKey,
                QCoreApplication::translate("ProjectArchive", "a whole number of days from 1 to %1")
                    .arg(kMaxRotationPeriodDays));
        }
        rotation.periodDays = static_cast<int>(days);
        any = true;
    }
    if (const QJsonValue expires = object.value(kExpiresAtKey); !expires.isUndefined()) {
        const QString text = expires.toString();
        rotation.expiresOn = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!expires.isString() || !rotation.expiresOn.isValid()) {
            return badRotationField(
                secret, kExpiresAtKey, QCoreApplication::translate("ProjectArchive", "a date such as 2027-03-31"));
        }
        any = true;
    }
    if (rotation.periodDays > 0 && rotation.expiresOn.isValid()) {
        return badRotationField(secret, kExpiresAtKey,
            QCoreApplication::translate(
                "ProjectArchive", "a secret has a rotation period or an expiry date, not both"));
    }
    if (const QJsonValue rotated = object.value(kRotatedAtKey); !rotated.isUndefined()) {
        const QString text = rotated.toString();
        rotation.rotatedAt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!rotated.isString() || !text.endsWith(u'Z') || !rotation.rotatedAt.isValid()) {
            return badRotationField(secret, kRotatedAtKey,
                QCoreApplication::translate("ProjectArchive", "a UTC time such as 2026-12-07T10:05:40Z"));
        }
        any = true;
    }
    return any ? std::optional(rotation) : std::nullopt;
}

void appendRotation(QByteArray& json, const ArchiveSecretRotation& rotation)
{
    if (rotation.periodDays > 0) {
        json += ", \"rotationPeriodDays\": " + QByteArray::number(rotation.periodDays);
    }
    if (rotation.expiresOn.isValid()) {
        json += ", \"expiresAt\": \"" + rotation.expiresOn.toString(Qt::ISODate).toLatin1() + '"';
    }
    if (rotation.rotatedAt.isValid()) {
        json += ", \"rotatedAt\": \"" + rotation.rotatedAt.toUTC().toString(Qt::ISODate).toLatin1() + '"';
    }
}

Result<QStringList> parseSecrets(const QJsonValue& value, QHash<QString, ArchiveSecretRotation>* rotations)
{
    QStringList names;
    if (value.isUndefined()) {
        return names;
    }
    if (!value.isArray()) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "\"%1\" in %2 is not a list: the archive is damaged or was not made by BotVault.")
                           .arg(kSecretsKey, manifestPath()));
    }
    const QJsonArray array = value.toArray();
    names.reserve(array.size());
    QSet<QString> seen;
    seen.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        Result<QString> name = entryName(entry, kSecretsKey, i);
        if (!name) {
            return name.error();
        }
        const QJsonObject object = entry.toObject();
        if (object.contains(kValueKey)) {
            return invalid(QCoreApplication::translate("ProjectArchive",
                "The secret '%1' in %2 carries a value. A BotVault export holds the names of secrets "
                "only, so this archive was not made by BotVault; it is refused so that no secret "
                "value is imported from a file.")
                               .arg(name.value(), manifestPath()));
        }
        if (const auto key = unexpectedKey(object, {kNameKey, kRotationPeriodKey, kExpiresAtKey, kRotatedAtKey})) {
            return invalid(QCoreApplication::translate("ProjectArchive",
                "The secret '%1' in %2 has the key '%3'; a secret entry holds only its name, so this "
                "archive was not made by BotVault.")
                               .arg(name.value(), manifestPath(), displayText(*key)));
        }
        Result<std::optional<ArchiveSecretRotation>> rotation = parseRotation(object, name.value());
        if (!rotation) {
            return rotation.error();
        }
        if (rotation.value()) {
            rotations->insert(name.value(), *rotation.value());
        }
        if (seen.contains(name.value())) {
            return duplicateName(kSecretsKey, name.value());
        }
        seen.insert(name.value());
        names.append(std::move(name).value());
    }
    return names;
}

} // namespace

QString displayText(QStringView text, int maxLength)
{
    QString shown;
    shown.reserve(qMin(text.size(), qsizetype(maxLength) + 1));
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (count == maxLength) {
            shown += QChar(u'\u2026');
            break;
        }
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t value = QChar::surrogateToUcs4(c, text.at(i + 1));
            shown += QChar::isPrint(value) ? text.mid(i, 2).toString() : QString(QChar::ReplacementCharacter);
            ++i;
        } else if (c.isSurrogate() || !c.isPrint()) {
            shown += QChar::ReplacementCharacter;
        } else {
            shown += c;
        }
        ++count;
    }
    return shown;
}

QByteArray manifestJson(const ArchiveManifest& manifest)
{
    // Written by hand rather than through QJsonDocument, which builds an object per variable and
    // took half a second for 100,000 of them. One entry per line keeps the file readable.
    qsizetype estimate = 256 + manifest.projectName.size() * 3;
    for (const auto& [name, value] : manifest.variables) {
        estimate += 32 + name.size() + value.size() * 3;
    }
    for (const QString& name : manifest.secretNames) {
        estimate += 96 + name.size();
    }
    QByteArray json;
    json.reserve(estimate);
    json += "{\n  \"format\": ";
    appendJsonString(json, QString::fromLatin1(kManifestFormat));
    json += ",\n  \"version\": " + QByteArray::number(kManifestVersion) + ",\n  \"project\": {\"name\": ";
    appendJsonString(json, manifest.projectName);
    json += "},\n  \"variables\": [";
    for (qsizetype i = 0; i < manifest.variables.size(); ++i) {
        json += i == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ";
        appendJsonString(json, manifest.variables.at(i).first);
        json += ", \"value\": ";
        appendJsonString(json, manifest.variables.at(i).second);
        json += '}';
    }
    json += manifest.variables.isEmpty() ? "],\n  \"secrets\": [" : "\n  ],\n  \"secrets\": [";
    // A name and dates: a secret entry is built from nothing that could hold a value.
    for (qsizetype i = 0; i < manifest.secretNames.size(); ++i) {
        json += i == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ";
        appendJsonString(json, manifest.secretNames.at(i));
        if (const auto rotation = manifest.secretRotations.constFind(manifest.secretNames.at(i));
            rotation != manifest.secretRotations.constEnd()) {
            appendRotation(json, rotation.value());
        }
        json += '}';
    }
    json += manifest.secretNames.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return json;
}

Result<ArchiveManifest> parseManifest(const QByteArray& json)
{
    if (!isValidUtf8(json)) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "%1 is not valid UTF-8 text: the archive is damaged or was not made by BotVault.")
                           .arg(manifestPath()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(QCoreApplication::translate("ProjectArchive",
            "%1 is not valid JSON (%2 at byte %3): the archive is damaged or was not made by BotVault.")
                           .arg(manifestPath(), parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject()) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "%1 does not hold a JSON object: the archive is damaged or was not made by BotVault.")
                           .arg(manifestPath()));
    }
    const QJsonObject root = document.object();
    if (const Result<void> version = checkVersion(root); !version) {
        return version.error();
    }
    if (const auto key = unexpectedKey(root, {kFormatKey, kVersionKey, kProjectKey, kVariablesKey, kSecretsKey})) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "%1 has the unknown key '%2': the archive was not made by this version of BotVault.")
                           .arg(manifestPath(), displayText(*key)));
    }

    ArchiveManifest manifest;
    const QJsonValue project = root.value(kProjectKey);
    const QJsonValue projectName = project.toObject().value(kNameKey);
    if (!project.isObject() || !projectName.isString()) {
        return invalid(QCoreApplication::translate(
            "ProjectArchive", "%1 does not name the project: the archive is damaged or was not made by BotVault.")
                           .arg(manifestPath()));
    }
    if (const auto key = unexpectedKey(project.toObject(), {kNameKey})) {
        return invalid(QCoreApplication::translate("ProjectArchive",
            "The project in %1 has the unknown key '%2': the archive was not made by this version of "
            "BotVault.")
                           .arg(manifestPath(), displayText(*key)));
    }
    manifest.projectName = projectName.toString();
    if (const Result<void> rule = NameRules::validateProjectName(manifest.projectName); !rule) {
        return invalid(QCoreApplication::translate("ProjectArchive", "The project name in %1 is not valid. %2")
                           .arg(manifestPath(), rule.message()));
    }

    Result<QList<QPair<QString, QString>>> variables = parseVariables(root.value(kVariablesKey));
    if (!variables) {
        return variables.error();
    }
    Result<QStringList> secrets = parseSecrets(root.value(kSecretsKey), &manifest.secretRotations);
    if (!secrets) {
        return secrets.error();
    }
    manifest.variables = std::move(variables).value();
    manifest.secretNames = std::move(secrets).value();
    return manifest;
}

Result<void> validateManifest(const ArchiveManifest& manifest)
{
    if (const Result<void> rule = NameRules::validateProjectName(manifest.projectName); !rule) {
        return rule.error();
    }
    QSet<QString> seen;
    seen.reserve(manifest.variables.size());
    for (const auto& variable : manifest.variables) {
        const QString& name = variable.first;
        if (const Result<void> rule = NameRules::validate(name); !rule) {
            return invalid(QCoreApplication::translate("ProjectArchive", "A variable to export has an invalid name. %1")
                               .arg(rule.message()));
        }
        if (seen.contains(name)) {
            return invalid(
                QCoreApplication::translate("ProjectArchive", "The variable '%1' is listed twice for export.")
                    .arg(name));
        }
        if (!variable.second.isValidUtf16()) {
            return invalid(QCoreApplication::translate("ProjectArchive",
                "The value of the variable '%1' contains a broken character (half of a surrogate pair); "
                "edit the value before exporting.")
                               .arg(name));
        }
        seen.insert(name);
    }
    seen.clear();
    for (const QString& name : manifest.secretNames) {
        if (const Result<void> rule = NameRules::validate(name); !rule) {
            return invalid(QCoreApplication::translate("ProjectArchive", "A secret to export has an invalid name. %1")
                               .arg(rule.message()));
        }
        if (seen.contains(name)) {
            return invalid(
                QCoreApplication::translate("ProjectArchive", "The secret '%1' is listed twice for export.").arg(name));
        }
        seen.insert(name);
    }
    return Result<void>::success();
}

} // namespace ProjectArchive
