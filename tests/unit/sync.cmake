# The platform HTTP client against scripted fake servers (sync/PlatformClient)
botvault_add_test(TestPlatformClient SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestPlatformClient.cpp
    LIBS botvault_sync Qt6::Network LABELS unit)
