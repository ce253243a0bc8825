#pragma once

#include "models/SecretValue.h"

#include <QString>

// A secret whose value was last replaced long ago, for the rotation tests: the vault only ever
// stamps "now", and a test cannot wait 90 days. Rewrites the sealed record of every secret named
// `name` (in any project) in the vault at `path` with its rotation time moved `days` into the past;
// false with *error set when the vault does not open or no secret of that name exists.
namespace BackdatedSecret {

bool backdate(const QString& path, const SecretValue& password, const QString& name, int days, QString* error);

} // namespace BackdatedSecret
