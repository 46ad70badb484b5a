// The Markdown export's writer and its sections.
#pragma once
#include <string>
#include <vector>

#include "model/playbook.h"

namespace ip::markdown {

// The blocks the playbook is written in, in reading order. Arguments named
// `md` are inline Markdown (escaped, with **strong**, _draft_ and [__fill__]
// marks); `text` arguments are plain text. MarkdownWriter appends Markdown;
// the PDF report typesets the same calls (pdf_report.cpp), so both exports
// say the same things in the same order.
class Writer {
public:
    virtual ~Writer() = default;
    virtual void heading(int level, const std::string& text) = 0;
    virtual void section(int number) = 0;  // "N. Title" and its subtitle
    virtual void contents() = 0;           // the ten sections and what each gives
    virtual void para(const std::string& md) = 0;
    virtual void note(const std::string& text) = 0;  // an aside: "No clear strengths were found yet."
    virtual void rich(const Rich& r) = 0;
    virtual void label(const std::string& text) = 0;  // a bold lead-in line
    virtual void list(const std::vector<std::string>& md_items, bool numbered = false) = 0;
    virtual void rich_list(const std::vector<Rich>& items) = 0;
    void text_list(const std::vector<std::string>& items);
    virtual void quote(const std::string& md) = 0;
    virtual void table(const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& md_rows) = 0;
};

class MarkdownWriter : public Writer {
public:
    void heading(int level, const std::string& text) override;
    void section(int number) override;
    void contents() override;
    void para(const std::string& md) override;
    void note(const std::string& text) override;
    void rich(const Rich& r) override;
    void label(const std::string& text) override;
    void list(const std::vector<std::string>& md_items, bool numbered = false) override;
    void rich_list(const std::vector<Rich>& items) override;
    void quote(const std::string& md) override;
    void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& md_rows) override;
    const std::string& str() const { return out_; }

private:
    std::string out_;
};

// The whole playbook: title, how to read it, contents, the ten sections.
void write_playbook(const Playbook& doc, Writer& w);

void prep_and_fit(const Playbook& doc, Writer& w);           // sections 1, 2
void company_and_story(const Playbook& doc, Writer& w);      // sections 3, 4
void stories_and_questions(const Playbook& doc, Writer& w);  // sections 5, 6
void scripts_and_asks(const Playbook& doc, Writer& w);       // sections 7, 8
void handout_and_cheat(const Playbook& doc, Writer& w);      // sections 9, 10

}  // namespace ip::markdown
