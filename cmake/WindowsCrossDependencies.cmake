# Third-party libraries for the MinGW-w64 cross-build, from the prefix that scripts/windows/deps.sh builds out
# of Debian's source packages. The targets carry the same names as on Linux and under vcpkg, so nothing
# else in the build knows which platform it is on.
set(CHECKIN_WINDOWS_PREFIX "" CACHE PATH "Prefix built by scripts/windows/deps.sh")
if(NOT EXISTS "${CHECKIN_WINDOWS_PREFIX}/include/sqlite3.h")
  message(FATAL_ERROR "CHECKIN_WINDOWS_PREFIX='${CHECKIN_WINDOWS_PREFIX}' holds no libraries: run scripts/windows/deps.sh")
endif()
set(prefix "${CHECKIN_WINDOWS_PREFIX}")

set(CMAKE_THREAD_PREFER_PTHREAD ON)
find_package(Threads REQUIRED)

function(checkin_header_library target)
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  target_include_directories(${target} SYSTEM INTERFACE "${prefix}/include")
endfunction()
checkin_header_library(nlohmann_json::nlohmann_json)
checkin_header_library(CLI11::CLI11)
checkin_header_library(doctest::doctest)
# spdlog and fmt as compiled libraries, with the CMake packages their builds installed.
find_package(fmt CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)

function(checkin_static_library target library)
  find_library(${target}_path NAMES ${library} PATHS "${prefix}/lib" NO_DEFAULT_PATH REQUIRED)
  add_library(${target} INTERFACE)
  target_include_directories(${target} SYSTEM INTERFACE "${prefix}/include")
  target_link_libraries(${target} INTERFACE ${${target}_path} ${ARGN})
endfunction()
checkin_static_library(checkin_dep_glfw glfw3 gdi32)
checkin_static_library(checkin_dep_sodium sodium)
target_compile_definitions(checkin_dep_sodium INTERFACE SODIUM_STATIC)
checkin_static_library(checkin_dep_qrencode qrencode)
checkin_static_library(checkin_dep_exif exif)

# Dear ImGui 1.86 with the GLFW and OpenGL3 backends, compiled from Debian's source.
file(GLOB imgui_sources "${prefix}/src/imgui/*.cpp")
add_library(checkin_dep_imgui STATIC ${imgui_sources})
target_include_directories(checkin_dep_imgui SYSTEM PUBLIC "${prefix}/src/imgui")
target_link_libraries(checkin_dep_imgui PUBLIC checkin_dep_glfw opengl32 imm32)
target_compile_options(checkin_dep_imgui PRIVATE -w) # third-party code: its warnings are not ours

# The SQLite amalgamation, with the features Debian's libsqlite3 is built with.
add_library(checkin_dep_sqlite STATIC "${prefix}/src/sqlite/sqlite3.c")
target_include_directories(checkin_dep_sqlite SYSTEM PUBLIC "${prefix}/src/sqlite")
target_compile_options(checkin_dep_sqlite PRIVATE -w)
target_compile_definitions(checkin_dep_sqlite PRIVATE SQLITE_THREADSAFE=1 SQLITE_ENABLE_FTS5 SQLITE_ENABLE_RTREE
                                                      SQLITE_ENABLE_SESSION SQLITE_ENABLE_PREUPDATE_HOOK
                                                      SQLITE_ENABLE_COLUMN_METADATA SQLITE_ENABLE_DBSTAT_VTAB)

# stb from Debian's headers: shared/media/stb_impl.cpp compiles the implementation once.
add_library(checkin_dep_stb INTERFACE)
target_include_directories(checkin_dep_stb SYSTEM INTERFACE "${prefix}/include/stb")
set(CHECKIN_STB_NEEDS_IMPL ON)

# cpp-httplib as the single header of its source package, over Winsock.
add_library(checkin_dep_httplib INTERFACE)
target_include_directories(checkin_dep_httplib SYSTEM INTERFACE "${prefix}/include")
target_link_libraries(checkin_dep_httplib INTERFACE ws2_32 crypt32)

# One self-contained exe per program: no MinGW runtime DLLs beside it.
add_link_options(-static -static-libgcc -static-libstdc++)
