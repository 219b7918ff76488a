# Cross-build for Windows x64 on Debian with MinGW-w64 (the posix thread model, for std::thread), tests
# run under Wine. Third-party libraries come from CHECKIN_WINDOWS_PREFIX (scripts/windows/deps.sh).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# -O2 as on Linux (CMake's Release default is -O3: slower to build, no gain for this app).
set(CMAKE_C_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "Flags for Release builds")
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "Flags for Release builds")

set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
if(DEFINED CHECKIN_WINDOWS_PREFIX)
  list(APPEND CMAKE_FIND_ROOT_PATH ${CHECKIN_WINDOWS_PREFIX})
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

find_program(CHECKIN_WINE NAMES wine)
if(CHECKIN_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${CHECKIN_WINE})
endif()
