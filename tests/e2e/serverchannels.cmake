# Bot channels, deploys, the bot script and the bot runtime of the reference server, end to end:
# the real botvault-server binary on 127.0.0.1 with a random port (issue 6's semantics test).
botvault_add_test(TestServerChannels SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestServerChannels.cpp LIBS Qt6::Network Qt6::Qml
    LABELS e2e TIMEOUT 300)
add_dependencies(TestServerChannels botvault-server)
