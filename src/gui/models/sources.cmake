# Item models of the main window: the workspace list, the model table and its filter, the
# details pane's labels and extra_info tree, and the activity log.
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/internpool.cpp ${CMAKE_CURRENT_LIST_DIR}/internpool.h
    ${CMAKE_CURRENT_LIST_DIR}/packedtimestamp.cpp ${CMAKE_CURRENT_LIST_DIR}/packedtimestamp.h
    ${CMAKE_CURRENT_LIST_DIR}/searchkeystore.cpp ${CMAKE_CURRENT_LIST_DIR}/searchkeystore.h
    ${CMAKE_CURRENT_LIST_DIR}/modeltablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/modeltablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/modelfilterproxymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelfilterproxymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/workspacelistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/workspacelistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/labeltablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/labeltablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/extrainfomodel.cpp ${CMAKE_CURRENT_LIST_DIR}/extrainfomodel.h)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/activitylogmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/activitylogmodel.h)
