// Whole files in and out as bytes, with one readable line on failure.
#pragma once
#include <cstddef>
#include <string>

namespace ip::cli {

// Reads `path` whole. Files larger than `max_bytes` are refused before reading.
bool read_file_bytes(const std::string& path, size_t max_bytes, std::string& out, std::string& error);

// Writes `bytes` to `path`, or to standard output when `path` is empty.
bool write_output(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace ip::cli
