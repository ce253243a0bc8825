#include "models/PasswordGenerator.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtCrypto>

#include <algorithm>

namespace {

const QString kLowercase = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
const QString kUppercase = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString kDigits = QStringLiteral("0123456789");
// No quotes, backslash or space: the value may end up in a shell line or a .env file.
const QString kSymbols = QStringLiteral("!#$%&()*+,-./:;<=>?@[]^_{|}~");

QStringList chosenSets(const PasswordGenerator::Options& options)
{
    QStringList sets;
    if (options.lowercase) {
        sets << kLowercase;
    }
    if (options.uppercase) {
        sets << kUppercase;
    }
    if (options.digits) {
        sets << kDigits;
    }
    if (options.symbols) {
        sets << kSymbols;
    }
    return sets;
}

// A uniform index below `bound` (at most 256): random bytes above the largest multiple of `bound`
// are drawn again, so no character is likelier than another.
int uniformIndex(int bound)
{
    const int limit = 256 - 256 % bound;
    for (;;) {
        const int byte = static_cast<unsigned char>(QCA::Random::randomChar());
        if (byte < limit) {
            return byte % bound;
        }
    }
}

bool containsEverySet(const QString& password, const QStringList& sets)
{
    for (const QString& set : sets) {
        const bool found = std::any_of(password.cbegin(), password.cend(), [&set](QChar c) { return set.contains(c); });
        if (!found) {
            return false;
        }
    }
    return true;
}

} // namespace

namespace PasswordGenerator {

QString alphabet(const Options& options)
{
    return chosenSets(options).join(QString());
}

Result<QString> generate(const Options& options)
{
    if (options.length < kMinLength || options.length > kMaxLength) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PasswordGenerator", "The length must be between %1 and %2 characters.")
                .arg(kMinLength)
                .arg(kMaxLength));
    }
    const QStringList sets = chosenSets(options);
    if (sets.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PasswordGenerator", "Choose at least one set of characters."));
    }
    const QString characters = sets.join(QString());
    QString password;
    // With 8 or more characters a draw misses a chosen set rarely; drawing again keeps it uniform
    // over the passwords that hold every set.
    do {
        password.clear();
        for (int i = 0; i < options.length; ++i) {
            password.append(characters.at(uniformIndex(static_cast<int>(characters.size()))));
        }
    } while (!containsEverySet(password, sets));
    return password;
}

} // namespace PasswordGenerator
