# page and main window tests: the real main window end to end, and no secret value anywhere a
# person, an assistive tool, the clipboard or the log could see it
botvault_add_test(TestMainWindow SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestMainWindow.cpp
    LIBS botvault_ui LABELS widgets TIMEOUT 600)
botvault_add_test(TestNoSecretLeak SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestNoSecretLeak.cpp
    LIBS botvault_ui LABELS widgets TIMEOUT 600)
botvault_add_test(TestProjectsPanel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestProjectsPanel.cpp
    LIBS botvault_ui LABELS widgets)
