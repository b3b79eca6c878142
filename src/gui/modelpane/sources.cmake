list(APPEND GUI_SOURCES
    modelpane/modelpane.h modelpane/modelpane.cpp)
