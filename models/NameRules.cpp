#include "models/NameRules.h"

#include <QChar>
#include <QCoreApplication>
#include <QLocale>
#include <QStringView>

namespace NameRules {

namespace {

// Past this many characters a name in a message is cut, so the message stays one readable line.
constexpr int kDisplayLength = 40;

// One Unicode code point of a UTF-16 string. An unpaired surrogate is kept as itself, so that it
// can be reported rather than silently merged with its neighbour.
struct CodePoint
{
    char32_t value = 0;
    qsizetype units = 1;
    bool unpairedSurrogate = false;
};

CodePoint codePointAt(QStringView text, qsizetype index)
{
    const QChar unit = text.at(index);
    if (unit.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) {
        return {QChar::surrogateToUcs4(unit, text.at(index + 1)), 2, false};
    }
    return {unit.unicode(), 1, unit.isSurrogate()};
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); i += codePointAt(text, i).units) {
        ++count;
    }
    return count;
}

QString codePointLabel(char32_t value)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(value), 4, 16, QLatin1Char('0')).toUpper();
}

QString codePointText(const CodePoint& codePoint)
{
    if (codePoint.unpairedSurrogate) {
        return QString(QChar::ReplacementCharacter);
    }
    return QString::fromUcs4(&codePoint.value, 1);
}

// Characters that would be invisible, or would break the line, if quoted as they are.
bool isUnquotable(const CodePoint& codePoint)
{
    return codePoint.unpairedSurrogate || !QChar::isPrint(codePoint.value)
        || (QChar::isSpace(codePoint.value) && codePoint.value != U' ');
}

bool isCombiningMark(char32_t value)
{
    switch (QChar::category(value)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// The text to show between quotes in a message: invisible characters become U+FFFD and a long
// text is cut after kDisplayLength code points, never inside a surrogate pair.
QString displayText(QStringView text)
{
    QString shown;
    int count = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (count == kDisplayLength) {
            shown += QChar(u'\u2026');
            break;
        }
        const CodePoint codePoint = codePointAt(text, i);
        shown += isUnquotable(codePoint) ? QString(QChar::ReplacementCharacter) : codePointText(codePoint);
        i += codePoint.units;
        ++count;
    }
    return shown;
}

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_';
}

Error invalidInput(QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

Error badNameCharacter(const QString& name, const CodePoint& codePoint, qsizetype position)
{
    const QString shownName = displayText(name);
    const QString label = codePointLabel(codePoint.value);
    if (codePoint.value == U' ') {
        return invalidInput(QCoreApplication::translate("NameRules",
            "The name may contain only Latin letters, digits and underscores: '%1' contains a space "
            "at position %2.")
                                .arg(shownName, QString::number(position)));
    }
    if (!codePoint.unpairedSurrogate && QChar::isSpace(codePoint.value)) {
        return invalidInput(QCoreApplication::translate("NameRules",
            "The name may contain only Latin letters, digits and underscores: '%1' contains the "
            "whitespace character %2 at position %3.")
                                .arg(shownName, label, QString::number(position)));
    }
    if (isUnquotable(codePoint)) {
        return invalidInput(QCoreApplication::translate("NameRules",
            "The name may contain only Latin letters, digits and underscores: '%1' contains the "
            "non-printable character %2 at position %3.")
                                .arg(shownName, label, QString::number(position)));
    }
    if (isCombiningMark(codePoint.value)) {
        return invalidInput(QCoreApplication::translate("NameRules",
            "The name may contain only Latin letters, digits and underscores: '%1' contains the "
            "combining mark %2 at position %3.")
                                .arg(shownName, label, QString::number(position)));
    }
    if (codePoint.value < 0x80) {
        return invalidInput(QCoreApplication::translate("NameRules",
            "The name may contain only Latin letters, digits and underscores: '%1' contains '%2' at "
            "position %3.")
                                .arg(shownName, codePointText(codePoint), QString::number(position)));
    }
    // Accented, Cyrillic and full-width characters look like allowed ones, so the rule is spelled out.
    return invalidInput(QCoreApplication::translate("NameRules",
        "The name may contain only the Latin letters A-Z and a-z, the digits 0-9 and underscores: "
        "'%1' contains '%2' (%3) at position %4.")
                            .arg(shownName, codePointText(codePoint), label, QString::number(position)));
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString& name : names) {
        quoted.append(QLatin1Char('\'') + displayText(name) + QLatin1Char('\''));
    }
    return QLocale().createSeparatedList(quoted);
}

bool isProjectNameBreaker(const CodePoint& codePoint)
{
    if (codePoint.unpairedSurrogate) {
        return false;
    }
    switch (QChar::category(codePoint.value)) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Zero-width characters count as blank too: a name made of them would look empty in the list.
bool isBlank(const CodePoint& codePoint)
{
    return !codePoint.unpairedSurrogate
        && (QChar::isSpace(codePoint.value) || QChar::category(codePoint.value) == QChar::Other_Format);
}

} // namespace

Result<void> validate(const QString& name)
{
    if (name.isEmpty()) {
        return invalidInput(QCoreApplication::translate(
            "NameRules", "The name is empty: enter 1 to %1 Latin letters, digits or underscores.")
                                .arg(kMaxLength));
    }
    qsizetype position = 1;
    for (qsizetype i = 0; i < name.size(); ++position) {
        const CodePoint codePoint = codePointAt(name, i);
        if (codePoint.units != 1 || !isNameCharacter(name.at(i))) {
            return badNameCharacter(name, codePoint, position);
        }
        i += codePoint.units;
    }
    // Every character is ASCII by now, so the UTF-16 length is the number of characters.
    if (name.size() > kMaxLength) {
        // Counted outside the call: lupdate skips translate() calls whose arguments hold '<'.
        const int length = static_cast<int>(name.size());
        return invalidInput(QCoreApplication::translate(
            "NameRules", "The name is %n characters long; a name may have at most %1 characters.", nullptr, length)
                                .arg(kMaxLength));
    }
    return Result<void>::success();
}

QStringList caseCollisions(const QString& name, const QStringList& existingNames)
{
    QStringList collisions;
    for (const QString& existing : existingNames) {
        if (existing != name && existing.compare(name, Qt::CaseInsensitive) == 0 && !collisions.contains(existing)) {
            collisions.append(existing);
        }
    }
    return collisions;
}

QString caseCollisionWarning(const QString& name, const QStringList& collisions)
{
    if (collisions.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate(
        "NameRules", "'%1' differs only by case from %2; scripts read names case-sensitively.")
        .arg(displayText(name), quotedList(collisions));
}

Result<void> validateProjectName(const QString& name)
{
    if (name.isEmpty()) {
        return invalidInput(
            QCoreApplication::translate("NameRules", "The project name is empty: enter 1 to %1 characters.")
                .arg(kMaxLength));
    }
    const int length = static_cast<int>(codePointCount(name));
    if (length > kMaxLength) {
        return invalidInput(QCoreApplication::translate("NameRules",
            "The project name is %n characters long; a project name may have at most %1 "
            "characters.",
            nullptr, length)
                                .arg(kMaxLength));
    }
    bool allBlank = true;
    qsizetype position = 1;
    for (qsizetype i = 0; i < name.size(); ++position) {
        const CodePoint codePoint = codePointAt(name, i);
        if (codePoint.unpairedSurrogate) {
            return invalidInput(QCoreApplication::translate("NameRules",
                "The project name contains a broken character (%1) at position %2: type the name "
                "again.")
                                    .arg(codePointLabel(codePoint.value), QString::number(position)));
        }
        if (isProjectNameBreaker(codePoint)) {
            return invalidInput(
                QCoreApplication::translate("NameRules",
                    "The project name may not contain control characters or line breaks: '%1' "
                    "contains %2 at position %3.")
                    .arg(displayText(name), codePointLabel(codePoint.value), QString::number(position)));
        }
        allBlank = allBlank && isBlank(codePoint);
        i += codePoint.units;
    }
    if (allBlank) {
        return invalidInput(QCoreApplication::translate("NameRules",
            "The project name contains only spaces or invisible characters: enter a visible "
            "name."));
    }
    if (QChar::isSpace(codePointAt(name, 0).value)) {
        return invalidInput(QCoreApplication::translate(
            "NameRules", "The project name starts with a space: remove the spaces before '%1'.")
                                .arg(displayText(QStringView(name).trimmed())));
    }
    if (name.back().isSpace()) {
        return invalidInput(QCoreApplication::translate(
            "NameRules", "The project name ends with a space: remove the spaces after '%1'.")
                                .arg(displayText(QStringView(name).trimmed())));
    }
    return Result<void>::success();
}

} // namespace NameRules
