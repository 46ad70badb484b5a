// The Markdown export's writer and its sections.
#pragma once
#include <string>
#include <vector>

#include "model/playbook.h"

namespace ip::markdown {

// Appends Markdown blocks, each followed by a blank line. Arguments named
// `md` are already Markdown (escaped); `text` arguments are escaped here.
class Writer {
public:
    void heading(int level, const std::string& text);
    void section(int number);  // "## N. Title" and its subtitle
    void para(const std::string& md);
    void rich(const Rich& r);
    void label(const std::string& text);  // a bold lead-in line
    void list(const std::vector<std::string>& md_items, bool numbered = false);
    void rich_list(const std::vector<Rich>& items);
    void text_list(const std::vector<std::string>& items);
    void quote(const std::string& md);
    void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& md_rows);
    const std::string& str() const { return out_; }

private:
    std::string out_;
};

void prep_and_fit(const Playbook& doc, Writer& w);           // sections 1, 2
void company_and_story(const Playbook& doc, Writer& w);      // sections 3, 4
void stories_and_questions(const Playbook& doc, Writer& w);  // sections 5, 6
void scripts_and_asks(const Playbook& doc, Writer& w);       // sections 7, 8
void handout_and_cheat(const Playbook& doc, Writer& w);      // sections 9, 10

}  // namespace ip::markdown
