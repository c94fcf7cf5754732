#!/bin/sh
# Build the Windows installers from a Windows bundle (packaging/build.py's dist/nnstudio, built
# on Windows) with Linux tools: makensis (NSIS) and wixl (msitools), as Debian ships them.
#   packaging/windows/build_installers.sh PAYLOAD_DIR OUT_DIR [VERSION]
# Writes OUT_DIR/nnstudio-VERSION-setup.exe and OUT_DIR/nnstudio-VERSION.msi.
# VERSION defaults to the bundle's build-info.json. The same scripts build with the small
# stand-in payload of test_wine.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
payload=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
version=${3:-$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
  "$payload/build-info.json")}
for tool in makensis wixl wixl-heat; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "build_installers: $tool is missing (Debian: apt-get install nsis wixl)" >&2; exit 2; }
done
[ -f "$payload/nnstudio.exe" ] || { echo "build_installers: $payload/nnstudio.exe is missing" >&2; exit 2; }

icon_flag=
if [ -f "$payload/icons/nnstudio.ico" ]; then
  icon_flag="-DICON_FILE=$payload/icons/nnstudio.ico"
fi
# makensis reads the payload path with Windows separators on Windows and / on Linux alike.
makensis -V2 -NOCD -DVERSION="$version" -DPAYLOAD_DIR="$payload" \
  -DOUT_FILE="$out/nnstudio-$version-setup.exe" ${icon_flag:+"$icon_flag"} "$here/nnstudio.nsi"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Every file of the bundle becomes a component of the group "Payload" under INSTALLDIR.
find "$payload" -type f | LC_ALL=C sort \
  | wixl-heat --prefix "$payload/" --component-group Payload --var var.PayloadDir \
      --directory-ref INSTALLDIR --win64 > "$work/payload.wxs"
# wixl wants the files' paths relative (to the folder it runs in).
(cd "$payload" && wixl --arch x64 -D Version="$version" -D PayloadDir=. -D Win64=yes \
  -o "$out/nnstudio-$version.msi" "$here/nnstudio.wxs" "$work/payload.wxs")
echo "$out/nnstudio-$version-setup.exe"
echo "$out/nnstudio-$version.msi"
