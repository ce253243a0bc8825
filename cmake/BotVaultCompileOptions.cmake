# Warnings, hardening and sanitizers for every BotVault target: call botvault_target_defaults(t).
add_library(botvault_compile_options INTERFACE)
target_compile_options(botvault_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -fstack-protector-strong)
target_compile_definitions(botvault_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS
    QT_NO_KEYWORDS BOTVAULT_VERSION="${PROJECT_VERSION}")
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_compile_definitions(botvault_compile_options INTERFACE _FORTIFY_SOURCE=2)
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
target_link_options(botvault_compile_options INTERFACE -Wl,-z,relro,-z,now)

if(BOTVAULT_WERROR)
    target_compile_options(botvault_compile_options INTERFACE -Werror)
endif()

if(BOTVAULT_ASAN)
    target_compile_options(botvault_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(botvault_compile_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all)
    # _FORTIFY_SOURCE and ASan check the same calls twice and warn about it.
    target_compile_options(botvault_compile_options INTERFACE -U_FORTIFY_SOURCE)
endif()

function(botvault_target_defaults target)
    target_link_libraries(${target} PRIVATE botvault_compile_options)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>)
endfunction()
