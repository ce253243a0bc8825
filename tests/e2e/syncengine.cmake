# The sync engine end to end (sync/SyncEngine): real vaults and the reference server's library in
# process on 127.0.0.1 at a random port (SyncEngineServer keeps the server's headers in their own
# translation unit).
botvault_add_test(TestSyncEngine
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSyncEngine.cpp ${CMAKE_CURRENT_SOURCE_DIR}/SyncEngineServer.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/SyncEngineServer.h
    LIBS botvault_sync botvault_server LABELS e2e TIMEOUT 600)
