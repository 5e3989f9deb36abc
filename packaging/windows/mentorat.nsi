; Windows installer for Mentorat, per user (no administrator rights needed).
;
; Built by scripts/build_installer.py on Windows:
;   makensis /DVERSION=0.1.0 /DSOURCE=dist\Mentorat /DOUTFILE=dist\Mentorat-0.1.0-windows.exe
;            packaging\windows\mentorat.nsi
; Installs the bundle in %LOCALAPPDATA%\Programs\Mentorat, adds Start-menu entries for the app
; and for a console where the `mentorat` command works, and registers an uninstaller in
; "Apps & features". The uninstaller removes the program only: the data file, its backups and
; the preferences (in %LOCALAPPDATA%\CCLS-Quebec\Mentorat) stay where they are.

Unicode true
!ifndef VERSION
  !error "VERSION is required: /DVERSION=x.y.z"
!endif
!ifndef SOURCE
  !error "SOURCE is required: /DSOURCE=path\to\dist\Mentorat"
!endif
!ifndef OUTFILE
  !define OUTFILE "Mentorat-${VERSION}-windows.exe"
!endif

!include "MUI2.nsh"

!define APP "Mentorat"
!define PUBLISHER "CCLS, chapitre du Québec"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Mentorat"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "..\..\resources\icons\mentorat.ico"
!define MUI_UNICON "..\..\resources\icons\mentorat.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\mentorat-desktop.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; French first: the program's default language.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de ${APP}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "${PUBLISHER}"

LangString CONSOLE ${LANG_FRENCH} "Mentorat (ligne de commande)"
LangString CONSOLE ${LANG_ENGLISH} "Mentorat (command line)"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Mentorat" main
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A reinstall replaces the program files only.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\mentorat-desktop.exe"
  CreateShortcut "$SMPROGRAMS\${APP}\$(CONSOLE).lnk" "$SYSDIR\cmd.exe" \
    '/k "cd /d "$INSTDIR" && mentorat --help"' "$INSTDIR\mentorat.exe"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\mentorat-desktop.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Program files only: the data folder (%LOCALAPPDATA%\CCLS-Quebec\Mentorat) is kept.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\mentorat-desktop.exe"
  Delete "$INSTDIR\mentorat.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${APP}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
