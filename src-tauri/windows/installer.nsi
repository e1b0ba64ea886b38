; The Windows installer of ReviewDesk, made by `cargo xtask windows` with
; makensis (Debian's `nsis` package). It installs for the current user only,
; so no administrator rights are needed: the program goes to
; %LOCALAPPDATA%\Programs\ReviewDesk, a Start-menu entry opens it, and the
; uninstaller keeps the user's vaults unless asked to delete them.
;
; xtask defines: VERSION (0.1.0), VERSION4 (0.1.0.0), PUBLISHER, STAGE (the
; folder holding what is installed), OUTFILE, STRINGS (the messages below,
; written from locales/*/app.ftl) and ICON.
;
; The command-line tools go to bin\: Windows' file names ignore case, so
; reviewdesk.exe cannot sit beside ReviewDesk.exe.

; A 64-bit installer for a 64-bit app: it runs where the app runs, and Wine
; without its 32-bit part (as in the tests) runs it too.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define IDENTIFIER "cn.gxkjt.reviewdesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ReviewDesk"
; The Evergreen WebView2 runtime's registration, per machine and per user.
!define WEBVIEW2_KEY "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "ReviewDesk"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\ReviewDesk"
InstallDirRegKey HKCU "Software\ReviewDesk" "InstallDir"
Icon "${ICON}"
UninstallIcon "${ICON}"

; Where the app keeps vaults and settings (Tauri's local app-data folder).
Var DataDir

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\ReviewDesk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback for a Windows language not listed.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "Malay"
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "Vietnamese"
!include "${STRINGS}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "ReviewDesk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "ReviewDesk ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${IDENTIFIER}"
FunctionEnd

; Says, in the user's language, when the WebView2 runtime the app's window
; needs is missing; the installation goes on, since the command-line tools
; do not need it.
Function CheckWebView2
  SetRegView 64
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_KEY}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\${WEBVIEW2_KEY}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WEBVIEW2_KEY}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    DetailPrint "$(installer_webview2_missing)"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(installer_webview2_missing)" /SD IDOK
  ${EndIf}
FunctionEnd

Section "ReviewDesk" SectionApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${STAGE}\ReviewDesk.exe"
  File "${STAGE}\WebView2Loader.dll"
  File /r "${STAGE}\fonts"
  SetOutPath "$INSTDIR\bin"
  File "${STAGE}\bin\reviewdesk.exe"
  File "${STAGE}\bin\reviewdesk-server.exe"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\ReviewDesk.lnk" "$INSTDIR\ReviewDesk.exe" "" "$INSTDIR\ReviewDesk.exe" 0 SW_SHOWNORMAL "" "$(installer_shortcut_description)"

  WriteRegStr HKCU "Software\ReviewDesk" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "ReviewDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\ReviewDesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  Call CheckWebView2
SectionEnd

Section "un.ReviewDesk" SectionUninstallApp
  SectionIn RO
  Delete "$SMPROGRAMS\ReviewDesk.lnk"
  Delete "$INSTDIR\ReviewDesk.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  RMDir /r "$INSTDIR\fonts"
  RMDir /r "$INSTDIR\bin"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; The window's cache; the vaults are not in it.
  RMDir /r "$DataDir\EBWebView"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\ReviewDesk"
SectionEnd

; Off unless ticked, and asked again: the vaults may hold scores not yet
; sent to the agency.
Section /o "un.$(installer_remove_data)" SectionUninstallData
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(installer_remove_data_confirm)" /SD IDYES IDYES remove
  Return
  remove:
  RMDir /r "$DataDir"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SectionUninstallData} "$(installer_remove_data_description)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
