#include "render/png_deflate.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace ip {

namespace {

constexpr int kHashBits = 15;
constexpr int kWindow = 32768;
constexpr int kMaxMatch = 258;

class BitWriter {
public:
    std::vector<uint8_t> bytes;
    void bits(uint32_t value, int count) {  // LSB first, as deflate stores data
        acc_ |= static_cast<uint64_t>(value) << used_;
        used_ += count;
        while (used_ >= 8) {
            bytes.push_back(static_cast<uint8_t>(acc_));
            acc_ >>= 8;
            used_ -= 8;
        }
    }
    void huffman(uint32_t code, int length) {  // Huffman codes go MSB first
        uint32_t reversed = 0;
        for (int i = 0; i < length; ++i) reversed |= ((code >> i) & 1u) << (length - 1 - i);
        bits(reversed, length);
    }
    void flush() {
        if (used_ > 0) bits(0, 8 - used_);
    }

private:
    uint64_t acc_ = 0;
    int used_ = 0;
};

// The fixed literal/length code of RFC 1951, section 3.2.6.
void fixed_symbol(BitWriter& w, int symbol) {
    if (symbol < 144) w.huffman(0x30 + symbol, 8);
    else if (symbol < 256) w.huffman(0x190 + (symbol - 144), 9);
    else if (symbol < 280) w.huffman(symbol - 256, 7);
    else w.huffman(0xC0 + (symbol - 280), 8);
}

void write_match(BitWriter& w, int length, int distance) {
    static const uint16_t len_base[] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                        31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    static const uint8_t len_extra[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                        2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    static const uint16_t dist_base[] = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                         33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                         1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    static const uint8_t dist_extra[] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                         6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
    int l = 28;
    while (len_base[l] > length) --l;
    fixed_symbol(w, 257 + l);
    if (len_extra[l]) w.bits(static_cast<uint32_t>(length - len_base[l]), len_extra[l]);
    int d = 29;
    while (dist_base[d] > distance) --d;
    w.huffman(static_cast<uint32_t>(d), 5);
    if (dist_extra[d]) w.bits(static_cast<uint32_t>(distance - dist_base[d]), dist_extra[d]);
}

uint32_t hash3(const unsigned char* p) {
    const uint32_t v = p[0] | (p[1] << 8) | (p[2] << 16);
    return (v * 2654435761u) >> (32 - kHashBits);
}

uint32_t adler32(const unsigned char* data, int len) {
    uint32_t a = 1, b = 0;
    while (len > 0) {
        const int chunk = len < 5552 ? len : 5552;
        for (int i = 0; i < chunk; ++i) {
            a += data[i];
            b += a;
        }
        a %= 65521;
        b %= 65521;
        data += chunk;
        len -= chunk;
    }
    return (b << 16) | a;
}

}  // namespace

unsigned char* png_deflate(unsigned char* data, int len, int* out_len, int /*quality*/) {
    BitWriter w;
    w.bytes.reserve(static_cast<size_t>(len) / 8 + 64);
    w.bytes.push_back(0x78);  // deflate, 32K window
    w.bytes.push_back(0x01);  // fastest-compression flag; 0x7801 is a multiple of 31
    w.bits(1, 1);             // final block
    w.bits(1, 2);             // fixed Huffman codes
    std::vector<int32_t> head(static_cast<size_t>(1) << kHashBits, -1);
    int i = 0;
    while (i < len) {
        int best = 0;
        if (i + 3 <= len) {
            const uint32_t h = hash3(data + i);
            const int candidate = head[h];
            head[h] = i;
            if (candidate >= 0 && i - candidate <= kWindow) {
                const int limit = len - i < kMaxMatch ? len - i : kMaxMatch;
                while (best < limit && data[candidate + best] == data[i + best]) ++best;
            }
            if (best >= 3) {
                write_match(w, best, i - candidate);
                i += best;
                continue;
            }
        }
        fixed_symbol(w, data[i]);
        ++i;
    }
    fixed_symbol(w, 256);  // end of block
    w.flush();
    const uint32_t adler = adler32(data, len);
    for (int shift = 24; shift >= 0; shift -= 8) w.bytes.push_back(static_cast<uint8_t>(adler >> shift));

    auto* out = static_cast<unsigned char*>(std::malloc(w.bytes.size()));
    if (!out) return nullptr;
    std::memcpy(out, w.bytes.data(), w.bytes.size());
    *out_len = static_cast<int>(w.bytes.size());
    return out;
}

}  // namespace ip
