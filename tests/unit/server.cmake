# The pure parts of the server's HTTP front (HttpHeadParser, ChunkedBodyReader, LogText).
botvault_add_test(TestHttpParsing SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestHttpParsing.cpp LIBS botvault_server
    LABELS unit)
