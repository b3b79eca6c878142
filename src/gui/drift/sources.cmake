# Terraform drift: the drift window (Terraform > Compare with State), its item model and filter,
# and the dialog that edits the ignore list.
list(APPEND GUI_SOURCES
    drift/drifttablemodel.h drift/drifttablemodel.cpp
    drift/driftwindow.h drift/driftwindow.cpp
    drift/ignorelistdialog.h drift/ignorelistdialog.cpp)
