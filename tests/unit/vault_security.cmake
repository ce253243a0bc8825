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
botvault_add_test(TestVaultFileModes SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestVaultFileModes.cpp LABELS unit)
