#include "models/PasswordStrength.h"

#include <QByteArray>
#include <QCoreApplication>

#include <zxcvbn.h>

#include <algorithm>

namespace {

// zxcvbn's estimate, in bits, of how many guesses the password takes; the cut-offs between the
// five levels of the bar.
constexpr double kWeakBits = 28;
constexpr double kFairBits = 45;
constexpr double kGoodBits = 60;
constexpr double kStrongBits = 70;

struct Analysis
{
    double bits = 0;
    qsizetype length = 0; // in code points
    int classes = 0;
    bool wholeIsCommon = false; // one dictionary word, possibly with l33t substitutions
    bool containsCommon = false;
    bool mostlyPattern = false; // repeats, sequences and keyboard rows cover at least half
};

int characterClasses(const QString& password)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    bool other = false;
    for (const uint c : password.toUcs4()) {
        lower |= c >= 'a' && c <= 'z';
        upper |= c >= 'A' && c <= 'Z';
        digit |= c >= '0' && c <= '9';
        symbol |= c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9');
        other |= c >= 0x80;
    }
    return int(lower) + int(upper) + int(digit) + int(symbol) + int(other);
}

bool isDictionaryMatch(int type)
{
    const int base = type & ~MULTIPLE_MATCH;
    return base == DICTIONARY_MATCH || base == DICT_LEET_MATCH;
}

bool isPatternMatch(int type)
{
    const int base = type & ~MULTIPLE_MATCH;
    return base == REPEATS_MATCH || base == SEQUENCE_MATCH || base == SPATIAL_MATCH || (type & MULTIPLE_MATCH) != 0;
}

Analysis analyse(const QString& password)
{
    Analysis result;
    result.length = password.toUcs4().size();
    result.classes = characterClasses(password);
    QByteArray utf8 = password.toUtf8();
    ZxcMatch_t* matches = nullptr;
    result.bits = ZxcvbnMatch(utf8.constData(), nullptr, &matches);
    int patternBytes = 0;
    for (const ZxcMatch_t* match = matches; match != nullptr; match = match->Next) {
        if (isDictionaryMatch(match->Type)) {
            result.containsCommon = true;
            result.wholeIsCommon |= match->Begin == 0 && match->Length == utf8.size();
        }
        if (isPatternMatch(match->Type)) {
            patternBytes += match->Length;
        }
    }
    ZxcvbnFreeInfo(matches);
    // zxcvbn works on a copy we own: wipe it like every other copy of a password.
    utf8.fill('\0');
    result.mostlyPattern = utf8.size() > 2 && patternBytes * 2 >= utf8.size();
    return result;
}

int scoreOf(const Analysis& analysis)
{
    int score = 0;
    if (analysis.bits >= kStrongBits) {
        score = 4;
    } else if (analysis.bits >= kGoodBits) {
        score = 3;
    } else if (analysis.bits >= kFairBits) {
        score = 2;
    } else if (analysis.bits >= kWeakBits) {
        score = 1;
    }
    // Short passwords fall to brute force whatever their alphabet.
    if (analysis.length < 8) {
        score = std::min(score, 1);
    }
    return score;
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
    const Analysis analysis = analyse(password);
    const int score = scoreOf(analysis);
    if (score == PasswordStrength::kMaxScore) {
        return {score, verdict(score, {})};
    }

    QString advice;
    if (analysis.wholeIsCommon) {
        advice = QCoreApplication::translate("PasswordStrength", "this is one of the most common passwords.");
    } else if (analysis.containsCommon && score <= 1) {
        advice = QCoreApplication::translate(
            "PasswordStrength", "a common password with a few characters added is guessed early.");
    } else if (analysis.mostlyPattern) {
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
