list(APPEND GUI_SOURCES
    versions/versiontablemodel.h versions/versiontablemodel.cpp
    versions/versionwriteflow.h versions/versionwriteflow.cpp
    versions/versioneditor.h versions/versioneditor.cpp
    versions/versionspanel.h versions/versionspanel.cpp)
