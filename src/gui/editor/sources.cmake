list(APPEND GUI_SOURCES
    editor/labeleditmodel.h editor/labeleditmodel.cpp
    editor/extrainfoeditmodel.h editor/extrainfoeditmodel.cpp
    editor/reviewchangesdialog.h editor/reviewchangesdialog.cpp
    editor/conflictdialog.h editor/conflictdialog.cpp
    editor/modeleditor.h editor/modeleditor.cpp)
