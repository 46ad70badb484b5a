#include "cli/file_bytes.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "parse/input_limits.h"

namespace ip::cli {

namespace fs = std::filesystem;

bool read_file_bytes(const std::string& path, size_t max_bytes, std::string& out, std::string& error) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        error = path + ": no such file";
        return false;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        error = path + ": cannot be read (" + ec.message() + ")";
        return false;
    }
    if (size > max_bytes) {
        error = path + ": " + too_large_message("the file", static_cast<size_t>(size), max_bytes);
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot be opened";
        return false;
    }
    out.assign(static_cast<size_t>(size), '\0');
    in.read(out.data(), static_cast<std::streamsize>(size));
    out.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) {
        error = path + ": read failed";
        return false;
    }
    return true;
}

bool write_output(const std::string& path, const std::string& bytes, std::string& error) {
    if (path.empty()) {
        if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
            error = "cannot write to standard output";
            return false;
        }
        return true;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        error = path + ": cannot be created";
        return false;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
        error = path + ": write failed";
        return false;
    }
    return true;
}

}  // namespace ip::cli
