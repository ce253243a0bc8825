# vault security and robustness tests: tampering, plaintext at rest, crash safety
botvault_add_test(TestVaultTamper SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultTamper.cpp
    LIBS SQLite::SQLite3 LABELS unit TIMEOUT 900)
botvault_add_test(TestVaultAtRest SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultAtRest.cpp
    LIBS SQLite::SQLite3 LABELS unit TIMEOUT 900)

# The process TestCrashSafety kills in the middle of its writes.
qt_add_executable(crash_writer ${PROJECT_SOURCE_DIR}/tests/support/crash_writer.cpp)
botvault_target_defaults(crash_writer)
target_link_libraries(crash_writer PRIVATE botvault_storage)
set_target_properties(crash_writer PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)

botvault_add_test(TestCrashSafety SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestCrashSafety.cpp
    LIBS SQLite::SQLite3 LABELS unit TIMEOUT 900)
add_dependencies(TestCrashSafety crash_writer)

# Replacing the data key: everything re-encrypted, nothing lost, old copies and old ciphertexts
# useless; rekey_runner is the process TestRekeyCrashSafety kills in the middle of a rotation.
botvault_add_test(TestVaultRekey SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultRekey.cpp
    LIBS SQLite::SQLite3 LABELS unit)
qt_add_executable(rekey_runner ${PROJECT_SOURCE_DIR}/tests/support/rekey_runner.cpp)
botvault_target_defaults(rekey_runner)
target_link_libraries(rekey_runner PRIVATE botvault_storage)
set_target_properties(rekey_runner PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
botvault_add_test(TestRekeyCrashSafety SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestRekeyCrashSafety.cpp
    LABELS unit TIMEOUT 900)
add_dependencies(TestRekeyCrashSafety rekey_runner)
botvault_add_test(TestVaultFileModes SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultFileModes.cpp LABELS unit)
