# sync: the binding, plan and conflict dialogs with hand-made plans, then Publish and Pull through
# the real main window against an in-process reference server on 127.0.0.1
botvault_add_test(TestSyncDialogs SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSyncDialogs.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/SyncTestPlatform.cpp ${CMAKE_CURRENT_SOURCE_DIR}/SyncTestPlatform.h
    LIBS botvault_ui botvault_server LABELS widgets TIMEOUT 600)
