# BotSource (the names a bot expects, from chatbot.yaml and src/) and compareNames
botvault_add_test(TestBotSource SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestBotSource.cpp LABELS unit)
