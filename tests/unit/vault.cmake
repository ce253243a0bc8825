botvault_add_test(TestVault SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVault.cpp LIBS SQLite::SQLite3 LABELS unit)
