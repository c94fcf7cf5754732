; nnstudio's Windows installer (NSIS 3). Built by packaging/windows/build_installers.sh:
;   makensis -DPAYLOAD_DIR=dist\nnstudio -DVERSION=0.1.0 -DOUT_FILE=nnstudio-0.1.0-setup.exe nnstudio.nsi
;
; For the user who runs it, without administrator rights, by default:
;   %LOCALAPPDATA%\Programs\nnstudio, Start menu entry, .nnproj files, an entry in
;   Settings > Apps (HKCU). Nothing is written anywhere else.
; Switches (for school deployment):
;   /S           silent: no window, no questions
;   /ALLUSERS    for every user of the computer: %ProgramFiles%\nnstudio, HKLM, the
;                all-users Start menu (needs an administrator, as deployment tools run)
;   /D=C:\path   the install folder (must be the last switch, without quotes)
; Uninstall: Settings > Apps, or "<folder>\uninstall.exe" /S. It removes the program's files,
; its shortcuts and its registry entries; the students' projects and settings stay.

Unicode true
!ifndef TARGET
  !define TARGET amd64-unicode
!endif
Target ${TARGET}
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "define VERSION (makensis -DVERSION=0.1.0)"
!endif
!ifndef PAYLOAD_DIR
  !error "define PAYLOAD_DIR, the bundle folder (makensis -DPAYLOAD_DIR=dist\nnstudio)"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "nnstudio-${VERSION}-setup.exe"
!endif

!define APP "nnstudio"
!define PUBLISHER "The nnstudio team"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\nnstudio"
!define PROGID "nnstudio.project"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUT_FILE}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT licence; MNIST under CC BY-SA 3.0"

!ifdef ICON_FILE
  !define MUI_ICON "${ICON_FILE}"
  !define MUI_UNICON "${ICON_FILE}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\nnstudio.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start nnstudio"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var AllUsers  ; "1" for /ALLUSERS, else ""

!macro SetContext
  ${If} $AllUsers == "1"
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
!macroend

Function .onInit
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/ALLUSERS" $1
  ${IfNot} ${Errors}
    StrCpy $AllUsers "1"
    UserInfo::GetAccountType
    Pop $1
    ${If} $1 != "Admin"
      MessageBox MB_ICONSTOP "Installing for all users needs an administrator. Run the installer as an administrator, or without /ALLUSERS to install for yourself only." /SD IDOK
      SetErrorLevel 740  ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
  ${EndIf}
  ; /D= sets $INSTDIR before .onInit; only choose the folder when it did not.
  ${If} $INSTDIR == ""
    ${If} $AllUsers == "1"
      ${If} ${RunningX64}
        StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
      ${Else}
        StrCpy $INSTDIR "$PROGRAMFILES\${APP}"
      ${EndIf}
    ${Else}
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
    ${EndIf}
  ${EndIf}
  !insertmacro SetContext
FunctionEnd

Section "nnstudio" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program's own folder whole, so no stale library stays behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\nnstudio.exe" "" "$INSTDIR\nnstudio.exe" 0

  ; SHCTX is HKCU for a per-user install and HKLM with /ALLUSERS (SetShellVarContext).
  ; .nnproj files open in nnstudio.
  WriteRegStr SHCTX "Software\Classes\.nnproj" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "nnstudio project"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\nnstudio.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\nnstudio.exe" gui "%1"'

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\nnstudio.exe,0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  ; Installed for all users when the machine-wide entry points at this folder.
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    StrCpy $AllUsers "1"
  ${EndIf}
  !insertmacro SetContext
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put there: a folder chosen with /D= may hold other things.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\icons"
  Delete "$INSTDIR\nnstudio.exe"
  Delete "$INSTDIR\nnstudio-cli.exe"
  Delete "$INSTDIR\build-info.json"
  Delete "$INSTDIR\MANIFEST.sha256"
  Delete "$INSTDIR\CREDITS.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  ; .nnproj may have been taken over by another program since: then it stays.
  ReadRegStr $0 SHCTX "Software\Classes\.nnproj" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\.nnproj"
  ${EndIf}
SectionEnd
