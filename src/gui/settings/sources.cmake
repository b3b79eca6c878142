list(APPEND GUI_SOURCES
    settings/timeoutsettings.h settings/timeoutsettings.cpp
    settings/settingsdialog.h settings/settingsdialog.cpp)
