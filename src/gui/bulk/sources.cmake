list(APPEND GUI_SOURCES
    bulk/bulkplanmodel.h bulk/bulkplanmodel.cpp
    bulk/bulkresultmodel.h bulk/bulkresultmodel.cpp
    bulk/bulkeditdialog.h bulk/bulkeditdialog.cpp
    bulk/bulkreviewdialog.h bulk/bulkreviewdialog.cpp
    bulk/bulkprogressdialog.h bulk/bulkprogressdialog.cpp
    bulk/bulkeditsession.h bulk/bulkeditsession.cpp)
