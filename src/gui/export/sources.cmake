# The Terraform export dialog: options, highlighted preview, warnings, copy and save.
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/exportdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/exportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/hclhighlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/hclhighlighter.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/modelversionsfetcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelversionsfetcher.h)
