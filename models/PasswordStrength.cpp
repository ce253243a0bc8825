#include "models/PasswordStrength.h"

#include <QCoreApplication>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace {

// Lower-case, most common first; from the published top-100 lists of leaked passwords. A password
// that is one of these, or one of these with a few digits or symbols around it, is guessed first.
constexpr std::string_view kCommonPasswords[] = {"123456", "password", "12345678", "qwerty", "123456789", "12345",
    "1234", "111111", "1234567", "dragon", "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969",
    "shadow", "master", "666666", "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman",
    "1qaz2wsx", "7777777", "121212", "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer",
    "zxcvbnm", "asdfgh", "hunter", "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou",
    "2000", "charlie", "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george",
    "computer", "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777",
    "pass", "maggie", "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer", "love",
    "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321", "dallas", "austin", "thunder",
    "taylor", "matrix", "admin", "welcome", "login", "passw0rd", "password1", "qwerty123", "secret", "changeme",
    "default", "root", "test", "guest", "hello", "flower", "whatever", "dragon1", "football1", "baseball1", "1q2w3e4r",
    "1q2w3e", "q1w2e3r4", "asdf", "asdfghjkl", "qwer", "azerty", "solo", "starwars1", "letmein1", "welcome1",
    "iloveyou1", "monkey1", "password123", "admin123", "abcdef", "abcd1234", "123abc", "zaq12wsx", "mypassword",
    "passpass", "shadow1", "master1", "superman1"};

bool isCommon(const QString& lowered)
{
    const QByteArray latin = lowered.toLatin1();
    const std::string_view candidate(latin.constData(), static_cast<size_t>(latin.size()));
    return std::find(std::begin(kCommonPasswords), std::end(kCommonPasswords), candidate) != std::end(kCommonPasswords);
}

// "P@ssw0rd" is guessed as soon as "password" is: undo the usual substitutions.
QString undoSubstitutions(const QString& lowered)
{
    QString plain = lowered;
    for (QChar& c : plain) {
        switch (c.unicode()) {
        case u'0':
            c = u'o';
            break;
        case u'1':
        case u'!':
            c = u'i';
            break;
        case u'3':
            c = u'e';
            break;
        case u'4':
        case u'@':
            c = u'a';
            break;
        case u'5':
        case u'$':
            c = u's';
            break;
        case u'7':
            c = u't';
            break;
        default:
            break;
        }
    }
    return plain;
}

bool isDigitOrSymbol(QChar c)
{
    return c.isDigit() || c.isPunct() || c.isSymbol() || c.isSpace();
}

enum class Commonness
{
    None,
    Exact, // one of the list (possibly with l33t substitutions)
    Decorated, // one of the list with up to four digits or symbols before or after it
};

Commonness commonness(const QString& password)
{
    const QString lowered = password.toLower();
    if (isCommon(lowered) || isCommon(undoSubstitutions(lowered))) {
        return Commonness::Exact;
    }
    qsizetype start = 0;
    qsizetype end = lowered.size();
    while (start < end && isDigitOrSymbol(lowered.at(start))) {
        ++start;
    }
    while (end > start && isDigitOrSymbol(lowered.at(end - 1))) {
        --end;
    }
    const qsizetype added = lowered.size() - (end - start);
    if (added == 0 || added > 4 || end - start < 4) {
        return Commonness::None;
    }
    const QString core = lowered.mid(start, end - start);
    if (isCommon(core) || isCommon(undoSubstitutions(core))) {
        return Commonness::Decorated;
    }
    return Commonness::None;
}

struct Analysis
{
    qsizetype length = 0; // in code points
    double effectiveLength = 0; // repeated and sequential characters count for little
    int classes = 0;
    int poolSize = 0;
    bool mostlyPattern = false;
};

// The smallest unit the whole password repeats ("abcabcabc" → 3), or its length when it does not.
qsizetype repeatingUnit(const QList<uint>& codePoints)
{
    const qsizetype n = codePoints.size();
    for (qsizetype unit = 1; unit <= n / 2; ++unit) {
        if (n % unit != 0) {
            continue;
        }
        bool repeats = true;
        for (qsizetype i = unit; i < n && repeats; ++i) {
            repeats = codePoints.at(i) == codePoints.at(i - unit);
        }
        if (repeats) {
            return unit;
        }
    }
    return n;
}

Analysis analyse(const QString& password)
{
    Analysis result;
    const QList<uint> codePoints = password.toUcs4();
    result.length = codePoints.size();

    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    bool other = false;
    for (const uint c : codePoints) {
        if (c >= 'a' && c <= 'z') {
            lower = true;
        } else if (c >= 'A' && c <= 'Z') {
            upper = true;
        } else if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c < 0x80) {
            symbol = true;
        } else {
            other = true;
        }
    }
    result.classes = int(lower) + int(upper) + int(digit) + int(symbol) + int(other);
    result.poolSize = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);

    // A character that repeats the previous one or continues a run ("abc", "987") adds little.
    constexpr double kPatternWeight = 0.2;
    double effective = 0;
    int patterned = 0;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        bool pattern = false;
        if (i > 0) {
            const qint64 step = qint64(codePoints.at(i)) - qint64(codePoints.at(i - 1));
            pattern = step == 0 || step == 1 || step == -1;
        }
        effective += pattern ? kPatternWeight : 1.0;
        patterned += pattern ? 1 : 0;
    }
    // A whole password that repeats a shorter unit is as strong as the unit and a little more.
    const qsizetype unit = repeatingUnit(codePoints);
    if (unit < result.length) {
        effective = std::min(effective, double(unit) + kPatternWeight * double(result.length - unit));
        patterned = int(result.length - unit);
    }
    result.effectiveLength = effective;
    result.mostlyPattern = result.length > 2 && patterned * 2 >= result.length;
    return result;
}

QString verdict(int score, const QString& advice)
{
    switch (score) {
    case 0:
        return QCoreApplication::translate("PasswordStrength", "Very weak: %1").arg(advice);
    case 1:
        return QCoreApplication::translate("PasswordStrength", "Weak: %1").arg(advice);
    case 2:
        return QCoreApplication::translate("PasswordStrength", "Fair: %1").arg(advice);
    case 3:
        return QCoreApplication::translate("PasswordStrength", "Good: %1").arg(advice);
    default:
        return QCoreApplication::translate("PasswordStrength", "Strong");
    }
}

constexpr qsizetype kRecommendedLength = 12;

} // namespace

PasswordStrength estimatePasswordStrength(const QString& password)
{
    if (password.isEmpty()) {
        return {0, verdict(0, QCoreApplication::translate("PasswordStrength", "the password is empty."))};
    }
    switch (commonness(password)) {
    case Commonness::Exact:
        return {0,
            verdict(0, QCoreApplication::translate("PasswordStrength", "this is one of the most common passwords."))};
    case Commonness::Decorated:
        return {1,
            verdict(1,
                QCoreApplication::translate(
                    "PasswordStrength", "a common password with a few characters added is guessed early."))};
    case Commonness::None:
        break;
    }

    const Analysis analysis = analyse(password);
    const double bits = analysis.effectiveLength * std::log2(double(std::max(analysis.poolSize, 2)));
    int score = 0;
    if (bits >= 80) {
        score = 4;
    } else if (bits >= 60) {
        score = 3;
    } else if (bits >= 40) {
        score = 2;
    } else if (bits >= 28) {
        score = 1;
    }
    // Short passwords fall to brute force whatever their alphabet.
    if (analysis.length < 8) {
        score = std::min(score, 1);
    }
    if (score == PasswordStrength::kMaxScore) {
        return {score, verdict(score, {})};
    }

    QString advice;
    if (analysis.mostlyPattern) {
        advice = QCoreApplication::translate(
            "PasswordStrength", "avoid repeated characters and sequences such as 'aaa' or 'abc'.");
    } else if (analysis.length < kRecommendedLength) {
        advice = QCoreApplication::translate("PasswordStrength",
            "use at least 12 characters; a few unrelated words make a long password easy to remember.");
    } else if (analysis.classes < 3) {
        advice = QCoreApplication::translate(
            "PasswordStrength", "make it longer or mix upper- and lower-case letters, digits and symbols.");
    } else {
        advice = QCoreApplication::translate("PasswordStrength", "make it a little longer.");
    }
    return {score, verdict(score, advice)};
}
