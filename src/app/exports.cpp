#include "app/exports.h"

#include <cctype>
#include <exception>

#include "core/text.h"

namespace ip::app {

namespace {

// Letters, digits and non-ASCII characters (names are not only ASCII) make
// a word; anything else separates words.
std::vector<std::string> filename_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c >= 0x80) {
            word.push_back(static_cast<char>(c));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

// "Jordan M. Chen" -> "Jordan-Chen": a middle initial adds nothing to a file name.
std::string name_part(const std::string& name) {
    std::vector<std::string> words = filename_words(name);
    std::vector<std::string> kept;
    for (size_t i = 0; i < words.size(); ++i) {
        const bool middle = i > 0 && i + 1 < words.size();
        if (middle && words[i].size() == 1) continue;
        kept.push_back(words[i]);
    }
    return join(kept, "-");
}

}  // namespace

std::string display_name(const std::string& name) {
    const std::string trimmed = trim(name);
    bool has_lower = false;
    for (unsigned char c : trimmed) has_lower = has_lower || std::islower(c);
    if (has_lower) return trimmed;
    std::string out = trimmed;
    bool word_start = true;
    for (char& c : out) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalpha(u)) {
            if (!word_start) c = static_cast<char>(std::tolower(u));
            word_start = false;
        } else {
            // Letters after an apostrophe stay small (O'Neil is the exception
            // we accept); after a hyphen or space a new word starts.
            word_start = c == ' ' || c == '-';
        }
    }
    return out;
}

std::string export_basename(const Playbook& doc) {
    std::vector<std::string> parts;
    const std::string person = name_part(display_name(doc.candidate.name.value_or("")));
    if (!person.empty()) parts.push_back(person);
    std::string company = doc.company.name;
    if (company.empty()) company = doc.job.company.value_or("");
    const std::string org = join(filename_words(company), "-");
    if (!org.empty()) parts.push_back(org);
    if (parts.empty()) parts.push_back("Interview");
    std::string out = join(parts, "-");
    // Keep names short enough for every file system (whole UTF-8 characters).
    if (out.size() > 80) {
        size_t cut = 80;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
    }
    return out;
}

ExportFile make_export(const Playbook& doc, ExportFormat format, const std::string& font_regular,
                       const std::string& font_bold, bool a4) {
    const ExportFormatInfo& info = export_format_info(format);
    ExportFile out;
    out.filename = export_basename(doc) + info.file_suffix;
    out.mime_type = info.mime_type;
    ExportOptions options;
    options.scale = 2;
    options.a4 = a4;
    try {
        if (!render_export(doc, format, font_regular, font_bold, options, out.bytes, out.error)) {
            if (out.error.empty()) out.error = "the export could not be made";
            return out;
        }
    } catch (const std::exception& e) {
        out.error = std::string("the export failed: ") + e.what();
        return out;
    }
    out.ok = true;
    return out;
}

bool letter_paper_locale(const std::string& language_tag) {
    // The region is the subtag after the language ("en-US", "es_MX"); a bare
    // "en" is most often a US browser.
    std::string region;
    const size_t cut = language_tag.find_first_of("-_");
    if (cut == std::string::npos) return language_tag == "en";
    for (size_t i = cut + 1; i < language_tag.size() && std::isalpha(static_cast<unsigned char>(language_tag[i])); ++i)
        region += static_cast<char>(std::toupper(static_cast<unsigned char>(language_tag[i])));
    static const char* const kLetter[] = {"US", "CA", "MX", "PR", "PH", "CL", "CO",
                                          "VE", "GT", "CR", "PA", "DO", "SV", "NI"};
    for (const char* r : kLetter)
        if (region == r) return true;
    return false;
}

}  // namespace ip::app
