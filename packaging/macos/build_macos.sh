#!/bin/sh
# Build nnstudio.app and nnstudio-VERSION-macos-ARCH.dmg on a Mac (a macOS bundle can only be
# built on macOS). Run from the repository:
#   packaging/macos/build_macos.sh [OUT_DIR]
# Signing and notarisation happen when their settings are in the environment, and are
# skipped (with the commands printed) when they are not:
#   CODESIGN_IDENTITY  "Developer ID Application: School Name (TEAMID)"
#   NOTARY_PROFILE     a notarytool keychain profile, made once with
#                      xcrun notarytool store-credentials NAME --apple-id ID --team-id TEAMID
# Needs: Python 3.11 (python.org or Homebrew), Xcode command line tools (codesign, hdiutil,
# xcrun). The app is unsigned otherwise: macOS then asks students to right-click > Open once.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "${1:-$repo/dist}" && cd "${1:-$repo/dist}" && pwd)
python=${PYTHON:-python3.11}
venv="$repo/.pkgvenv"

# 1. The pinned toolchain (TensorFlow, Keras, Qt and PyInstaller together).
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/pip" install -q -r "$repo/packaging/requirements-build.txt"

# 2. The bundle (dist/nnstudio and dist/nnstudio.app), smoke-tested: window, XOR to 100%.
"$venv/bin/python" "$repo/packaging/build.py" --dist "$out" --work "$repo/build"
app="$out/nnstudio.app"
"$venv/bin/python" "$repo/packaging/smoke_test.py" -- "$app/Contents/MacOS/nnstudio"
version=$("$venv/bin/python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
  "$app/Contents/Resources/build-info.json")
dmg="$out/nnstudio-$version-macos-$(uname -m).dmg"

# 3. Sign the app: every library inside, then the app, with the hardened runtime that
#    notarisation requires.
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$repo/packaging/macos/entitlements.plist" \
    --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "build_macos: CODESIGN_IDENTITY is not set; the app is not signed. To sign:"
  echo "  codesign --force --deep --timestamp --options runtime \\"
  echo "    --entitlements packaging/macos/entitlements.plist --sign \"Developer ID Application: ...\" $app"
fi

# 4. The disk image: the app and a link to /Applications to drag it onto.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
cp "$app/Contents/Resources/CREDITS.txt" "$stage/CREDITS.txt"
rm -f "$dmg"
hdiutil create -volname "nnstudio $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
[ -z "${CODESIGN_IDENTITY:-}" ] || codesign --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"

# 5. Notarise and staple, so Gatekeeper opens it offline without a warning.
if [ -n "${NOTARY_PROFILE:-}" ] && [ -n "${CODESIGN_IDENTITY:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose "$dmg"
else
  echo "build_macos: not notarised. With a signed app and a notarytool profile:"
  echo "  xcrun notarytool submit $dmg --keychain-profile PROFILE --wait"
  echo "  xcrun stapler staple $dmg"
fi
echo "$dmg"
