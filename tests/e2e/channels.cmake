# Channels, deploys and the bot runtime from the client side (issue 6): sync/ChannelService against
# the real botvault-server process, and botvault-cli's channels, channel add, deploy and eval through
# the real binaries (the semantics test: secrets are live, variables are deployed).
botvault_add_test(TestChannelService
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestChannelService.cpp ${PROJECT_SOURCE_DIR}/tests/support/RunningServer.h
    LIBS botvault_sync botvault_storage Qt6::Network
    LABELS e2e
    TIMEOUT 600)
add_dependencies(TestChannelService botvault-server)
botvault_add_test(TestCliChannels
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestCliChannels.cpp ${PROJECT_SOURCE_DIR}/tests/support/RunningServer.h
    LIBS Qt6::Network
    LABELS e2e
    TIMEOUT 900)
add_dependencies(TestCliChannels botvault-cli botvault-server)
