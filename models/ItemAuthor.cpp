#include "models/ItemAuthor.h"

#include <QCoreApplication>

namespace {

// Never part of an actor's name: the vault's actors are local names without a colon.
const QString kPlatformPrefix = QStringLiteral("platform:");

} // namespace

namespace ItemAuthor {

QString fromPlatform(const QString& login)
{
    return kPlatformPrefix + login;
}

bool isFromPlatform(const QString& author)
{
    return author.startsWith(kPlatformPrefix) && author.size() > kPlatformPrefix.size();
}

QString displayText(const QString& author)
{
    if (!isFromPlatform(author)) {
        return author;
    }
    return QCoreApplication::translate("ItemAuthor", "%1 (platform)").arg(author.mid(kPlatformPrefix.size()));
}

} // namespace ItemAuthor
