# the vault as the sync engine's store: remote states, stored publish requests, applySync
botvault_add_test(TestVaultSync SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultSync.cpp
    LIBS SQLite::SQLite3 LABELS unit)
