# The export/import service over a real vault (storage/ProjectTransfer)
botvault_add_test(TestProjectTransfer SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestProjectTransfer.cpp
    LIBS QuaZip::QuaZip LABELS unit)
