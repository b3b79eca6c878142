# The main window: layout in ui/mainwindow.ui, browsing panes from browse/ and models/.
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${PROJECT_SOURCE_DIR}/ui/mainwindow.ui)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/welcomepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/welcomepanel.h
    ${PROJECT_SOURCE_DIR}/ui/welcomepanel.ui)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h
    ${PROJECT_SOURCE_DIR}/ui/aboutdialog.ui)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/shortcuttablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/shortcuttablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.h
    ${PROJECT_SOURCE_DIR}/ui/shortcutsdialog.ui)
