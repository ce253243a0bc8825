# .env file tests (EnvFile)
botvault_add_test(TestEnvFile SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestEnvFile.cpp LABELS unit)
