#include "server/StrictJson.h"

#include "server/ServerLimits.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool inRange(uchar byte, uchar low, uchar high)
{
    return byte >= low && byte <= high;
}

// The length of the well-formed UTF-8 sequence (Unicode table 3-7: no overlong form, no surrogate,
// nothing above U+10FFFF) that starts at `text`, or 0.
int utf8SequenceLength(const char* text, qsizetype available)
{
    const auto byteAt = [text](int i) { return static_cast<uchar>(text[i]); };
    const uchar lead = byteAt(0);
    int length = 0;
    uchar secondLow = 0x80;
    uchar secondHigh = 0xbf;
    if (inRange(lead, 0xc2, 0xdf)) {
        length = 2;
    } else if (inRange(lead, 0xe0, 0xef)) {
        length = 3;
        secondLow = lead == 0xe0 ? 0xa0 : 0x80;
        secondHigh = lead == 0xed ? 0x9f : 0xbf;
    } else if (inRange(lead, 0xf0, 0xf4)) {
        length = 4;
        secondLow = lead == 0xf0 ? 0x90 : 0x80;
        secondHigh = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        return 0;
    }
    if (available < length || !inRange(byteAt(1), secondLow, secondHigh)) {
        return 0;
    }
    for (int i = 2; i < length; ++i) {
        if (!inRange(byteAt(i), 0x80, 0xbf)) {
            return 0;
        }
    }
    return length;
}

char32_t decodeUtf8(const char* text, int length)
{
    const auto byteAt = [text](int i) { return static_cast<char32_t>(static_cast<uchar>(text[i])); };
    static constexpr char32_t kLeadMask[] = {0, 0x7f, 0x1f, 0x0f, 0x07};
    char32_t codePoint = byteAt(0) & kLeadMask[length];
    for (int i = 1; i < length; ++i) {
        codePoint = (codePoint << 6) | (byteAt(i) & 0x3f);
    }
    return codePoint;
}

// A recursive-descent reader of RFC 8259 JSON text with the extra rules of StrictJson.h. The first
// problem stops it; its message says what was wrong at which byte offset, never what stood there.
class Reader
{
public:
    explicit Reader(const QByteArray& body) : m_body(body) { }

    Result<QJsonObject> readDocument();

private:
    bool fail(const QString& why, qsizetype offset);
    bool atEnd() const { return m_position >= m_body.size(); }
    char current() const { return atEnd() ? '\0' : m_body.at(m_position); }
    void skipWhitespace();
    bool expect(char c, const QString& what);

    bool readValue(QJsonValue* value);
    bool readObject(QJsonValue* value);
    bool readMembers(QList<std::pair<QString, QJsonValue>>* members);
    bool readArray(QJsonValue* value);
    bool readLiteral(QJsonValue* value);
    bool readNumber(QJsonValue* value);
    bool readString(QString* text);
    bool readEscape(QString* text);
    bool readUnicodeEscape(char16_t* unit);
    bool readUtf8(QString* text);

    const QByteArray& m_body;
    qsizetype m_position = 0;
    int m_depth = 0;
    std::optional<Error> m_error;
};

bool Reader::fail(const QString& why, qsizetype offset)
{
    if (!m_error) {
        m_error = makeError(ErrorCode::InvalidInput,
            QStringLiteral("The body must be one JSON object in UTF-8: %1 at offset %2.").arg(why).arg(offset));
    }
    return false;
}

void Reader::skipWhitespace()
{
    while (!atEnd()) {
        const char c = current();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            return;
        }
        ++m_position;
    }
}

bool Reader::expect(char c, const QString& what)
{
    skipWhitespace();
    if (current() != c) {
        return fail(atEnd() ? QStringLiteral("the body ends where %1 should be").arg(what)
                            : QStringLiteral("%1 is missing").arg(what),
            m_position);
    }
    ++m_position;
    return true;
}

Result<QJsonObject> Reader::readDocument()
{
    if (m_body.startsWith("\xef\xbb\xbf")) {
        fail(QStringLiteral("a byte order mark (U+FEFF) precedes the JSON text, which RFC 8259 does not allow"), 0);
        return *m_error;
    }
    skipWhitespace();
    if (atEnd()) {
        fail(QStringLiteral("the body holds no JSON value"), m_position);
        return *m_error;
    }
    if (current() != '{') {
        fail(QStringLiteral("the top level is not an object"), m_position);
        return *m_error;
    }
    QJsonValue object;
    if (!readObject(&object)) {
        return *m_error;
    }
    skipWhitespace();
    if (!atEnd()) {
        fail(QStringLiteral("more text follows the end of the object"), m_position);
        return *m_error;
    }
    return object.toObject();
}

bool Reader::readValue(QJsonValue* value)
{
    skipWhitespace();
    switch (current()) {
    case '{':
        return readObject(value);
    case '[':
        return readArray(value);
    case '"': {
        QString text;
        if (!readString(&text)) {
            return false;
        }
        *value = text;
        return true;
    }
    case 't':
    case 'f':
    case 'n':
        return readLiteral(value);
    default:
        if (current() == '-' || isDigit(current())) {
            return readNumber(value);
        }
        return fail(atEnd() ? QStringLiteral("the body ends where a value should be")
                            : QStringLiteral("a value is missing or is not JSON"),
            m_position);
    }
}

bool Reader::readObject(QJsonValue* value)
{
    if (++m_depth > StrictJson::kMaxDepth) {
        return fail(
            QStringLiteral("objects and arrays nest deeper than %1 levels").arg(StrictJson::kMaxDepth), m_position);
    }
    ++m_position; // '{'
    QList<std::pair<QString, QJsonValue>> members;
    if (!readMembers(&members)) {
        return false;
    }
    // QJsonObject keeps its keys sorted and inserts in the middle by moving the rest, so members
    // arriving in reverse order would cost quadratic time; in order, each insert appends.
    std::stable_sort(
        members.begin(), members.end(), [](const auto& left, const auto& right) { return left.first < right.first; });
    QJsonObject object;
    for (auto& member : members) {
        object.insert(member.first, std::move(member.second));
    }
    *value = object;
    --m_depth;
    return true;
}

bool Reader::readMembers(QList<std::pair<QString, QJsonValue>>* members)
{
    skipWhitespace();
    if (current() == '}') {
        ++m_position;
        return true;
    }
    QSet<QString> keys;
    while (true) {
        skipWhitespace();
        if (current() != '"') {
            return fail(atEnd() ? QStringLiteral("the body ends where a key should be")
                                : QStringLiteral("a key (a string in double quotes) is missing"),
                m_position);
        }
        const qsizetype keyOffset = m_position;
        QString key;
        if (!readString(&key)) {
            return false;
        }
        if (keys.contains(key)) {
            return fail(QStringLiteral("the key '%1' appears twice in one object").arg(key.left(64)), keyOffset);
        }
        keys.insert(key);
        QJsonValue member;
        if (!expect(':', QStringLiteral("the ':' after a key")) || !readValue(&member)) {
            return false;
        }
        members->append({key, std::move(member)});
        skipWhitespace();
        if (current() == '}') {
            ++m_position;
            return true;
        }
        if (!expect(',', QStringLiteral("a ',' or '}' after a member"))) {
            return false;
        }
    }
}

bool Reader::readArray(QJsonValue* value)
{
    if (++m_depth > StrictJson::kMaxDepth) {
        return fail(
            QStringLiteral("objects and arrays nest deeper than %1 levels").arg(StrictJson::kMaxDepth), m_position);
    }
    ++m_position; // '['
    QJsonArray array;
    skipWhitespace();
    if (current() == ']') {
        ++m_position;
    } else {
        while (true) {
            QJsonValue element;
            if (!readValue(&element)) {
                return false;
            }
            array.append(element);
            skipWhitespace();
            if (current() == ']') {
                ++m_position;
                break;
            }
            if (!expect(',', QStringLiteral("a ',' or ']' after an element"))) {
                return false;
            }
        }
    }
    *value = array;
    --m_depth;
    return true;
}

bool Reader::readLiteral(QJsonValue* value)
{
    static const std::pair<QByteArrayView, QJsonValue> kLiterals[]
        = {{"true", QJsonValue(true)}, {"false", QJsonValue(false)}, {"null", QJsonValue(QJsonValue::Null)}};
    const QByteArrayView rest = QByteArrayView(m_body).sliced(m_position);
    for (const auto& [spelling, literal] : kLiterals) {
        if (rest.startsWith(spelling)) {
            *value = literal;
            m_position += spelling.size();
            return true;
        }
    }
    return fail(QStringLiteral("a value is missing or is not JSON"), m_position);
}

// Every number of the API is an integer, so only the plain spelling of one within ±(2^53 − 1) is
// taken: `1.0`, `1e0` and `-0` are valid JSON but would pass for an id or revision they do not spell.
bool Reader::readNumber(QJsonValue* value)
{
    const qsizetype start = m_position;
    const bool negative = current() == '-';
    if (negative) {
        ++m_position;
    }
    const qsizetype digitsStart = m_position;
    while (isDigit(current())) {
        ++m_position;
    }
    const qsizetype digitCount = m_position - digitsStart;
    if (digitCount == 0 || (digitCount > 1 && m_body.at(digitsStart) == '0')) {
        return fail(QStringLiteral("a number is malformed (no digits, or a leading zero)"), start);
    }
    if (current() == '.' || current() == 'e' || current() == 'E') {
        return fail(QStringLiteral("a number has a fraction or an exponent; the API takes only integers, "
                                   "written as plain digits"),
            start);
    }
    if (negative && digitCount == 1 && m_body.at(digitsStart) == '0') {
        return fail(QStringLiteral("the number -0 is not an integer the API takes; write 0"), start);
    }
    const qint64 magnitude = digitCount > 16 ? -1 : m_body.mid(digitsStart, digitCount).toLongLong();
    if (magnitude < 0 || magnitude > ServerLimits::kMaxJsonInteger) {
        return fail(QStringLiteral("an integer lies outside -(2^53-1) to 2^53-1"), start);
    }
    *value = QJsonValue(negative ? -magnitude : magnitude);
    return true;
}

bool Reader::readString(QString* text)
{
    const qsizetype start = m_position;
    ++m_position; // the opening quote
    while (true) {
        const qsizetype runStart = m_position;
        while (!atEnd()) {
            const auto byte = static_cast<uchar>(current());
            if (byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\') {
                break;
            }
            ++m_position;
        }
        text->append(QLatin1String(m_body.constData() + runStart, m_position - runStart));
        if (atEnd()) {
            return fail(QStringLiteral("a string is not closed"), start);
        }
        const auto byte = static_cast<uchar>(current());
        if (byte == '"') {
            ++m_position;
            return true;
        }
        if (byte < 0x20) {
            return fail(QStringLiteral("a string holds a control character (U+0000 to U+001F) that is not "
                                       "escaped; write it as \\n, \\t, \\u0000 and so on"),
                m_position);
        }
        if (!(byte == '\\' ? readEscape(text) : readUtf8(text))) {
            return false;
        }
    }
}

bool Reader::readEscape(QString* text)
{
    const qsizetype start = m_position;
    const char escape = m_position + 1 < m_body.size() ? m_body.at(m_position + 1) : '\0';
    static constexpr std::pair<char, char16_t> kSimpleEscapes[] = {
        {'"', u'"'}, {'\\', u'\\'}, {'/', u'/'}, {'b', u'\b'}, {'f', u'\f'}, {'n', u'\n'}, {'r', u'\r'}, {'t', u'\t'}};
    for (const auto& [letter, character] : kSimpleEscapes) {
        if (escape == letter) {
            text->append(QChar(character));
            m_position += 2;
            return true;
        }
    }
    if (escape != 'u') {
        return fail(QStringLiteral("a string holds an invalid escape; after a backslash only \" \\ / b f n r t "
                                   "or u with four hexadecimal digits may follow"),
            start);
    }
    char16_t unit = 0;
    if (!readUnicodeEscape(&unit)) {
        return false;
    }
    if (QChar::isLowSurrogate(unit)) {
        return fail(QStringLiteral("a string holds a lone UTF-16 surrogate"), start);
    }
    if (QChar::isHighSurrogate(unit)) {
        char16_t low = 0;
        const bool pairFollows = m_body.mid(m_position, 2) == "\\u";
        if (!pairFollows || !readUnicodeEscape(&low) || !QChar::isLowSurrogate(low)) {
            m_error.reset(); // a malformed second escape is reported as what it breaks: the pair
            return fail(QStringLiteral("a string holds a lone UTF-16 surrogate"), start);
        }
        text->append(QChar(unit));
        unit = low;
    }
    text->append(QChar(unit));
    return true;
}

// Reads `\uXXXX` at the current position into `unit` and moves past it.
bool Reader::readUnicodeEscape(char16_t* unit)
{
    int code = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = m_position + i < m_body.size() ? hexValue(m_body.at(m_position + i)) : -1;
        if (digit < 0) {
            return fail(QStringLiteral("a \\u escape needs four hexadecimal digits"), m_position);
        }
        code = code * 16 + digit;
    }
    *unit = static_cast<char16_t>(code);
    m_position += 6;
    return true;
}

// One multi-byte UTF-8 character, decoded here rather than by QString::fromUtf8, which would drop
// a U+FEFF at the start of a value.
bool Reader::readUtf8(QString* text)
{
    const int length = utf8SequenceLength(m_body.constData() + m_position, m_body.size() - m_position);
    if (length == 0) {
        return fail(QStringLiteral("a string is not valid UTF-8"), m_position);
    }
    const char32_t codePoint = decodeUtf8(m_body.constData() + m_position, length);
    text->append(QStringView(QChar::fromUcs4(codePoint)));
    m_position += length;
    return true;
}

} // namespace

namespace StrictJson {

Result<QJsonObject> parseObject(const QByteArray& body)
{
    return Reader(body).readDocument();
}

} // namespace StrictJson
