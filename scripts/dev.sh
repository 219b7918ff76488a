#!/usr/bin/env bash
# The one entry point for developers and CI on Debian 12: installs the missing packages, configures and
# builds (incrementally when a build exists), then runs what was asked.
#   scripts/dev.sh run [checkin options]   the kiosk on the default local store, with demo data
#   scripts/dev.sh test                    every test through ctest
#   scripts/dev.sh test-sanitize           unit and UI tests under ASan + UBSan (build-sanitize/)
#   scripts/dev.sh test-windows            the MinGW-w64 cross-build (build-windows/), its tests under Wine
#   scripts/dev.sh bench [--json]          the performance figures
#   scripts/dev.sh screenshots             renders the README gallery into docs/screenshots/
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake ninja-build g++ pkg-config libimgui-dev libglfw3-dev libgl-dev libsqlite3-dev libstb-dev
          libqrencode-dev doctest-dev nlohmann-json3-dev libspdlog-dev libcli11-dev fonts-wqy-microhei
          xvfb xauth libcpp-httplib-dev libsodium-dev libexif-dev)
# The Windows cross-build: the compiler, Wine, and what building Debian's source packages needs.
# Wine's X11 and OpenGL libraries are only recommended by libwine, and packages are installed without them.
WINDOWS_PACKAGES=(g++-mingw-w64-x86-64-posix wine wine64 tcl dpkg-dev autoconf automake autopoint libtool
                  debian-archive-keyring fonts-wine libgl1 libgl1-mesa-dri libxrender1 libxrandr2 libxi6
                  libxcursor1 libxinerama1 libxcomposite1 libxxf86vm1)

install_packages() { # [extra packages...]
    local missing=()
    for package in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure DIR [cmake options...]: once; later builds are incremental
configure() {
    local dir="$1"
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
}

# build DIR [cmake options...]: every target
build() {
    configure "$@"
    cmake --build "$1" -j "$(nproc)"
}

# The tests and the programs they start, without the benchmarks (for the extra builds of CI).
TEST_TARGETS=(--target checkin-tests checkin checkin-hub)

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    run)
        install_packages
        build build
        exec build/bin/checkin --role kiosk --demo "$@"
        ;;
    test)
        install_packages
        build build
        ctest --test-dir build --output-on-failure
        ;;
    test-sanitize)
        install_packages
        configure build-sanitize -DCHECKIN_SANITIZE=ON
        cmake --build build-sanitize -j "$(nproc)" "${TEST_TARGETS[@]}"
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            ctest --test-dir build-sanitize --output-on-failure -R '^(unit|ui)$'
        ;;
    test-windows)
        install_packages "${WINDOWS_PACKAGES[@]}"
        build build # the Linux devices of the interop check
        prefix="$(scripts/windows/deps.sh)"
        configure build-windows -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64.cmake \
            -DCHECKIN_WINDOWS_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release
        cmake --build build-windows -j "$(nproc)" "${TEST_TARGETS[@]}"
        scripts/windows/test.sh
        ;;
    bench)
        install_packages
        build build
        build/bin/checkin-bench "$@"
        ;;
    screenshots)
        install_packages
        build build
        scripts/screenshots.sh
        ;;
    *)
        echo "usage: scripts/dev.sh run|test|test-sanitize|test-windows|bench|screenshots [options]" >&2
        exit 2
        ;;
esac
