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
    botvault_stage_includes(${target})
endfunction()

# Headers are included as "folder/File.h", but the repository root is nobody's include folder:
# each target publishes a folder of its own holding one link, named after the target's source
# folder, to that folder. A target therefore sees the headers of its own folder and of the targets
# it links, and an include of any other folder (sync/ reaching for storage/Vault.h) fails to compile.
function(botvault_stage_includes target)
    get_target_property(source_dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}" "${source_dir}")
    set(staged "${PROJECT_BINARY_DIR}/include/${target}")
    get_filename_component(parent "${staged}/${folder}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    file(CREATE_LINK "${source_dir}" "${staged}/${folder}" SYMBOLIC)
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${staged}>)
endfunction()
