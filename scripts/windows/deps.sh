#!/usr/bin/env bash
# Third-party code for the Windows cross-build, built from Debian's own source packages with MinGW-w64.
# Sources come through a private deb-src list (the system's apt setup is not touched) into a cache outside
# git; each library is built once, statically, into $CACHE/prefix. Header-only libraries come from Debian's
# headers (copied into $CACHE/prefix/include so no Linux system header is ever on the Windows include path).
#   scripts/windows/deps.sh            prints the prefix folder when everything is built
set -euo pipefail

CACHE="${CHECKIN_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/checkin-windows}"
PREFIX="$CACHE/prefix"
SOURCES="$CACHE/sources"
HOST=x86_64-w64-mingw32
CC="$HOST-gcc-posix"
CXX="$HOST-g++-posix"
JOBS="$(nproc)"
# Bump when a recipe below changes, so every cache rebuilds.
RECIPE_VERSION=1

mkdir -p "$PREFIX/include" "$PREFIX/lib" "$SOURCES" "$CACHE/apt/lists/partial" "$CACHE/apt/archives/partial"

log() { echo "windows-deps: $*" >&2; }

apt_private() {
    apt-get -o Dir::Etc::SourceList="$CACHE/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
        -o Dir::State::Lists="$CACHE/apt/lists" -o Dir::Cache="$CACHE/apt" -o Dir::Cache::archives="$CACHE/apt/archives" \
        -o APT::Sandbox::User=root -qq "$@"
}

update_sources() {
    [ -n "$(find "$CACHE/apt/lists" -maxdepth 1 -name '*Sources*' -mmin -1440 2>/dev/null)" ] && return 0
    cat > "$CACHE/apt/sources.list" <<LIST
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm-updates main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security bookworm-security main
LIST
    log "updating the private source list"
    apt_private update
}

# fetch PACKAGE -> prints the unpacked source folder
fetch() {
    local package="$1"
    local existing
    existing="$(find "$SOURCES" -maxdepth 1 -type d -name "$package-[0-9]*" | sort | tail -1)"
    if [ -z "$existing" ]; then
        update_sources
        log "fetching the source of $package"
        # A mirror that lacks the Debian part of a package still has the upstream tarball Debian builds
        # from: unpack that one (without Debian's patches) rather than fail.
        (cd "$SOURCES" && { apt_private source --download-only "$package" >&2 || true; } && \
            if ! dpkg-source --no-check -x "$(ls -t "$package"_*.dsc | head -1)" >&2; then
                local orig version
                orig="$(ls "$package"_*.orig.tar.* | head -1)"
                version="$(basename "$orig" | sed -E "s/^${package}_(.*)\.orig\.tar\..*$/\1/")"
                log "$package: no Debian patches on this mirror, unpacking $orig"
                mkdir -p "$package-$version" && tar -xf "$orig" -C "$package-$version" --strip-components=1
            fi)
        existing="$(find "$SOURCES" -maxdepth 1 -type d -name "$package-[0-9]*" | sort | tail -1)"
    fi
    echo "$existing"
}

# done_mark NAME: true when NAME was built by this recipe version
built() { [ -f "$PREFIX/.built-$1-$RECIPE_VERSION" ]; }
mark_built() { touch "$PREFIX/.built-$1-$RECIPE_VERSION"; }

TOOLCHAIN="$(cd "$(dirname "$0")/../.." && pwd)/cmake/toolchains/mingw-w64.cmake"

cmake_library() { # NAME SOURCE_DIR [cmake options...]
    local name="$1" source="$2"
    shift 2
    log "building $name"
    cmake -S "$source" -B "$CACHE/build/$name" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCHECKIN_WINDOWS_PREFIX="$PREFIX" \
        -DBUILD_SHARED_LIBS=OFF "$@" >&2
    cmake --build "$CACHE/build/$name" -j "$JOBS" >&2
    cmake --install "$CACHE/build/$name" >&2
}

autotools_library() { # NAME SOURCE_DIR [configure options...]
    local name="$1" source="$2"
    shift 2
    log "building $name"
    # Debian's sources keep configure.ac only: generate the configure script as the Debian build does.
    [ -x "$source/configure" ] || (cd "$source" && autoreconf -fi >&2)
    rm -rf "$CACHE/build/$name" && mkdir -p "$CACHE/build/$name"
    (cd "$CACHE/build/$name" && "$source/configure" --host="$HOST" --prefix="$PREFIX" --enable-static \
        --disable-shared CC="$CC" CXX="$CXX" "$@" >&2 && make -j "$JOBS" >&2 && make install >&2)
}

if ! built glfw; then
    cmake_library glfw "$(fetch glfw3)" -DGLFW_BUILD_EXAMPLES=OFF -DGLFW_BUILD_TESTS=OFF -DGLFW_BUILD_DOCS=OFF
    mark_built glfw
fi

if ! built imgui; then
    # Dear ImGui has no build of its own: keep its sources (core and the GLFW/OpenGL3 backends) for CMake.
    source="$(fetch imgui)"
    rm -rf "$PREFIX/src/imgui" && mkdir -p "$PREFIX/src/imgui"
    cp "$source"/*.cpp "$source"/*.h "$PREFIX/src/imgui/"
    cp "$source"/backends/imgui_impl_glfw.* "$source"/backends/imgui_impl_opengl3* "$PREFIX/src/imgui/"
    mark_built imgui
fi

if ! built sqlite; then
    # The amalgamation is generated from the canonical sources (needs tclsh), then compiled by CMake with
    # the same features as Debian's libsqlite3 (FTS5, JSON, RTREE, session).
    source="$(fetch sqlite3)"
    log "making sqlite3.c"
    rm -rf "$CACHE/build/sqlite" && mkdir -p "$CACHE/build/sqlite"
    (cd "$CACHE/build/sqlite" && "$source/configure" >&2 && make sqlite3.c >&2)
    mkdir -p "$PREFIX/src/sqlite"
    cp "$CACHE/build/sqlite/sqlite3.c" "$CACHE/build/sqlite/sqlite3.h" "$PREFIX/src/sqlite/"
    cp "$PREFIX/src/sqlite/sqlite3.h" "$PREFIX/include/"
    mark_built sqlite
fi

if ! built sodium; then
    autotools_library sodium "$(fetch libsodium)" --disable-ssp --disable-pie
    mark_built sodium
fi

if ! built qrencode; then
    cmake_library qrencode "$(fetch qrencode)" -DWITH_TOOLS=OFF -DWITH_TESTS=OFF
    mark_built qrencode
fi

if ! built exif; then
    autotools_library exif "$(fetch libexif)" --disable-nls --disable-docs
    mark_built exif
fi

if ! built fmt; then
    cmake_library fmt "$(fetch fmtlib)" -DFMT_DOC=OFF -DFMT_TEST=OFF
    mark_built fmt
fi

if ! built spdlog; then
    # Compiled once, on the external fmt above, as Debian builds it (a header-only spdlog costs every file).
    cmake_library spdlog "$(fetch spdlog)" -DSPDLOG_FMT_EXTERNAL=ON -DSPDLOG_BUILD_EXAMPLE=OFF \
        -DSPDLOG_BUILD_TESTS=OFF -DSPDLOG_BUILD_BENCH=OFF
    mark_built spdlog
fi

if ! built httplib; then
    # Debian ships cpp-httplib split into a library; the source package has the single header.
    cp "$(fetch cpp-httplib)/httplib.h" "$PREFIX/include/"
    mark_built httplib
fi

if ! built headers; then
    # Header-only libraries: Debian's own headers, the same versions as the Linux build.
    for header in nlohmann doctest CLI stb; do
        rm -rf "$PREFIX/include/$header"
        cp -r "/usr/include/$header" "$PREFIX/include/$header"
    done
    mark_built headers
fi

echo "$PREFIX"
