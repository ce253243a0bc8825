#pragma once

#include "models/Result.h"

#include <QString>

// New tokens and passwords for the Add/Edit secret dialog: characters drawn uniformly from the
// chosen sets with the cryptographic random source (QCA::Random), never rand(), and at least one
// character of every chosen set.
namespace PasswordGenerator {

constexpr int kMinLength = 8;
constexpr int kMaxLength = 256;
constexpr int kDefaultLength = 32;

struct Options
{
    int length = kDefaultLength;
    bool lowercase = true;
    bool uppercase = true;
    bool digits = true;
    bool symbols = false;
};

// The characters `options` allows, in a fixed order.
QString alphabet(const Options& options);
// A length out of range or no character set is refused with the reason.
Result<QString> generate(const Options& options);

} // namespace PasswordGenerator
