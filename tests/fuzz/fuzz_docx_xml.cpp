// The XML inside a .docx (WordprocessingML: paragraphs, runs, lists, tables,
// styles). fuzz_docx mutates whole zip files, where almost every change
// fails a CRC check before the XML is read; this harness reaches the XML
// reader directly. The input is styles.xml, a NUL byte, then document.xml
// (without a NUL, all of it is document.xml).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "parse/docx_part.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    size_t cut = input.find('\0');
    std::string_view styles_xml = cut == std::string_view::npos ? std::string_view() : input.substr(0, cut);
    std::string_view document_xml = cut == std::string_view::npos ? input : input.substr(cut + 1);
    ip::DocxStyles styles = ip::read_docx_styles(styles_xml);
    std::vector<std::string> lines;
    std::string error;
    bool ok = ip::docx_part_lines(document_xml, styles, lines, error);
    ip::fuzz::require_message(ok, error, "docx_part_lines");
    return 0;
}
