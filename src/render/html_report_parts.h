// Building blocks of the HTML report, one function per section. Every piece
// of document text goes through html_escape or rich_html.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/playbook.h"

namespace ip::report {

void open_section(std::string& out, int number, const std::string& subtitle = "");
void close_section(std::string& out);
void heading(std::string& out, const std::string& text);  // <h3>
void label(std::string& out, const std::string& text);    // small caps label
void rich_para(std::string& out, const Rich& text, const char* css_class = nullptr);
void rich_list(std::string& out, const std::vector<Rich>& items, size_t cap = SIZE_MAX);
void text_list(std::string& out, const std::vector<std::string>& items, size_t cap = SIZE_MAX);
void empty_note(std::string& out, const std::string& text);
// The evidence ids as a list of quoted resume lines (unknown ids skipped).
void evidence_list(std::string& out, const Playbook& doc, const std::vector<std::string>& ids);

void prep_starts_here(const Playbook& doc, std::string& out);  // 1
void where_you_stand(const Playbook& doc, std::string& out);   // 2
void what_they_want(const Playbook& doc, std::string& out);    // 3
void your_story(const Playbook& doc, std::string& out);        // 4
void stories(const Playbook& doc, std::string& out);           // 5
void questions(const Playbook& doc, std::string& out);         // 6
void scripts(const Playbook& doc, std::string& out);           // 7
void questions_to_ask(const Playbook& doc, std::string& out);  // 8
void handout(const Playbook& doc, std::string& out);           // 9
void cheat_sheet(const Playbook& doc, std::string& out);       // 10

}  // namespace ip::report
