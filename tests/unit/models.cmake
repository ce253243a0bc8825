# models tests (NameRules, roles)
botvault_add_test(TestNameRules SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestNameRules.cpp LABELS unit)
botvault_add_test(TestAccessPolicy SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestAccessPolicy.cpp LABELS unit)
