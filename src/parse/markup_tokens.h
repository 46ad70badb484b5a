// A small, lenient tokenizer for XML (the .docx parts) and HTML (job
// descriptions): tags, text and character references. It never fails:
// broken markup degrades to text or is skipped, and it never allocates per
// token (tokens are views into the source).
#pragma once
#include <string>
#include <string_view>

namespace ip {

struct MarkupToken {
    enum class Kind { Text, Open, Close };
    Kind kind = Kind::Text;
    std::string_view name;      // as written, namespace prefix included ("w:p"); empty for text
    std::string_view attrs;     // raw attribute text of an open tag
    std::string_view text;      // raw text (entities not yet decoded)
    bool self_closing = false;  // <w:tab/>
    bool cdata = false;         // text from <![CDATA[...]]>: no entities inside
};

class MarkupTokenizer {
public:
    explicit MarkupTokenizer(std::string_view src) : src_(src) {}
    // Next tag or text run; comments, <?...?> and <!DOCTYPE> are skipped.
    // Returns false at the end of input.
    bool next(MarkupToken& t);
    // HTML raw-text elements (<script>, <style>): skips to just after the
    // matching close tag (case-insensitive), or to the end.
    void skip_past_close(std::string_view name);

private:
    std::string_view src_;
    size_t pos_ = 0;
};

// "w:p" -> "p"
std::string_view local_name(std::string_view qualified);
// The decoded value of attribute `name` (compared by local name, ASCII
// case-insensitively), quoted or not; empty when absent.
std::string attribute(std::string_view attrs, std::string_view name);
bool has_attribute(std::string_view attrs, std::string_view name);
// Appends `text` with character references decoded (&amp; &#8211; &#x2022;
// and the common HTML names); unknown references stay as written.
void append_decoded(std::string& out, std::string_view text);

}  // namespace ip
