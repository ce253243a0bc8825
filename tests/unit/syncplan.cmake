# The three-way sync plan (sync/SyncPlan): every rule of computeSyncPlan, without network or vault
botvault_add_test(TestSyncPlan SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSyncPlan.cpp LIBS botvault_sync LABELS unit)
