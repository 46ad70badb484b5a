// Rich text: the prose type of the playbook document. Every span says where
// its words came from, so a reader can tell the candidate's own facts from the
// engine's drafts and from the blanks only the candidate can fill.
#pragma once
#include <string>
#include <vector>

namespace ip {

enum class SpanKind { Plain, Strong, Fact, Draft, Fill };

struct Span {
    std::string text;
    SpanKind kind = SpanKind::Plain;
    bool operator==(const Span& o) const { return text == o.text && kind == o.kind; }
};

using Rich = std::vector<Span>;

const char* span_kind_name(SpanKind k);
bool span_kind_from_name(const std::string& name, SpanKind& out);

// Joins the spans' text (fill spans as "[question]").
std::string rich_to_plain(const Rich& r);

// Fluent builder: RichBuilder().plain("I ").fact("Led 8 engineers").build()
class RichBuilder {
public:
    RichBuilder& plain(const std::string& t) { return add(t, SpanKind::Plain); }
    RichBuilder& strong(const std::string& t) { return add(t, SpanKind::Strong); }
    RichBuilder& fact(const std::string& t) { return add(t, SpanKind::Fact); }
    RichBuilder& draft(const std::string& t) { return add(t, SpanKind::Draft); }
    RichBuilder& fill(const std::string& t) { return add(t, SpanKind::Fill); }
    RichBuilder& append(const Rich& r);
    RichBuilder& add(const std::string& t, SpanKind k);
    bool empty() const { return spans_.empty(); }
    Rich build() const { return spans_; }

private:
    Rich spans_;
};

}  // namespace ip
