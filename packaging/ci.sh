#!/bin/sh
# The packaging part of .ci/run, in two steps that run before the README's test command:
#   packaging/ci.sh tools    install the tools tests/test_packaging.py uses (makensis, wixl,
#                            desktop-file-validate, shellcheck, Wine) and the X libraries Qt
#                            needs in a bundle, with apt where it can; else those tests skip
#   packaging/ci.sh bundle   build the real bundle (pinned toolchain, ~3 minutes on 2 cores)
#                            into build/ci-dist; pytest then smoke-tests it offline
#                            (tests/test_packaging.py, NNSTUDIO_BUNDLE)
# NNSTUDIO_CI_BUNDLE=0 skips the bundle (its test then skips, saying so).
set -eu
cd "$(dirname "$0")/.."

tools() {
  need=""
  for pair in makensis:nsis wixl:wixl wixl-heat:wixl desktop-file-validate:desktop-file-utils \
              shellcheck:shellcheck wine:wine strip:binutils readelf:binutils; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || need="$need ${pair#*:}"
  done
  for lib in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
             libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libegl1 libgl1 \
             libfontconfig1 libdbus-1-3; do
    dpkg -s "$lib" >/dev/null 2>&1 || need="$need $lib"
  done
  case " $need " in *" wine "*) need="$need wine64" ;; esac
  if [ -z "$need" ]; then
    echo "packaging/ci.sh: the packaging tools are installed"
  elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "packaging/ci.sh: installing$need"
    # shellcheck disable=SC2086  # $need is a list of package names, split on purpose
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
           --no-install-recommends $need >/dev/null; }; then
      echo "packaging/ci.sh: apt-get failed; the tests that need these tools will skip"
    fi
  else
    echo "packaging/ci.sh: missing$need (not root or no apt); the tests that need them will skip"
  fi
}

bundle() {
  if [ "${NNSTUDIO_CI_BUNDLE:-1}" = 0 ]; then
    echo "packaging/ci.sh: NNSTUDIO_CI_BUNDLE=0, not building the bundle"
    return 0
  fi
  started=$(date +%s)
  python3 -m venv .pkgvenv
  .pkgvenv/bin/pip install -q -r packaging/requirements-build.txt
  .pkgvenv/bin/python packaging/build.py --dist build/ci-dist --work build/ci-work --no-smoke \
    > build/ci-bundle.log 2>&1 || { tail -40 build/ci-bundle.log; exit 1; }
  echo "packaging/ci.sh: built build/ci-dist/nnstudio in $(( $(date +%s) - started )) s," \
    "$(du -sh build/ci-dist/nnstudio | cut -f1) on disk"
}

case ${1:-} in
  tools) tools ;;
  bundle) mkdir -p build && bundle ;;
  *) echo "usage: packaging/ci.sh tools|bundle" >&2; exit 2 ;;
esac
