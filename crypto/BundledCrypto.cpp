#include "crypto/BundledCrypto.h"

#include <QCoreApplication>
#include <QDir>

namespace BundledCrypto {

void usePrivatePlugins()
{
    const QString folder
        = QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" BOTVAULT_BUNDLED_LIBRARY_DIR));
    if (QDir(folder + QStringLiteral("/crypto")).exists()) {
        QCoreApplication::addLibraryPath(folder);
    }
}

} // namespace BundledCrypto
