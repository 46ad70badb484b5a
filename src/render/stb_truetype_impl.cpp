// The one definition of stb_truetype in the engine (the ImGui app compiles its
// own private copy, imstb_truetype.h, with static linkage).
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>
