# the vault's remote binding and outbox of changes to publish
botvault_add_test(TestVaultOutbox SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultOutbox.cpp
    LIBS SQLite::SQLite3 LABELS unit)
