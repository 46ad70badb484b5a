// The zlib compressor behind the PNG handout, plugged into stb_image_write
// through STBIW_ZLIB_COMPRESS. stb's own compressor searches long hash chains
// and takes most of a second on a 2x page; this one keeps one candidate per
// hash (greedy LZ77, fixed Huffman codes), which is about as small on a page
// of text and white space, in a fraction of the time.
#pragma once

namespace ip {

// Same contract as stbi_zlib_compress: returns a malloc'ed zlib stream and
// sets *out_len; `quality` is ignored.
unsigned char* png_deflate(unsigned char* data, int data_len, int* out_len, int quality);

}  // namespace ip
