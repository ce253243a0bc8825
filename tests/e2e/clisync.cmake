# botvault-cli's remote, publish and pull commands end to end: the real botvault-cli and
# botvault-server processes, with FaultProxy (a TCP proxy on 127.0.0.1) in front of the server to
# inject the faults (500, 503, timeouts, broken bodies, a server or client killed mid-publish).
botvault_add_test(TestCliSync
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestCliSync.cpp
            ${PROJECT_SOURCE_DIR}/tests/support/CliDriver.cpp ${PROJECT_SOURCE_DIR}/tests/support/CliDriver.h
            ${PROJECT_SOURCE_DIR}/tests/support/FaultProxy.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultProxy.h
            ${PROJECT_SOURCE_DIR}/tests/support/RunningServer.h
    LIBS Qt6::Network
    LABELS e2e
    TIMEOUT 900)
add_dependencies(TestCliSync botvault-cli botvault-server)
