#!/bin/sh
# Build both Windows installers around a small stand-in payload and check, under Wine, that
# they install and uninstall silently and leave nothing behind:
#   NSIS: per user (default), /D= folder, /ALLUSERS; files, Start menu entry, .nnproj type,
#         the Settings > Apps entry; then uninstall.exe /S removes all of it.
#   MSI:  msiexec /i /qn per machine (and with INSTALLDIR=), then msiexec /x /qn.
#   packaging/windows/test_wine.sh [WORK_DIR]
# Needs: nsis, wixl, wine (Debian: apt-get install nsis wixl wine wine64). Takes about a minute.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
export WINEPREFIX="$work/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
failures=0
check() {  # check DESCRIPTION COMMAND...
  what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
absent() { ! [ -e "$1" ]; }
has_key() { wine reg query "$1" >/dev/null 2>&1; }
no_key() { ! has_key "$1"; }

# The stand-in: the bundle's top-level layout with a few small files.
payload="$work/payload"
rm -rf "$payload"
mkdir -p "$payload/_internal/resources" "$payload/icons"
printf 'stand-in for nnstudio.exe\n' > "$payload/nnstudio.exe"
printf 'stand-in for nnstudio-cli.exe\n' > "$payload/nnstudio-cli.exe"
printf 'MNIST credit stand-in\n' > "$payload/_internal/resources/README.md"
printf 'credits\n' > "$payload/CREDITS.txt"
printf '{"name": "nnstudio", "version": "0.1.0"}\n' > "$payload/build-info.json"
printf 'manifest\n' > "$payload/MANIFEST.sha256"
"$here/build_installers.sh" "$payload" "$work/out" 0.1.0 >/dev/null
setup="$work/out/nnstudio-0.1.0-setup.exe"
msi="$work/out/nnstudio-0.1.0.msi"
check "installers built" test -s "$setup" -a -s "$msi"

rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1
wineserver -w
c="$WINEPREFIX/drive_c"
user_dir="$c/users/$(id -un)"
uninst_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\nnstudio'
machine_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\nnstudio'

# 1. NSIS, per user, silent.
wine "$setup" /S; wineserver -w
app="$user_dir/AppData/Local/Programs/nnstudio"
check "NSIS /S installs for the user in %LOCALAPPDATA%\\Programs" test -f "$app/nnstudio.exe"
check "NSIS /S copies the whole payload" test -f "$app/_internal/resources/README.md"
check "NSIS /S writes uninstall.exe" test -f "$app/uninstall.exe"
check "NSIS /S adds a Start menu entry" \
  test -f "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/nnstudio.lnk"
check "NSIS /S registers in Settings > Apps (HKCU)" has_key "$uninst_key"
check "NSIS /S writes no machine-wide entry" no_key "$machine_key"
check "NSIS /S registers .nnproj for the user" has_key 'HKCU\Software\Classes\nnstudio.project\shell\open\command'
wine "$app/uninstall.exe" /S; wineserver -w; sleep 2; wineserver -w
check "uninstall /S removes the folder" absent "$app"
check "uninstall /S removes the Start menu entry" \
  absent "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/nnstudio.lnk"
check "uninstall /S removes the Settings > Apps entry" no_key "$uninst_key"
check "uninstall /S removes the .nnproj type" no_key 'HKCU\Software\Classes\nnstudio.project'

# 2. NSIS with /D=: a folder of the school's choosing.
wine "$setup" /S /D='C:\Tools\nnstudio'; wineserver -w
check "NSIS /D= installs into the given folder" test -f "$c/Tools/nnstudio/nnstudio.exe"
wine 'C:\Tools\nnstudio\uninstall.exe' /S; wineserver -w; sleep 2; wineserver -w
check "uninstall removes the /D= folder and keeps its parent" \
  sh -c "! [ -e '$c/Tools/nnstudio' ] && [ -d '$c/Tools' ]"

# 3. NSIS /ALLUSERS: Program Files, HKLM, the all-users Start menu.
wine "$setup" /S /ALLUSERS; wineserver -w
check "NSIS /ALLUSERS installs in Program Files" test -f "$c/Program Files/nnstudio/nnstudio.exe"
check "NSIS /ALLUSERS registers machine-wide (HKLM)" has_key "$machine_key"
check "NSIS /ALLUSERS writes no per-user entry" no_key "$uninst_key"
check "NSIS /ALLUSERS adds the all-users Start menu entry" \
  test -f "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/nnstudio.lnk"
wine 'C:\Program Files\nnstudio\uninstall.exe' /S; wineserver -w; sleep 2; wineserver -w
check "uninstall removes the all-users folder" absent "$c/Program Files/nnstudio"
check "uninstall removes the all-users Start menu entry" \
  absent "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/nnstudio.lnk"
check "uninstall removes the machine-wide entry" no_key "$machine_key"

# 4. The MSI, silently, per machine.
wine msiexec /i "$msi" /qn; wineserver -w
check "msiexec /i /qn installs in Program Files" test -f "$c/Program Files/nnstudio/nnstudio.exe"
check "msiexec /i /qn copies the whole payload" \
  test -f "$c/Program Files/nnstudio/_internal/resources/README.md"
# Windows puts it in the all-users Start menu (ALLUSERS=1); Wine's msiexec resolves
# ProgramMenuFolder to the installing user's menu, so either place counts here.
all_lnk="$c/ProgramData/Microsoft/Windows/Start Menu/Programs/nnstudio.lnk"
user_lnk="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/nnstudio.lnk"
check "msiexec /i /qn adds the Start menu entry" sh -c "[ -f '$all_lnk' ] || [ -f '$user_lnk' ]"
check "msiexec /i /qn registers in Settings > Apps" \
  sh -c "wine reg query 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall' /s | grep -q 'DisplayName.*nnstudio'"
check "msiexec /i /qn registers .nnproj" has_key 'HKLM\Software\Classes\nnstudio.project\shell\open\command'
wine msiexec /x "$msi" /qn; wineserver -w
check "msiexec /x /qn removes the folder" absent "$c/Program Files/nnstudio"
check "msiexec /x /qn removes the Start menu entry" sh -c "! [ -e '$all_lnk' ] && ! [ -e '$user_lnk' ]"
check "msiexec /x /qn removes the Settings > Apps entry" \
  sh -c "! wine reg query 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall' /s | grep -q 'DisplayName.*nnstudio'"
check "msiexec /x /qn removes the .nnproj type" no_key 'HKLM\Software\Classes\nnstudio.project'

# 5. The MSI into a folder of the school's choosing, remembered for the uninstall.
wine msiexec /i "$msi" /qn "INSTALLDIR=C:\\Apps\\nnstudio\\"; wineserver -w
check "msiexec INSTALLDIR= installs into the given folder" test -f "$c/Apps/nnstudio/nnstudio.exe"
wine msiexec /x "$msi" /qn; wineserver -w
check "msiexec /x removes the INSTALLDIR= folder" absent "$c/Apps/nnstudio"

wineserver -k 2>/dev/null || true
if [ "$failures" -eq 0 ]; then echo "test_wine: all checks passed"; else echo "test_wine: $failures checks failed"; fi
[ "$failures" -eq 0 ]
