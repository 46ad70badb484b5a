#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "knowledge/knowledge.h"
#include "knowledge/knowledge_file.h"

namespace ip {

namespace fs = std::filesystem;

namespace {

bool read_file(const fs::path& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return !in.bad();
}

}  // namespace

bool load_knowledge_dir(const std::string& dir, Knowledge& out, std::string& error) {
    out = Knowledge{};
    std::map<std::string, std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec), end;
    if (ec) {
        error = "knowledge directory " + dir + " cannot be read: " + ec.message();
        return false;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) {
            error = "knowledge directory " + dir + " cannot be read: " + ec.message();
            return false;
        }
        const fs::path& path = it->path();
        if (!it->is_regular_file(ec) || path.extension() != ".json") continue;
        const std::string name = path.lexically_relative(dir).generic_string();
        const auto size = it->file_size(ec);
        if (ec || size > kMaxKnowledgeFileBytes) {
            error = asset_label(name) + ": file is unreadable or larger than " +
                    std::to_string(kMaxKnowledgeFileBytes >> 20) + " MiB";
            return false;
        }
        if (!read_file(path, files[name])) {
            error = asset_label(name) + ": cannot be read";
            return false;
        }
    }
    return load_knowledge(files, out, error);
}

}  // namespace ip
