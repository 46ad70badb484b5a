#include "parse/read.h"

#include <nlohmann/json.hpp>

#include "core/text.h"
#include "parse/clean_text.h"
#include "parse/docx.h"
#include "parse/front_matter.h"
#include "parse/html_text.h"
#include "parse/input_limits.h"
#include "parse/input_sniff.h"
#include "parse/job_text.h"
#include "parse/json_depth.h"
#include "parse/json_resume.h"
#include "parse/latex_text.h"
#include "parse/pdf_items.h"
#include "parse/resume_text.h"
#include "parse/zip_reader.h"

namespace ip {

namespace {

using nlohmann::json;

std::string extension_of(const std::string& filename) {
    size_t dot = filename.rfind('.');
    size_t slash = filename.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    return to_lower(filename.substr(dot + 1));
}

std::string_view without_bom(std::string_view s) { return starts_with(s, "\xEF\xBB\xBF") ? s.substr(3) : s; }

enum class JsonKind { NotJson, PdfItems, JsonResume, OtherJson };

// A JSON text's shape: PDF items (docs/pdf-items.md) or a JSON Resume.
JsonKind json_kind(std::string_view bytes) {
    std::string head = trim(without_bom(bytes.substr(0, 64)));
    if (head.empty() || (head[0] != '{' && head[0] != '[')) return JsonKind::NotJson;
    if (json_nesting_depth(bytes, limits::kMaxJsonDepth) > limits::kMaxJsonDepth) return JsonKind::OtherJson;
    json doc = json::parse(without_bom(bytes), nullptr, false);
    if (doc.is_discarded()) return JsonKind::NotJson;
    if (doc.is_object()) {
        if (doc.contains("pages") || (doc.contains("format") && doc["format"] == "pdf-items/1"))
            return JsonKind::PdfItems;
        for (const char* key : {"basics", "work", "education", "skills", "projects", "volunteer"})
            if (doc.contains(key)) return JsonKind::JsonResume;
        return JsonKind::OtherJson;
    }
    if (doc.is_array() && !doc.empty() && doc[0].is_object() && (doc[0].contains("items") || doc[0].contains("str")))
        return JsonKind::PdfItems;
    return JsonKind::OtherJson;
}

// Everything a reader needs about one input document, resume or job.
struct Decoded {
    InputFormat format = InputFormat::PlainText;
    std::string text;  // the rebuilt plain text (not for JSON Resume)
    std::string error;
    std::vector<std::string> warnings;
};

// The checks and decoding every input goes through, in order: empty, size,
// binary, encoding, then the format's own reader. `what` names the document
// in messages ("the resume").
bool decode(const std::string& bytes, const std::string& filename, const std::string& what, Decoded& d) {
    if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
        d.error = what + " is empty";
        return false;
    }
    if (bytes.size() > limits::kMaxFileBytes) {
        d.error = too_large_message(what, bytes.size(), limits::kMaxFileBytes);
        return false;
    }
    std::string ext = extension_of(filename);
    if (is_pdf_file(bytes) || (ext == "pdf" && !looks_like_zip(bytes) && json_kind(bytes) != JsonKind::PdfItems)) {
        d.error =
            "PDF files are read through the PDF text extractor (pdf.js), which gives the engine the PDF's "
            "positioned-items JSON (docs/pdf-items.md); open the PDF in the app, or paste the text";
        return false;
    }
    if (is_ole2_file(bytes)) {
        d.error = "this looks like an old Word .doc file; save it as .docx or PDF, or paste the text";
        return false;
    }
    if (is_rtf_file(bytes)) {
        d.error = "RTF files are not supported; save it as .docx or PDF, or paste the text";
        return false;
    }

    std::string transcoded;
    const std::string* input = &bytes;
    if (!looks_like_zip(bytes) && utf16_to_utf8(bytes, transcoded)) input = &transcoded;
    if (!looks_like_zip(*input)) {
        std::string kind = binary_file_kind(*input);
        if (!kind.empty()) {
            d.error = "this looks like a binary file (" + kind + "), not " +
                      (starts_with(what, "the ") ? "a" + what.substr(3) : what);
            return false;
        }
    }
    // Repaired before detection: a JSON Resume with one stray Latin-1 byte is still JSON.
    std::string repaired;
    if (!looks_like_zip(*input) && !is_valid_utf8(*input)) {
        if (windows_1252_to_utf8(*input, repaired)) {
            d.warnings.push_back(what + " is not UTF-8; it was read as Windows-1252 (Western European) text");
        } else {
            repaired = repair_utf8(*input);
            d.warnings.push_back(what + " is not valid UTF-8; unreadable bytes were replaced with \u201C\uFFFD\u201D");
        }
        input = &repaired;
    }
    d.format = detect_format(*input, filename);
    bool container = d.format == InputFormat::Docx || d.format == InputFormat::PdfItems;
    if (!container && input->size() > limits::kMaxTextBytes) {
        d.error = too_large_message(what, input->size(), limits::kMaxTextBytes);
        return false;
    }

    switch (d.format) {
        case InputFormat::Docx:
            if (!docx_to_text(*input, d.text, d.error)) {
                d.error = "could not read the .docx: " + d.error;
                return false;
            }
            break;
        case InputFormat::PdfItems:
            if (!pdf_items_to_text(std::string(without_bom(*input)), d.text, d.error)) {
                d.error = "could not read the PDF text: " + d.error;
                return false;
            }
            if (trim(d.text).empty()) {
                d.error = "the PDF has no selectable text (perhaps a scanned image); paste the text instead";
                return false;
            }
            break;
        case InputFormat::Html: d.text = html_to_text(without_bom(*input)); break;
        case InputFormat::JsonResume: d.text = std::string(without_bom(*input)); return true;
        case InputFormat::PlainText:
        case InputFormat::Markdown:
            d.text = std::string(without_bom(*input));
            if (looks_like_latex(d.text)) d.text = latex_to_text(d.text);
            break;
    }
    if (d.text.size() > limits::kMaxTextBytes) {
        d.error = too_large_message(what + "'s text", d.text.size(), limits::kMaxTextBytes);
        return false;
    }
    if (!is_valid_utf8(d.text)) d.text = repair_utf8(d.text);
    return true;
}

}  // namespace

InputFormat detect_format(const std::string& bytes, const std::string& filename) {
    std::string ext = extension_of(filename);
    if (looks_like_zip(bytes)) return InputFormat::Docx;
    switch (json_kind(bytes)) {
        case JsonKind::PdfItems: return InputFormat::PdfItems;
        case JsonKind::JsonResume: return InputFormat::JsonResume;
        case JsonKind::OtherJson: return ext == "json" ? InputFormat::JsonResume : InputFormat::PlainText;
        case JsonKind::NotJson: break;
    }
    if (ext == "html" || ext == "htm" || ext == "xhtml" || looks_like_html(bytes)) return InputFormat::Html;
    if (ext == "docx") return InputFormat::Docx;
    if (ext == "md" || ext == "markdown") return InputFormat::Markdown;
    return InputFormat::PlainText;
}

ReadResume read_resume(const Knowledge& kb, const std::string& bytes, const std::string& filename,
                       const std::string& today) {
    ReadResume r;
    Decoded d;
    bool decoded = decode(bytes, filename, "the resume", d);
    r.warnings = std::move(d.warnings);
    if (!decoded) {
        r.error = std::move(d.error);
        return r;
    }
    if (d.format == InputFormat::JsonResume) {
        if (!json_resume_to_candidate(kb, d.text, today, r.candidate, r.source_text, r.error)) {
            r.error = "could not read the JSON Resume: " + r.error;
            return r;
        }
        if (trim(r.source_text).empty()) {
            r.error = "the resume is empty (the JSON has no basics, work, education or skills)";
            return r;
        }
        r.ok = true;
        return r;
    }
    if (d.format == InputFormat::Markdown || d.format == InputFormat::PlainText)
        d.text = without_front_matter(kb, d.text, false);
    r.source_text = resume_reading_order(kb, clean_pasted_text(d.text));
    if (trim(r.source_text).empty()) {
        r.error = "the resume is empty";
        return r;
    }
    r.candidate = parse_resume_text(kb, r.source_text, today, r.warnings);
    r.ok = true;
    return r;
}

ReadJob read_job(const Knowledge& kb, const std::string& bytes, const std::string& filename) {
    ReadJob r;
    Decoded d;
    bool decoded = decode(bytes, filename, "the job description", d);
    r.warnings = std::move(d.warnings);
    if (!decoded) {
        r.error = std::move(d.error);
        return r;
    }
    if (d.format == InputFormat::JsonResume) {
        r.error = "this is a JSON file (a JSON Resume?), not a job description; paste the posting's text";
        return r;
    }
    if (d.format == InputFormat::Markdown || d.format == InputFormat::PlainText)
        d.text = without_front_matter(kb, d.text, true);
    r.source_text = clean_pasted_text(d.text);
    if (trim(r.source_text).empty()) {
        r.error = "the job description is empty";
        return r;
    }
    r.job = parse_job_text(kb, r.source_text);
    r.ok = true;
    return r;
}

}  // namespace ip
