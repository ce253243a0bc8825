#pragma once

#include <QString>

// Who last wrote an item, as the vault records it. A write made here records the vault's actor;
// a value taken from the platform (a pull, or the platform's side of a conflict) records the
// platform login that wrote it there, marked so that the page can tell the two apart.
namespace ItemAuthor {

// The recorded author of a value that `login` wrote on the platform.
QString fromPlatform(const QString& login);
// Whether `author` was recorded by fromPlatform().
bool isFromPlatform(const QString& author);
// The author as a person reads it: "ann (platform)" for a platform login, the actor otherwise.
QString displayText(const QString& author);

} // namespace ItemAuthor
