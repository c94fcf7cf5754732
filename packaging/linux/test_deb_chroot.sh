#!/bin/sh
# Install the .deb into a fresh minimal Debian (debootstrap --variant=minbase), with only the
# dependencies it declares, start nnstudio there on an X server (Xvfb) with the network cut
# off, train XOR through the window, take a screenshot, then remove the package and check that
# nothing of it is left. Run as root (debootstrap and chroot need it):
#   packaging/linux/test_deb_chroot.sh NNSTUDIO.deb WORK_DIR [SUITE]
# WORK_DIR keeps the base system between runs (base/, about 300 MB, 2-3 minutes the first
# time); each run installs into a fresh copy of it. Needs: debootstrap, xvfb, x11-utils,
# xdotool, imagemagick (for the screenshot). SUITE: the Debian release (default bookworm).
set -eu
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mkdir -p "$2" && cd "$2" && pwd)
suite=${3:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
base="$work/base-$suite"
root="$work/root"
display=:77
failures=0
check() {
  what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}

if [ ! -x "$base/bin/sh" ]; then
  echo "test_deb_chroot: making a minimal $suite in $base"
  debootstrap --variant=minbase "$suite" "$base" "$mirror" >"$work/debootstrap.log" 2>&1
fi
# A run that was killed may have left /dev or /proc mounted inside: unmount before deleting,
# and never let rm cross into another file system.
for m in tmp/.X11-unix proc dev/pts dev sys; do umount "$root/$m" 2>/dev/null || true; done
rm -rf --one-file-system "$root"
cp -a "$base" "$root"
cleanup() {
  for m in tmp/.X11-unix proc dev/pts dev sys; do umount "$root/$m" 2>/dev/null || true; done
  if [ -n "${xvfb:-}" ]; then kill "$xvfb" 2>/dev/null || true; fi
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t sysfs sys "$root/sys"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/nnstudio.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# apt resolves the .deb's Depends from the archive: nothing else is installed.
in_root apt-get update -q >"$work/apt.log" 2>&1
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  /tmp/nnstudio.deb >>"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; exit 1; }
check "apt installs the .deb with its declared dependencies" test -x "$root/opt/nnstudio/nnstudio"
check "/usr/bin/nnstudio is on the PATH" test -L "$root/usr/bin/nnstudio"
check "the menu entry is installed" test -f "$root/usr/share/applications/nnstudio.desktop"
check "the icon is installed" test -f "$root/usr/share/icons/hicolor/256x256/apps/nnstudio.png"
check "MNIST's licence is credited" grep -q "CC-BY-SA-3.0" "$root/usr/share/doc/nnstudio/copyright"

# Every file of the installed program, to check later that running it changed none.
listing() { find "$root/opt/nnstudio" -printf '%p %s %T@\n' | sort; }
listing > "$work/opt-before.txt"

# A student's account, an X server shared through its socket, and no network at all.
in_root useradd -m student
mkdir -p "$root/tmp/.X11-unix"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
as_student() {
  unshare -n chroot "$root" env -i PATH=/usr/bin:/bin HOME=/home/student USER=student \
    LANG=C.UTF-8 DISPLAY="$display" setpriv --reuid=student --regid=student --init-groups "$@"
}
as_student nnstudio gui --smoke-test >"$work/smoke.out" 2>&1 || true
grep "smoke test" "$work/smoke.out" || tail -20 "$work/smoke.out"
check "nnstudio trains XOR to 100% in its window, offline, on X11" \
  grep -q "smoke test passed" "$work/smoke.out"
check "it wrote its log to the student's data folder" \
  test -f "$root/home/student/.local/share/nnstudio/logs/nnstudio.log"
listing > "$work/opt-after.txt"
check "it wrote nothing into /opt/nnstudio" cmp -s "$work/opt-before.txt" "$work/opt-after.txt"

# A screenshot of the window as a student sees it.
as_student nnstudio gui --quit-after 25 >/dev/null 2>&1 &
app=$!
DISPLAY=$display xdotool search --sync --onlyvisible --name nnstudio >/dev/null 2>&1 || true
sleep 6
if command -v import >/dev/null 2>&1; then
  DISPLAY=$display import -window root "$work/deb-window.png" && echo "screenshot: $work/deb-window.png"
fi
wait "$app" || true

in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q nnstudio >>"$work/apt.log" 2>&1
check "apt purge removes /opt/nnstudio" sh -c "! [ -e '$root/opt/nnstudio' ]"
check "apt purge removes the command, menu entry and icons" sh -c \
  "! [ -e '$root/usr/bin/nnstudio' ] && ! [ -e '$root/usr/share/applications/nnstudio.desktop' ] \
   && ! [ -e '$root/usr/share/icons/hicolor/256x256/apps/nnstudio.png' ]"
check "dpkg has no file of nnstudio left" sh -c "! chroot '$root' dpkg -L nnstudio >/dev/null 2>&1"

if [ "$failures" -eq 0 ]; then echo "test_deb_chroot: all checks passed"; else echo "test_deb_chroot: $failures checks failed"; fi
[ "$failures" -eq 0 ]
