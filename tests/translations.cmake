# TranslationsComplete: every message the code uses has a finished Russian translation (and every
# plural message its English forms). Needs the source list that cmake/BotVaultTranslations.cmake
# writes at configure time. See docs/TRANSLATIONS.md.
add_test(NAME TranslationsComplete
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-translations.sh
        --lupdate $<TARGET_FILE:Qt6::lupdate>
        --sources ${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst)
set_tests_properties(TranslationsComplete PROPERTIES LABELS "translations" TIMEOUT 120)
