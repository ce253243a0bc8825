# The pure parts of the server's HTTP front (HttpHeadParser, ChunkedBodyReader, LogText).
botvault_add_test(TestHttpParsing SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestHttpParsing.cpp LIBS botvault_server
    LABELS unit)
# The reference server's bot-runtime parts that stand alone: SecretMasker (values and their
# JSON-escaped forms, against QJSEngine's own JSON.stringify) and BotRunSlots (the caps on runs).
botvault_add_test(TestSecretMasker SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestSecretMasker.cpp
    LIBS botvault_server Qt6::Qml LABELS unit)
botvault_add_test(TestBotRunSlots SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestBotRunSlots.cpp
    LIBS botvault_server LABELS unit)
