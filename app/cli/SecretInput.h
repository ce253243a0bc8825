#pragma once

#include "models/Result.h"

#include <QString>
#include <QtCrypto>

#include <optional>

// Reading master passwords and secret values from files, standard input and the environment
// straight into secure memory, so they never pass through a QString or an ordinary QByteArray.
namespace SecretInput {

// The whole file, at most `maxBytes` (InvalidInput beyond that, NotFound when it does not exist).
Result<QCA::SecureArray> readFile(const QString& path, qsizetype maxBytes);

// Everything on standard input up to end of input, at most `maxBytes`.
Result<QCA::SecureArray> readStandardInput(qsizetype maxBytes);

// The variable's value when it is set and not empty.
std::optional<QCA::SecureArray> fromEnvironment(const char* variableName);

// Removes exactly one trailing "\n" or "\r\n": the line ending an editor or `echo` adds is not part
// of the value, but anything before it is.
void stripOneLineEnding(QCA::SecureArray& bytes);

} // namespace SecretInput
