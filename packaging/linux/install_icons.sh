#!/bin/sh
# Put nnstudio's icon into a hicolor icon theme folder.
#   install_icons.sh ICON.svg BUNDLE_OR_PNG_DIR HICOLOR_DIR
# PNG sizes come from the bundle's icons/ folder (packaging/build.py renders them there).
set -eu
svg=$1
pngs=$2
theme=$3
mkdir -p "$theme/scalable/apps"
cp "$svg" "$theme/scalable/apps/nnstudio.svg"
for size in 16 24 32 48 64 128 256 512; do
  for png in "$pngs/icons/nnstudio-$size.png" "$pngs/nnstudio-$size.png"; do
    if [ -f "$png" ]; then
      mkdir -p "$theme/${size}x${size}/apps"
      cp "$png" "$theme/${size}x${size}/apps/nnstudio.png"
      break
    fi
  done
done
