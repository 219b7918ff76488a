// The stb implementations, for platforms whose stb package is header-only (vcpkg). Debian's libstb already
// contains them, so shared/CMakeLists.txt leaves this file out there (a second copy would clash).
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_write.h>
