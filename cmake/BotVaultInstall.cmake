# Installation (docs/INSTALL.md): `cmake --install <build> --prefix DIR` gives a tree that runs from
# DIR with nothing from the build folder; scripts/package.sh packs the same tree as a .deb.
#
#   bin/                                  botvault, botvault-cli, botvault-server
#   lib/…/botvault/                        the private QCA and crypto/libqca-ossl.so (Debian 12 has no
#                                          QCA for Qt 6); the binaries' RUNPATH names this folder
#   share/applications, metainfo, icons   the desktop entry, AppStream metadata, hicolor icons
#   share/man/man1, man8                  manual pages generated from each binary's --help
#   share/bash-completion, zsh, fish      shell completions of botvault-cli
#   lib/systemd/system, sysusers.d        the botvault-server service and its system user
#
# The translations are compiled into the binaries (:/i18n), so nothing is installed for them.

set(BOTVAULT_APP_ID io.botvault.BotVault)
set(BOTVAULT_HOMEPAGE_URL "https://botvault.example" CACHE STRING
    "The project's home page; the AppStream metadata points at its screenshots/ folder")

set_target_properties(botvault botvault-cli botvault-server PROPERTIES
    INSTALL_RPATH "$ORIGIN/${BOTVAULT_BUNDLED_LIBRARY_DIR_FROM_BIN}")
install(TARGETS botvault botvault-cli botvault-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The private QCA: the library under its soname, and the one provider plugin BotVault uses.
get_target_property(_botvault_qca_library qca-qt6 IMPORTED_LOCATION_RELEASE)
get_target_property(_botvault_qca_soname qca-qt6 IMPORTED_SONAME_RELEASE)
get_filename_component(_botvault_qca_libdir "${_botvault_qca_library}" DIRECTORY)
install(FILES "${_botvault_qca_library}" RENAME "${_botvault_qca_soname}"
    DESTINATION ${BOTVAULT_BUNDLED_LIBRARY_DIR}
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES "${_botvault_qca_libdir}/qca-qt6/crypto/libqca-ossl.so"
    DESTINATION ${BOTVAULT_BUNDLED_LIBRARY_DIR}/crypto
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# CPack's CPACK_STRIP_FILES (and `cmake --install --strip`) strip only the targets built here.
install(CODE "
    if(CMAKE_INSTALL_DO_STRIP)
        foreach(library libqca-qt6.so.2 crypto/libqca-ossl.so)
            execute_process(COMMAND \"${CMAKE_STRIP}\" --strip-unneeded
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${BOTVAULT_BUNDLED_LIBRARY_DIR}/\${library}\")
        endforeach()
    endif()")

# Desktop integration.
set(_botvault_desktop_dir "${PROJECT_SOURCE_DIR}/app/gui/desktop")
install(FILES "${_botvault_desktop_dir}/${BOTVAULT_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file("${_botvault_desktop_dir}/${BOTVAULT_APP_ID}.metainfo.xml.in"
    "${PROJECT_BINARY_DIR}/desktop/${BOTVAULT_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/desktop/${BOTVAULT_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${_botvault_desktop_dir}/${BOTVAULT_APP_ID}.svg"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(_size 16 24 32 48 64 128 256 512)
    install(FILES "${_botvault_desktop_dir}/icons/${_size}.png"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
        RENAME ${BOTVAULT_APP_ID}.png)
endforeach()

# Manual pages, generated from each binary's own --help and --version (plus the sections in
# docs/man/*.h2m), so they cannot drift from what the binary says. Not in sanitizer or fuzzing
# builds, which are never installed.
find_program(BOTVAULT_HELP2MAN help2man)
find_program(BOTVAULT_GZIP gzip)
if(BOTVAULT_HELP2MAN AND BOTVAULT_GZIP AND NOT BOTVAULT_ASAN AND NOT BOTVAULT_FUZZ)
    set(_botvault_man_pages "")
    foreach(_page IN ITEMS "botvault 1" "botvault-cli 1" "botvault-server 8")
        string(REPLACE " " ";" _page "${_page}")
        list(GET _page 0 _program)
        list(GET _page 1 _section)
        set(_include "${PROJECT_SOURCE_DIR}/docs/man/${_program}.h2m")
        set(_output "${PROJECT_BINARY_DIR}/man/${_program}.${_section}.gz")
        add_custom_command(OUTPUT "${_output}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/man"
            # HOME=~: the default paths in --help read "~/.local/share/…", not the build machine's home.
            COMMAND ${CMAKE_COMMAND} -E env --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME "HOME=~" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
                "${BOTVAULT_HELP2MAN}" --no-info --section=${_section} --include=${_include}
                --output=${PROJECT_BINARY_DIR}/man/${_program}.${_section} $<TARGET_FILE:${_program}>
            COMMAND "${BOTVAULT_GZIP}" -9nf "${PROJECT_BINARY_DIR}/man/${_program}.${_section}"
            DEPENDS ${_program} "${_include}"
            COMMENT "Generating the manual page ${_program}(${_section})"
            VERBATIM)
        list(APPEND _botvault_man_pages "${_output}")
        install(FILES "${_output}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man${_section})
    endforeach()
    add_custom_target(botvault_man_pages ALL DEPENDS ${_botvault_man_pages})
elseif(NOT BOTVAULT_ASAN AND NOT BOTVAULT_FUZZ)
    message(WARNING "help2man or gzip not found: no manual pages are built or installed (scripts/setup.sh installs help2man)")
endif()

# Completions of botvault-cli for bash, zsh and fish, generated from its own --help like the manual
# pages (app/cli/completions/generate.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND AND NOT BOTVAULT_ASAN AND NOT BOTVAULT_FUZZ)
    set(_botvault_completions_dir "${PROJECT_BINARY_DIR}/completions")
    set(_botvault_completions
        "${_botvault_completions_dir}/botvault-cli" "${_botvault_completions_dir}/_botvault-cli"
        "${_botvault_completions_dir}/botvault-cli.fish")
    add_custom_command(OUTPUT ${_botvault_completions}
        COMMAND ${CMAKE_COMMAND} -E make_directory "${_botvault_completions_dir}"
        COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/app/cli/completions/generate.py"
            $<TARGET_FILE:botvault-cli> "${_botvault_completions_dir}"
        DEPENDS botvault-cli "${PROJECT_SOURCE_DIR}/app/cli/completions/generate.py"
        COMMENT "Generating the shell completions of botvault-cli"
        VERBATIM)
    add_custom_target(botvault_completions ALL DEPENDS ${_botvault_completions})
    install(FILES "${_botvault_completions_dir}/botvault-cli" DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
    install(FILES "${_botvault_completions_dir}/_botvault-cli" DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
    install(FILES "${_botvault_completions_dir}/botvault-cli.fish" DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
endif()

# The reference server as a service: its unit and its system user.
install(FILES "${PROJECT_SOURCE_DIR}/app/server/systemd/botvault-server.service"
    DESTINATION lib/systemd/system)
install(FILES "${PROJECT_SOURCE_DIR}/app/server/systemd/botvault-server.sysusers"
    DESTINATION lib/sysusers.d RENAME botvault-server.conf)

# The licences are in the copyright file that cmake/BotVaultPackage.cmake installs.
