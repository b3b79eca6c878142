# Installation layout and CPack packages: DEB on Linux, NSIS and WiX on Windows, a DragNDrop
# disk image on macOS. `cpack -G <generator>` in a build directory makes the package.

include(GNUInstallDirs)

set(PAIDESK_APP_ID io.github.paidesk.PaiDesk)
set(desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)

if(TARGET paidesk)
    if(APPLE)
        set_target_properties(paidesk PROPERTIES
            MACOSX_BUNDLE ON
            OUTPUT_NAME PaiDesk
            MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The PaiDesk developers")
        target_sources(paidesk PRIVATE ${CMAKE_CURRENT_LIST_DIR}/macos/paidesk.icns)
        set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/macos/paidesk.icns
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    elseif(WIN32)
        set_target_properties(paidesk PROPERTIES WIN32_EXECUTABLE ON)
    endif()
    install(TARGETS paidesk
        BUNDLE DESTINATION .
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    if(WIN32 OR APPLE)
        # Copies the Qt libraries and plugins next to the executable (windeployqt/macdeployqt).
        qt_generate_deploy_app_script(TARGET paidesk
            OUTPUT_SCRIPT paidesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${paidesk_deploy_script})
    endif()
endif()

if(TARGET paidesk-cli)
    install(TARGETS paidesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(UNIX AND NOT APPLE)
    install(FILES ${desktop_dir}/${PAIDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${desktop_dir}/${PAIDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(DIRECTORY ${desktop_dir}/icons/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paidesk RENAME copyright)
endif()

# The translations are embedded in the binaries; the .qm files are installed as well so that
# packagers and translators can find them.
if(DEFINED PAIDESK_QM_FILES)
    install(FILES ${PAIDESK_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/paidesk/translations)
endif()

# WiX wants a licence file ending in .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt COPYONLY)

set(CPACK_PACKAGE_NAME paidesk)
set(CPACK_PACKAGE_VENDOR "The PaiDesk developers")
set(CPACK_PACKAGE_CONTACT "PaiDesk developers <paidesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop client for Alibaba Cloud PAI workspace models")
set(CPACK_PACKAGE_DESCRIPTION
    "PaiDesk browses, edits and exports the models of Alibaba Cloud PAI workspaces. It signs \
requests to the AIWorkspace API, keeps secrets in the system keychain, exports Terraform HCL \
with import blocks, and comes with a local sandbox that emulates the API.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY PaiDesk)
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt)
set(CPACK_PACKAGE_EXECUTABLES paidesk PaiDesk)  # Start-menu entries (NSIS, WiX)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS WIX)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# DEB: shared-library dependencies are computed by dpkg-shlibdeps; the rest is named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Chinese interface needs a CJK font; without one every Chinese character is a box.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

# NSIS: Start-menu shortcuts and an uninstaller (registered in Add/Remove Programs).
set(CPACK_NSIS_PACKAGE_NAME PaiDesk)
set(CPACK_NSIS_DISPLAY_NAME PaiDesk)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/paidesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/windows/paidesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\paidesk.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MENU_LINKS "bin/paidesk-cli.exe" "PaiDesk command line")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})

# WiX: a fixed upgrade code lets a newer MSI replace an older one; the uninstaller is built in.
set(CPACK_WIX_UPGRADE_GUID 6F1C2B1E-5C3A-4D0E-9B7A-2E4F6A8C0D13)
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/paidesk.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER PaiDesk)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})

# DragNDrop: the bundle (with Info.plist and the icon) next to a link to /Applications.
set(CPACK_DMG_VOLUME_NAME PaiDesk)
set(CPACK_DMG_FORMAT UDBZ)

include(CPack)
