# Small pieces the main window and its panes share.
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/connectioninfo.h
    ${CMAKE_CURRENT_LIST_DIR}/errorbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/errorbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/languagechangerelay.cpp ${CMAKE_CURRENT_LIST_DIR}/languagechangerelay.h
    ${PROJECT_SOURCE_DIR}/ui/errorbanner.ui)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/diagnosticsreport.cpp ${CMAKE_CURRENT_LIST_DIR}/diagnosticsreport.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/wrappingtextdelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wrappingtextdelegate.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/wrappinglabel.cpp ${CMAKE_CURRENT_LIST_DIR}/wrappinglabel.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/fieldmarks.cpp ${CMAKE_CURRENT_LIST_DIR}/fieldmarks.h)
list(APPEND GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/rowbuttons.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/lazyicon.cpp ${CMAKE_CURRENT_LIST_DIR}/lazyicon.h)
