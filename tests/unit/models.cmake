# models tests (NameRules, roles, start-up variables)
botvault_add_test(TestNameRules SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestNameRules.cpp LABELS unit)
botvault_add_test(TestAccessPolicy SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestAccessPolicy.cpp LABELS unit)
botvault_add_test(TestStartupVariables SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestStartupVariables.cpp LABELS unit)
