#!/bin/sh
# Remove nnstudio installed by install.sh for this user.
#   uninstall.sh [--purge] [--quiet]
# --purge also deletes nnstudio's settings, logs and autosaves (~/.local/share/nnstudio);
# without it they stay, so a reinstall finds them again. Project files are never touched.
set -eu
dest=$(cd "$(dirname "$0")" && pwd)
purge=no
quiet=no
for arg in "$@"; do
  case $arg in
    --purge) purge=yes ;;
    --quiet) quiet=yes ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "uninstall.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done
list="$dest/installed-files.txt"
[ -f "$list" ] || { echo "uninstall.sh: $list is missing; is this an nnstudio installation?" >&2; exit 1; }

while IFS= read -r file; do
  [ -n "$file" ] || continue
  rm -f "$file"
  case $file in
    # An icon size folder that held only nnstudio's icon goes too (hicolor/48x48/apps).
    */icons/hicolor/*/apps/nnstudio.*)
      rmdir "$(dirname "$file")" "$(dirname "$(dirname "$file")")" 2>/dev/null || true ;;
  esac
done < "$list"
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
# Refresh the desktop's caches where the tools exist (a bare system works without them).
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$data_home/mime" 2>/dev/null || true
fi
rm -rf "$dest"
if [ "$purge" = yes ]; then
  rm -rf "$data_home/nnstudio"
fi
[ "$quiet" = yes ] || echo "nnstudio is removed from $dest.$( [ "$purge" = yes ] && echo ' Its settings and logs are deleted too.')"
