# The profile dialog: add, edit, remove and import profiles (secrets in the system keychain),
# region picker, "Test connection". The form is ui/profiledialog.ui, found by AUTOUIC.
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/connectiontester.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connectiontester.h
    ${CMAKE_CURRENT_LIST_DIR}/profiledialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profiledialog.h
    ${CMAKE_CURRENT_LIST_DIR}/regioncombobox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/regioncombobox.h)
