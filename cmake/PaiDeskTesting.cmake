# paidesk_add_test(NAME <name> SOURCES <files...> LIBS <libs...> [GUI] [LABELS <labels...>])
#
# One QtTest executable per unit. GUI tests run on the offscreen platform so that they need no
# display. Every test runs in English with a private, throwaway configuration so that nothing a
# developer has saved can change a result.
function(paidesk_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        PAIDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    paidesk_apply_compiler_settings(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "LANG=en_US.UTF-8" "LANGUAGE=en" "QT_QPA_PLATFORM=offscreen"
        "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-config/${ARG_NAME}"
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
