// The invisible bidirectional embedding, override and isolate controls
// (U+202A-202E, U+2066-2069). In exported text they can make a line read
// differently from what it says ("Trojan Source"), so the exports drop them.
#pragma once
#include <cstdint>

namespace ip {

constexpr bool is_bidi_control(uint32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

}  // namespace ip
