# project transfer: export and import dialogs, .env import and export, the source folder binding and
# the expected-names banner, through the real main window; QuaZip crafts a hostile archive
botvault_add_test(TestProjectTransferDialogs SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestProjectTransferDialogs.cpp
    LIBS botvault_ui QuaZip::QuaZip LABELS widgets TIMEOUT 600)
