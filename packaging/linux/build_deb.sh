#!/bin/sh
# Build nnstudio_VERSION_ARCH.deb from a bundle made by packaging/build.py.
#   packaging/linux/build_deb.sh BUNDLE_DIR OUT_DIR
# The bundle goes to /opt/nnstudio; /usr/bin/nnstudio starts it; the menu entry, icons and the
# .nnproj file type go where the desktop looks for them (dpkg triggers refresh the caches, so
# the package needs no maintainer scripts and removal leaves nothing behind). Depends lists
# the system libraries the bundle does not carry (debdeps.py); Recommends, those of Qt's
# optional GTK theme and Wayland plugins (without them Qt uses its own style and X11/XWayland).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
[ -x "$bundle/nnstudio" ] || { echo "build_deb: $bundle/nnstudio is missing" >&2; exit 2; }

version=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
  "$bundle/build-info.json")
arch=$(dpkg --print-architecture)
# Qt draws text with the system's fonts: a minimal system may have none (every label would be
# boxes), so the package asks for the standard one.
depends="$(python3 "$here/debdeps.py" "$bundle"), fonts-dejavu-core | fonts-freefont-ttf"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/root"

mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/mime/packages" "$root/usr/share/doc/nnstudio" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/nnstudio"
ln -s ../../opt/nnstudio/nnstudio "$root/usr/bin/nnstudio"
cp "$here/nnstudio.desktop" "$root/usr/share/applications/nnstudio.desktop"
cp "$here/nnstudio-mime.xml" "$root/usr/share/mime/packages/nnstudio.xml"
"$here/install_icons.sh" "$here/../icons/nnstudio.svg" "$bundle" "$root/usr/share/icons/hicolor"
sed "s/@VERSION@/$version/" "$here/copyright" > "$root/usr/share/doc/nnstudio/copyright"
find "$root" -type d -exec chmod 0755 {} +
chmod -R u+rwX,go+rX,go-w "$root/opt" "$root/usr"

size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: nnstudio
Version: $version
Architecture: $arch
Maintainer: The nnstudio team <nnstudio@users.noreply.github.com>
Installed-Size: $size
Depends: $depends
Recommends: libgtk-3-0, libwayland-cursor0, libwayland-egl1
Section: education
Priority: optional
Homepage: https://github.com/nnstudio/nnstudio
Description: learn neural networks by building them
 nnstudio is a desktop app for classrooms: put a network's layers together,
 choose activations, a loss and an optimizer with a plain explanation of each,
 train it on MNIST digits (included), the XOR truth table or a CSV file, and
 export runnable Keras code. It works offline; TensorFlow, Keras and Qt are
 inside the package (in /opt/nnstudio).
CONTROL

deb="$out/nnstudio_${version}_${arch}.deb"
fakeroot dpkg-deb --build -Zxz "$root" "$deb" >/dev/null
echo "$deb"
