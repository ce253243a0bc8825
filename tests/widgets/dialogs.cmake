# dialog widget tests
botvault_add_test(TestSecretDialog SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSecretDialog.cpp LIBS botvault_ui LABELS widgets)
botvault_add_test(TestVariableDialog SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVariableDialog.cpp LIBS botvault_ui LABELS widgets)
botvault_add_test(TestVaultDialogs SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultDialogs.cpp
    LIBS botvault_ui SQLite::SQLite3 LABELS widgets)
botvault_add_test(TestSharedWidgets SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSharedWidgets.cpp LIBS botvault_ui LABELS widgets)
botvault_add_test(TestPasswordStrength SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestPasswordStrength.cpp LIBS botvault_models LABELS widgets)
