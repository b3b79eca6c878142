# Compiler settings shared by every PaiDesk target.
# Each target opts in through paidesk_apply_compiler_settings(), so third-party code pulled in
# by a find_package() never inherits our warning level.

if(PAIDESK_SANITIZE)
    set(PAIDESK_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_compile_options(${PAIDESK_SANITIZER_FLAGS})
    add_link_options(${PAIDESK_SANITIZER_FLAGS})
endif()

# The fuzz preset instruments every library for coverage and the sanitizers; only the harnesses
# link libFuzzer's main() (fuzz/CMakeLists.txt), so the libraries stay ordinary static archives.
if(PAIDESK_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PAIDESK_BUILD_FUZZERS needs clang (use the fuzz preset)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

find_program(PAIDESK_CCACHE ccache)
if(PAIDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${PAIDESK_CCACHE})
endif()

function(paidesk_apply_compiler_settings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(PAIDESK_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Qt's string building and container APIs are used the strict way everywhere.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# A static library for one layer under src/. Headers are included as <layer/header.h>,
# so every include names the room it comes from.
function(paidesk_add_library target)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    paidesk_apply_compiler_settings(${target})
endfunction()
