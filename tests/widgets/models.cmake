# item model tests: a real vault on a temporary file drives each model through the store's signals.
# Qt GUI is linked only so that the tests can hand the models a real QFont for damaged rows (and
# QAbstractItemModelTester then checks FontRole too); the models themselves use Qt Core only.
botvault_add_test(TestSecretsTableModel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSecretsTableModel.cpp
    LIBS Qt6::Gui SQLite::SQLite3 LABELS widgets)
botvault_add_test(TestVariablesTableModel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVariablesTableModel.cpp
    LIBS Qt6::Gui SQLite::SQLite3 LABELS widgets)
botvault_add_test(TestProjectListModel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestProjectListModel.cpp
    LIBS Qt6::Gui SQLite::SQLite3 LABELS widgets)
