// The PDF file format itself: numbered objects, deflated streams, the
// cross-reference table and the trailer. Knows nothing about pages or fonts.
// Deterministic: no dates, no random file IDs.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ip::pdf {

class File {
public:
    // Allocates an object number to be filled in later with set().
    int reserve();
    void set(int id, std::string body);  // "<< ... >>", "[ ... ]", ...
    int add(std::string body);
    // A stream object: `dict_entries` go inside its dictionary ("/Type /XObject");
    // the data is deflated when `compress`.
    void set_stream(int id, const std::string& dict_entries, const std::string& data, bool compress = true);
    int add_stream(const std::string& dict_entries, const std::string& data, bool compress = true);
    // The whole file, with `root` as the catalog and `info` the document information.
    std::string finish(int root, int info) const;

private:
    std::vector<std::string> bodies_;  // index = object number - 1
};

// A reference "12 0 R".
std::string ref(int id);
// A text string (outline titles, document info) as UTF-16BE hex, so any
// character survives and nothing in it can end the string early.
std::string text_string(const std::string& utf8);
// A fixed-point number written exactly: `value` / 2^`shift`, trailing zeros dropped.
std::string fixed(int64_t value, int shift);
// Hundredths written as a decimal number: 4215 -> "42.15", -50 -> "-0.5".
std::string hundredths(int64_t value);
// A colour component 0..255 as 0..1 with three decimals.
std::string unit(int v255);

}  // namespace ip::pdf
