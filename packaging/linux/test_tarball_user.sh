#!/bin/sh
# The per-user tarball, as a student without root would use it: unpack, ./install.sh, run the
# installed nnstudio with the network cut off (packaging/smoke_test.py: window, XOR to 100%,
# command line, export, nothing written into the install folder), run it in portable mode,
# then uninstall.sh --purge and check that the home folder holds nothing of nnstudio.
# Run as root, which makes the unprivileged account and cuts the network:
#   packaging/linux/test_tarball_user.sh nnstudio-VERSION-linux-ARCH.tar.xz [USER]
set -eu
tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
user=${2:-nnstudent}
here=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "test_tarball_user: run as root (it makes the user $user)" >&2; exit 2; }
failures=0
check() {
  what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}

id "$user" >/dev/null 2>&1 || useradd -m "$user"
home=$(getent passwd "$user" | cut -d: -f6)
rm -rf "${home:?}"/* "$home"/.local "$home"/.cache "$home"/.keras 2>/dev/null || true
work=$(mktemp -d)
chmod 755 "$work"
cp "$tarball" "$here/../smoke_test.py" "$work/"
chmod 644 "$work"/*
# As the student: no root, and (for the runs) no network namespace but its own empty one.
as_user() {
  setpriv --reuid="$user" --regid="$user" --init-groups \
    env -i HOME="$home" USER="$user" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$@"
}
offline_as_user() { unshare -n sh -c 'exec "$@"' sh setpriv --reuid="$user" --regid="$user" \
  --init-groups env -i HOME="$home" USER="$user" PATH=/usr/local/bin:/usr/bin:/bin \
  LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

name=$(basename "$tarball" | sed 's/\.tar\.[a-z]*$//')
as_user sh -c "cd '$home' && tar -xf '$work/$(basename "$tarball")'"
top=$(find "$home" -maxdepth 1 -name 'nnstudio-*' -type d | head -n 1)
check "the tarball unpacks as the student ($name)" test -x "$top/install.sh"
as_user sh -c "cd '$top' && ./install.sh" > "$work/install.out" 2>&1
cat "$work/install.out"
dest="$home/.local/opt/nnstudio"
check "install.sh installs into the home folder" test -x "$dest/nnstudio"
check "install.sh adds the command to ~/.local/bin" test -L "$home/.local/bin/nnstudio"
check "install.sh adds the menu entry" test -f "$home/.local/share/applications/nnstudio.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
  check "the installed menu entry validates" \
    desktop-file-validate "$home/.local/share/applications/nnstudio.desktop"
fi
check "nothing is owned by root in the home folder" \
  sh -c "[ -z \"\$(find '$home' -user root -print -quit)\" ]"

offline_as_user python3 "$work/smoke_test.py" -- "$home/.local/bin/nnstudio" > "$work/smoke.out" 2>&1 \
  || true
grep -E "^(ok|FAIL)" "$work/smoke.out" || tail -30 "$work/smoke.out"
check "the installed copy passes the smoke test offline" \
  sh -c "tail -n 1 '$work/smoke.out' | grep -q '\"passed\": true'"

# Portable mode: a marker beside the program keeps everything in the program's folder (the
# smoke test points every home-folder variable at an empty folder and checks it stays so).
offline_as_user python3 "$work/smoke_test.py" --portable --only gui train -- "$dest/nnstudio" \
  > "$work/portable.out" 2>&1 || true
grep -E "^(ok|FAIL)" "$work/portable.out" || tail -30 "$work/portable.out"
check "portable mode keeps everything beside the program" \
  sh -c "tail -n 1 '$work/portable.out' | grep -q '\"passed\": true'"

as_user "$dest/uninstall.sh" --purge
check "uninstall.sh removes the program" sh -c "! [ -e '$dest' ]"
check "uninstall.sh removes the command and the menu entry" sh -c \
  "! [ -e '$home/.local/bin/nnstudio' ] && ! [ -e '$home/.local/share/applications/nnstudio.desktop' ]"
left=$(find "$home" -iname '*nnstudio*' -not -path "$top*" | head -n 5)
check "nothing named nnstudio is left in the home folder${left:+: $left}" test -z "$left"

rm -rf "$work" "$top"
if [ "$failures" -eq 0 ]; then echo "test_tarball_user: all checks passed"; else echo "test_tarball_user: $failures checks failed"; fi
[ "$failures" -eq 0 ]
