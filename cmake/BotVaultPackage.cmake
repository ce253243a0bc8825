# The Debian package: `scripts/package.sh` (docs/INSTALL.md) builds a release tree and runs
# `cpack -G DEB` on it. The package holds exactly what cmake/BotVaultInstall.cmake installs, plus
# the copyright file, the changelog and the maintainer scripts of cmake/debian/.

set(BOTVAULT_PACKAGE_MAINTAINER "BotVault developers <maintainers@botvault.example>" CACHE STRING
    "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME botvault)
set(CPACK_PACKAGE_VENDOR "The BotVault developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "encrypted vault for the secrets and variables of chatbot projects")
# The extended description, wrapped for dpkg (lines under 80 characters).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "BotVault keeps the configuration of chatbot projects that must not live in"
    "their source code: secrets such as API keys and passwords (write-only,"
    "masked), and environment variables that change often, in an encrypted local"
    "vault unlocked with one master password. It publishes a project's secrets and"
    "variables to the bot platform, deploys them to channels and moves projects as"
    "ZIP archives or .env files."
    "The package holds the desktop application (botvault), the command-line tool"
    "(botvault-cli) and the reference platform server (botvault-server) with its"
    "systemd service.")
set(CPACK_PACKAGE_CONTACT "${BOTVAULT_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BOTVAULT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${BOTVAULT_HOMEPAGE_URL}")
# Depends: computed by dpkg-shlibdeps from the binaries and the private QCA they link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_INSTALL_PREFIX}/${BOTVAULT_BUNDLED_LIBRARY_DIR}")
# Qt's own dialogs and messages in Russian; BotVault's translations are compiled in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "systemd")
# A Debian revision: the packaging is separate from the upstream version.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/cmake/debian/postinst;${PROJECT_SOURCE_DIR}/cmake/debian/postrm")

# Debian wants the copyright file and the changelog in /usr/share/doc/botvault.
set(_botvault_changelog "${PROJECT_BINARY_DIR}/debian/changelog.Debian")
configure_file("${PROJECT_SOURCE_DIR}/cmake/debian/changelog.in" "${_botvault_changelog}" @ONLY)
add_custom_command(OUTPUT "${_botvault_changelog}.gz"
    COMMAND gzip -9nkf "${_botvault_changelog}"
    DEPENDS "${_botvault_changelog}"
    VERBATIM)
add_custom_target(botvault_debian_changelog ALL DEPENDS "${_botvault_changelog}.gz")
install(FILES "${_botvault_changelog}.gz" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/botvault)
install(FILES "${PROJECT_SOURCE_DIR}/cmake/debian/copyright" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/botvault)

include(CPack)
