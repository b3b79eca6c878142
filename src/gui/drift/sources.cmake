# Terraform drift: the drift window (Terraform > Compare with State), its item model and filter.
list(APPEND GUI_SOURCES
    drift/drifttablemodel.h drift/drifttablemodel.cpp
    drift/driftwindow.h drift/driftwindow.cpp)
