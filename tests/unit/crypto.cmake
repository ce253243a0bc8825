# crypto tests (Aead, Argon2Kdf, KeyDerivation)
botvault_add_test(TestAead SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestAead.cpp LABELS unit)
botvault_add_test(TestArgon2Kdf SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestArgon2Kdf.cpp LABELS unit)
botvault_add_test(TestKeyDerivation SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestKeyDerivation.cpp LABELS unit)
