# Publishing under injected faults (tests/e2e/TestSyncFaults.cpp): the real botvault-cli and
# botvault-server with FaultProxy between them. BOTVAULT_FAULT_ROUNDS raises the rounds per random
# scenario; scripts/soak-sync.sh runs a longer soak.
botvault_add_test(TestSyncFaults
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSyncFaults.cpp
            ${PROJECT_SOURCE_DIR}/tests/support/CliDriver.cpp ${PROJECT_SOURCE_DIR}/tests/support/CliDriver.h
            ${PROJECT_SOURCE_DIR}/tests/support/FaultProxy.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultProxy.h
            ${PROJECT_SOURCE_DIR}/tests/support/RunningServer.h
    LIBS Qt6::Network
    LABELS e2e
    TIMEOUT 900)
add_dependencies(TestSyncFaults botvault-cli botvault-server)
