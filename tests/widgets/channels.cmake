# channels: the Channels and Test widget panels with hand-made data, then bind, publish, deploy and
# talk to the test widget through the real main window against an in-process reference server whose
# bot runtime is the botvault-server binary
botvault_add_test(TestChannelsPanel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestChannelsPanel.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/ChannelTestPlatform.cpp ${CMAKE_CURRENT_SOURCE_DIR}/ChannelTestPlatform.h
    LIBS botvault_ui botvault_server LABELS widgets TIMEOUT 600)
add_dependencies(TestChannelsPanel botvault-server)
