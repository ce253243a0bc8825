# Translations (docs/TRANSLATIONS.md). Included at the end of the top-level CMakeLists.txt, once
# every target exists, because lupdate must see the sources of all of them.
#
#   cmake --build <build> --target update_translations    extracts the tr() texts into the .ts files
#   building botvault_ui                                  runs lrelease and embeds the .qm files
#
# The .qm files are embedded in botvault_ui under :/i18n (Translations::resourcePath()).
#
# Qt 6.4's qt_add_translations() scans the sources of one target only (SOURCE_TARGETS arrived in
# Qt 6.7), so the sources of every target with user-visible texts are collected here and passed as
# SOURCES. They are read at configure time: a file added to a target's list is picked up by the
# reconfiguration that the edited CMakeLists.txt triggers.

set(BOTVAULT_TRANSLATION_TARGETS
    botvault_models botvault_crypto botvault_storage botvault_sync botvault_server botvault_ui
    botvault_cli botvault-cli botvault botvault-server)
set(BOTVAULT_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/botvault_en.ts
    ${PROJECT_SOURCE_DIR}/translations/botvault_ru.ts)
# -no-obsolete: a message no longer in the code leaves the .ts files, so they list exactly what is
# used. -locations none: line numbers would change the .ts files on every unrelated edit.
# scripts/check-translations.sh runs lupdate with the same options.
set(BOTVAULT_LUPDATE_OPTIONS -no-obsolete -locations none)

set(_botvault_translation_sources "")
foreach(_target IN LISTS BOTVAULT_TRANSLATION_TARGETS)
    if(NOT TARGET ${_target})
        continue()
    endif()
    get_target_property(_dir ${_target} SOURCE_DIR)
    get_target_property(_sources ${_target} SOURCES)
    foreach(_source IN LISTS _sources)
        # Skip generator expressions, resources and generated files (moc, uic, rcc output).
        if(_source MATCHES "\\$<" OR NOT _source MATCHES "\\.(cpp|h|ui)$")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH _source BASE_DIRECTORY "${_dir}" NORMALIZE)
        cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${_source}" _generated)
        if(NOT _generated)
            list(APPEND _botvault_translation_sources "${_source}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES _botvault_translation_sources)
list(SORT _botvault_translation_sources)

qt_add_translations(botvault_ui
    TS_FILES ${BOTVAULT_TS_FILES}
    RESOURCE_PREFIX "/i18n"
    SOURCES ${_botvault_translation_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    LUPDATE_OPTIONS ${BOTVAULT_LUPDATE_OPTIONS}
    # An unfinished translation may be a guess of lupdate's; English is better than a wrong text.
    LRELEASE_OPTIONS -nounfinished)

# The same file list for scripts/check-translations.sh (tests/translations.cmake).
list(JOIN _botvault_translation_sources "\n" _botvault_translation_list)
file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst"
    CONTENT "${_botvault_translation_list}\n" @ONLY)
