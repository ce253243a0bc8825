# project archive tests (ProjectArchive, ArchiveManifest); QuaZip and zlib craft hostile archives
botvault_add_test(TestProjectArchive SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestProjectArchive.cpp
    LIBS QuaZip::QuaZip LABELS unit)
