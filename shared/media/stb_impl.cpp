// The stb implementations, for platforms whose stb package is header-only (vcpkg). Debian's libstb already
// contains them, so shared/CMakeLists.txt leaves this file out there (a second copy would clash).
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_write.h>
// Newer stb moved stb_image_resize.h to deprecated/ in favour of stb_image_resize2.h (see photo_import.cpp).
#if __has_include(<stb_image_resize.h>)
#include <stb_image_resize.h>
#else
#include <stb_image_resize2.h>
#endif
