# Loading what the main window browses: workspaces, model listings and whole models.
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/modellistloader.cpp ${CMAKE_CURRENT_LIST_DIR}/modellistloader.h
    ${CMAKE_CURRENT_LIST_DIR}/workspaceloader.cpp ${CMAKE_CURRENT_LIST_DIR}/workspaceloader.h
    ${CMAKE_CURRENT_LIST_DIR}/modeldetailscache.cpp ${CMAKE_CURRENT_LIST_DIR}/modeldetailscache.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/detailspane.cpp ${CMAKE_CURRENT_LIST_DIR}/detailspane.h
    ${PROJECT_SOURCE_DIR}/ui/detailspane.ui)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/activitylogpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/activitylogpanel.h
    ${PROJECT_SOURCE_DIR}/ui/activitylogpanel.ui)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/fullmodelfetcher.cpp ${CMAKE_CURRENT_LIST_DIR}/fullmodelfetcher.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/modeltableview.cpp ${CMAKE_CURRENT_LIST_DIR}/modeltableview.h
    ${CMAKE_CURRENT_LIST_DIR}/modeltabledelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/modeltabledelegate.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/filterchips.cpp ${CMAKE_CURRENT_LIST_DIR}/filterchips.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/savedviews.cpp ${CMAKE_CURRENT_LIST_DIR}/savedviews.h)
