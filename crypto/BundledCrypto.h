#pragma once

// The installed BotVault carries its own QCA (Debian 12 has none for Qt 6): the library sits in a
// private folder that the binaries' RUNPATH names, and its OpenSSL provider plugin in "crypto/"
// below it (docs/ARCHITECTURE.md, "Installation").
namespace BundledCrypto {

// Adds the private folder, found relative to the running binary, to the paths QCA searches for
// provider plugins. Call it after the QCoreApplication exists and before the first cryptographic
// operation. In the build folder that folder does not exist, and QCA's own plugin path serves.
void usePrivatePlugins();

} // namespace BundledCrypto
