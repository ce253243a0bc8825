# settings, settings dialog, clipboard guard, inactivity watcher and translations
foreach(_test TestSettings TestClipboardGuard TestInactivityWatcher TestTranslations)
    botvault_add_test(${_test} SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/${_test}.cpp LIBS botvault_ui LABELS widgets)
endforeach()
