#!/bin/sh
# Install nnstudio for the current user only: no root, no internet.
#   ./install.sh [--prefix DIR]
# The program goes to DIR (default ~/.local/opt/nnstudio), the command to ~/.local/bin,
# the menu entry, icon and .nnproj file type to ~/.local/share. Every file placed outside DIR
# is listed in DIR/installed-files.txt, which DIR/uninstall.sh reads to remove them again.
set -eu
src=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=$HOME/.local/bin
dest=$HOME/.local/opt/nnstudio

while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              dest=$2; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

[ -x "$src/nnstudio/nnstudio" ] || { echo "install.sh: $src/nnstudio/nnstudio is missing" >&2; exit 2; }
if [ -e "$dest" ]; then
  if [ -f "$dest/installed-files.txt" ]; then
    echo "Replacing the nnstudio already in $dest."
    "$dest/uninstall.sh" --quiet
  else
    echo "install.sh: $dest exists and is not an nnstudio installation; not touching it." >&2
    exit 1
  fi
fi

mkdir -p "$(dirname "$dest")" "$bin_dir" "$data_home/applications" "$data_home/mime/packages"
cp -R "$src/nnstudio" "$dest.partial"
cp "$src/uninstall.sh" "$dest.partial/uninstall.sh"
chmod 755 "$dest.partial/uninstall.sh"
mv "$dest.partial" "$dest"
list="$dest/installed-files.txt"
: > "$list"

ln -sf "$dest/nnstudio" "$bin_dir/nnstudio"
echo "$bin_dir/nnstudio" >> "$list"

desktop="$data_home/applications/nnstudio.desktop"
sed -e "s|^Exec=nnstudio |Exec=\"$dest/nnstudio\" |" -e "s|^TryExec=nnstudio|TryExec=$dest/nnstudio|" \
  "$src/share/nnstudio.desktop" > "$desktop"
echo "$desktop" >> "$list"
cp "$src/share/nnstudio-mime.xml" "$data_home/mime/packages/nnstudio.xml"
echo "$data_home/mime/packages/nnstudio.xml" >> "$list"
for icon in "$dest"/icons/nnstudio-*.png; do
  size=$(basename "$icon" .png | sed 's/^nnstudio-//')
  mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
  cp "$icon" "$data_home/icons/hicolor/${size}x${size}/apps/nnstudio.png"
  echo "$data_home/icons/hicolor/${size}x${size}/apps/nnstudio.png" >> "$list"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$dest/icons/nnstudio.svg" "$data_home/icons/hicolor/scalable/apps/nnstudio.svg"
echo "$data_home/icons/hicolor/scalable/apps/nnstudio.svg" >> "$list"

# Refresh the desktop's caches where the tools exist (a bare system works without them).
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$data_home/mime" 2>/dev/null || true
fi

echo "nnstudio is installed in $dest."
case ":$PATH:" in
  *":$bin_dir:"*) echo "Start it from the menu or with: nnstudio" ;;
  *) echo "Start it from the menu or with: $bin_dir/nnstudio  ($bin_dir is not on your PATH)" ;;
esac
echo "To remove it: $dest/uninstall.sh"
