#!/bin/sh
# Build nnstudio-VERSION-linux-ARCH.tar.xz, the per-user tarball, from a bundle made by
# packaging/build.py.
#   packaging/linux/build_tarball.sh BUNDLE_DIR OUT_DIR
# Inside: install.sh and uninstall.sh (no root needed), the menu entry and file type, a short
# README, and the bundle in nnstudio/ (which also runs in place: ./nnstudio/nnstudio).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
[ -x "$bundle/nnstudio" ] || { echo "build_tarball: $bundle/nnstudio is missing" >&2; exit 2; }

version=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
  "$bundle/build-info.json")
name="nnstudio-$version-linux-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top="$stage/nnstudio-$version"
mkdir -p "$top/share"
cp -a "$bundle" "$top/nnstudio"
cp "$here/install.sh" "$here/uninstall.sh" "$top/"
cp "$here/nnstudio.desktop" "$here/nnstudio-mime.xml" "$top/share/"
cat > "$top/README.txt" <<README
nnstudio $version - learn neural networks by building them.

Install for yourself (no administrator rights, no internet):   ./install.sh
    (to ~/.local/opt/nnstudio; ./install.sh --prefix DIR to choose the folder)
Remove it again:                         ~/.local/opt/nnstudio/uninstall.sh [--purge]
Or run it from this folder:              ./nnstudio/nnstudio
Portable (a USB stick, a wiped lab):     touch nnstudio/portable.txt
    then settings, logs and autosaves stay in nnstudio/data/ beside the program.

MNIST (nnstudio/_internal/resources/mnist.npz) is by Yann LeCun and Corinna Cortes,
under CC BY-SA 3.0; nnstudio/CREDITS.txt lists everything inside and its licence.
README
chmod -R u+rwX,go+rX,go-w "$top"
# xz: 230 MB where gzip makes 335 MB (tar -xf unpacks either).
tarball="$out/$name.tar.xz"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -cf - "nnstudio-$version" \
  | xz -T0 -6 > "$tarball"
echo "$tarball"
