list(APPEND GUI_SOURCES
    progress/operationprogressdialog.h progress/operationprogressdialog.cpp)
