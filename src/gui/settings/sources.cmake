list(APPEND GUI_SOURCES
    settings/timeoutsettings.h settings/timeoutsettings.cpp
    settings/languagesettings.h settings/languagesettings.cpp
    settings/settingsdialog.h settings/settingsdialog.cpp)
