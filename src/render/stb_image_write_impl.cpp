// The one definition of stb_image_write in the engine (PNG encoding only),
// with our faster zlib compressor (render/png_deflate.h).
#include "render/png_deflate.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#define STBIW_ZLIB_COMPRESS ip::png_deflate
#include <stb/stb_image_write.h>
