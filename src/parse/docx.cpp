#include "parse/docx.h"

#include <algorithm>
#include <set>

#include "core/text.h"
#include "parse/docx_part.h"
#include "parse/input_limits.h"
#include "parse/markup_tokens.h"
#include "parse/zip_reader.h"

namespace ip {

namespace {

// The main document part: word/document.xml, or wherever _rels/.rels points.
const ZipEntry* find_main_part(const ZipReader& zip) {
    if (const ZipEntry* e = zip.find("word/document.xml")) return e;
    const ZipEntry* rels = zip.find("_rels/.rels");
    std::string xml, ignored;
    if (!rels || !zip.extract(*rels, limits::kMaxZipMemberBytes, xml, ignored)) return nullptr;
    MarkupTokenizer tok(xml);
    MarkupToken t;
    while (tok.next(t)) {
        if (t.kind != MarkupToken::Kind::Open || local_name(t.name) != "Relationship") continue;
        if (!ends_with(attribute(t.attrs, "Type"), "/officeDocument")) continue;
        std::string target = attribute(t.attrs, "Target");
        if (starts_with(target, "/")) target.erase(0, 1);
        return zip.find(target);
    }
    return nullptr;
}

// Names the kind of zip it is when it is not a Word document.
std::string not_a_docx_message(const ZipReader& zip) {
    if (zip.find("content.xml") && zip.find("mimetype"))
        return "this looks like an OpenDocument file (.odt), not a .docx; save it as .docx or PDF";
    if (zip.find("xl/workbook.xml")) return "this is an Excel workbook, not a Word .docx";
    if (zip.find("ppt/presentation.xml")) return "this is a PowerPoint file, not a Word .docx";
    return "the zip archive has no word/document.xml, so it is not a Word .docx";
}

bool is_part(const std::string& name, std::string_view kind) {
    return starts_with(name, std::string("word/") + std::string(kind)) && ends_with(name, ".xml");
}

}  // namespace

bool docx_to_text(const std::string& bytes, std::string& text, std::string& error) {
    text.clear();
    if (!looks_like_zip(bytes)) {
        error = "the file is not a .docx (a .docx is a zip archive, and this is not one)";
        return false;
    }
    ZipReader zip;
    if (!zip.open(bytes, error)) return false;
    const ZipEntry* main = find_main_part(zip);
    if (!main) {
        error = not_a_docx_message(zip);
        return false;
    }

    DocxStyles styles;
    if (const ZipEntry* s = zip.find("word/styles.xml")) {
        std::string xml;
        if (!zip.extract(*s, limits::kMaxZipMemberBytes, xml, error)) return false;
        styles = read_docx_styles(xml);
    }

    // Page headers often carry the name and contact line; the body follows,
    // then footers. Headers for the first/odd/even pages repeat each other.
    std::vector<const ZipEntry*> headers, footers;
    for (const ZipEntry& e : zip.entries()) {
        if (is_part(e.name, "header")) headers.push_back(&e);
        if (is_part(e.name, "footer")) footers.push_back(&e);
    }
    auto by_name = [](const ZipEntry* a, const ZipEntry* b) { return a->name < b->name; };
    std::sort(headers.begin(), headers.end(), by_name);
    std::sort(footers.begin(), footers.end(), by_name);
    std::vector<const ZipEntry*> parts = headers;
    parts.push_back(main);
    parts.insert(parts.end(), footers.begin(), footers.end());

    std::vector<std::string> lines;
    std::set<std::string> margin_lines;  // header/footer lines already written
    size_t total = 0;
    for (const ZipEntry* part : parts) {
        std::string xml;
        if (!zip.extract(*part, limits::kMaxZipMemberBytes, xml, error)) return false;
        total += xml.size();
        if (total > limits::kMaxZipMemberBytes * 2) {
            error = "the .docx's text parts inflate to more than " + format_size(limits::kMaxZipMemberBytes * 2) +
                    " (a zip bomb?)";
            return false;
        }
        std::vector<std::string> part_lines;
        if (!docx_part_lines(xml, styles, part_lines, error)) return false;
        bool margin = part != main;
        for (std::string& l : part_lines) {
            if (margin && !l.empty() && !margin_lines.insert(l).second) continue;
            lines.push_back(std::move(l));
        }
        if (margin) lines.emplace_back();
    }

    // At most one blank line in a row, none at the ends.
    for (const std::string& l : lines) {
        bool blank = trim(l).empty();
        if (blank && (text.empty() || ends_with(text, "\n\n"))) continue;
        text += blank ? std::string() : l;
        text += '\n';
    }
    while (ends_with(text, "\n")) text.pop_back();
    return true;
}

}  // namespace ip
