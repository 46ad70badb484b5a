// Textures for the images the app draws itself (the host's logo). The web
// build uploads them to WebGL (texture_gl.cpp); the headless build has no GPU
// and only hands out ids (texture_headless.cpp).
#pragma once
#include <string>

namespace ip::app {

// An RGBA image (width * height * 4 bytes, rows top to bottom) as a texture;
// returns its id (never 0).
unsigned create_rgba_texture(int width, int height, const std::string& rgba);
void delete_texture(unsigned texture);

}  // namespace ip::app
