#!/usr/bin/env bash
# The Windows executables under Wine, from scripts/dev.sh test-windows (after both builds):
#   1. the doctest suites of checkin-tests.exe (unit, ui, and process: checkin.exe started from the tests,
#      its screenshots checked not to be blank), through ctest and CMAKE_CROSSCOMPILING_EMULATOR;
#   2. interop: checkin-hub.exe under Wine serves the Linux integration tests, whose devices are Linux
#      `checkin` processes pairing, pushing, pulling and uploading photos through it.
# One Xvfb and one Wine prefix (kept in the cache beside the Windows libraries) serve both.
set -euo pipefail
cd "$(dirname "$0")/../.."

CACHE="${CHECKIN_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/checkin-windows}"
export WINEPREFIX="$CACHE/wine"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no .NET or HTML engine to offer to install

# Xvfb picks a free display number and writes it to the fd it is given.
display_file="$(mktemp)"
# Larger than the 1920x1080 screenshots: Wine draws a Windows frame around the window, which must fit.
Xvfb -displayfd 3 -screen 0 2560x1440x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null; wineserver -k 2>/dev/null || true; rm -f "$display_file"' EXIT
for _ in $(seq 50); do [ -s "$display_file" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$display_file")"

wineserver -k 2>/dev/null || true # a server left over by an earlier run would keep its stale state
# One wineserver for the whole run: each test starts and stops Wine processes, and a client that connects
# while an idle server is shutting down fails to start.
mkdir -p "$WINEPREFIX"
wineserver -p
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "test-windows: creating the Wine prefix $WINEPREFIX"
fi
# Starts the prefix's services now, on /dev/null: started later by a test they would hold its output
# pipe open for as long as the server lives, and ctest would wait for it.
wineboot </dev/null >/dev/null 2>&1
# Windows brings Microsoft YaHei; Wine has no CJK font of its own, so Debian's WenQuanYi Micro Hei is
# installed into the prefix's Fonts folder, where the app looks.
cp -u /usr/share/fonts/truetype/wqy/wqy-microhei.ttc "$WINEPREFIX/drive_c/windows/Fonts/"

echo "test-windows: checkin-tests.exe under Wine"
ctest --test-dir build-windows --output-on-failure -R '^(unit|ui|process)$'

echo "test-windows: checkin-hub.exe under Wine serving Linux devices"
# The kill -9 durability runs stay with the Linux hub: each Wine start costs a second or more.
CHECKIN_TEST_HUB="$PWD/build-windows/bin/checkin-hub.exe" CHECKIN_TEST_HUB_RUNNER=wine \
    build/bin/checkin-tests --test-suite='integration*' --test-suite-exclude='integration/durability'

echo "test-windows: the portable ZIP"
rm -rf build-windows/package
cpack --config build-windows/CPackConfig.cmake -B build-windows/package >/dev/null
zip_file="$(ls build-windows/package/dealer-checkin-*-windows-*.zip)"
listing="$(cmake -E tar tf "$zip_file")"
for entry in checkin.exe checkin-hub.exe assets/i18n/zh-CN.json assets/demo/catalog.json; do
    grep -q "/$entry\$" <<<"$listing" || { echo "test-windows: $entry is missing from $zip_file" >&2; exit 1; }
done
echo "test-windows: $zip_file ($(du -h "$zip_file" | cut -f1))"
