#include "parse/json_resume.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/text.h"
#include "parse/bullet_facts.h"
#include "parse/bullet_marker.h"
#include "parse/input_limits.h"
#include "parse/json_depth.h"
#include "parse/resume_text.h"
#include "parse/skill_matcher.h"

// JSON Resume 1.0.0 (https://jsonresume.org/schema). Fields the candidate
// model has a place for are copied into it; everything else (awards,
// languages, interests, publications, references, course lists, scores) is
// kept in the source-text rendering, so nothing the user wrote is dropped
// and every copied string occurs verbatim in that rendering.

namespace ip {

namespace {

using nlohmann::json;

// A string field, trimmed; numbers are written as JSON writes them; anything else is "".
std::string field(const json& obj, const char* key) {
    if (!obj.is_object()) return {};
    auto it = obj.find(key);
    if (it == obj.end()) return {};
    if (it->is_string()) return trim(it->get<std::string>());
    if (it->is_number()) return it->dump();
    return {};
}

// The first non-empty of several keys (older JSON Resume drafts used
// "company" and "website" where 1.0.0 has "name" and "url").
std::string field(const json& obj, const char* key, const char* older_key) {
    std::string v = field(obj, key);
    return v.empty() ? field(obj, older_key) : v;
}

// A name field written as a Markdown link ("[University of North Alabama](http://www.una.edu)"):
// the link's text is the name.
std::string name_field(const json& obj, const char* key, const char* older_key = "") {
    std::string v = *older_key ? field(obj, key, older_key) : field(obj, key);
    for (size_t open = v.find('['); open != std::string::npos; open = v.find('[', open + 1)) {
        const size_t close = v.find("](", open);
        const size_t end = close == std::string::npos ? close : v.find(')', close);
        if (end == std::string::npos || v.find('[', open + 1) < close) continue;
        v = v.substr(0, open) + v.substr(open + 1, close - open - 1) + v.substr(end + 1);
    }
    return trim(v);
}

std::vector<std::string> strings(const json& obj, const char* key) {
    std::vector<std::string> out;
    if (!obj.is_object()) return out;
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array()) return out;
    for (const json& v : *it) {
        std::string s = v.is_string() ? trim(v.get<std::string>()) : v.is_number() ? v.dump() : std::string();
        if (!s.empty()) out.push_back(std::move(s));
    }
    return out;
}

const json& array_of(const json& obj, const char* key) {
    static const json empty = json::array();
    if (!obj.is_object()) return empty;
    auto it = obj.find(key);
    return it != obj.end() && it->is_array() ? *it : empty;
}

OptString opt(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

// ISO 8601 dates ("2019-06-01", "2019-06", "2019") to the model's "YYYY-MM"/"YYYY".
OptString model_date(const std::string& raw) {
    if (raw.empty()) return std::nullopt;
    if (is_present_word(raw)) return std::string("present");
    if (auto ym = parse_year_month(raw.size() >= 10 && raw[4] == '-' && raw[7] == '-' ? raw.substr(0, 7) : raw))
        return ym->iso();
    return std::nullopt;
}

// JSON Resume leaves endDate out for a current role.
OptString model_end(const std::string& start, const std::string& end) {
    if (end.empty()) return start.empty() ? std::nullopt : OptString("present");
    return model_date(end);
}

// The plain-text rendering: one labelled line per fact, resume-like order.
class Rendering {
public:
    void line(const std::string& s) {
        if (!s.empty()) text_ += s + "\n";
    }
    void labelled(const std::string& label, const std::string& value) {
        if (!value.empty()) line(label + ": " + value);
    }
    void bullet(const std::string& s) { line(std::string(kBulletMarker) + s); }
    void section(const std::string& title) {
        if (!text_.empty()) text_ += "\n";
        text_ += title + "\n";
        at_section_start_ = true;
    }
    // A blank line between entries, not right under the section title.
    void gap() {
        if (!at_section_start_ && !text_.empty() && !ends_with(text_, "\n\n")) text_ += "\n";
        at_section_start_ = false;
    }
    // "2019-06 – Present" (JSON Resume leaves endDate out for a current role).
    void dates(const std::string& start, const std::string& end) {
        if (start.empty()) line(end);
        else line(start + " \u2013 " + (end.empty() ? "Present" : end));
    }
    std::string take() {
        while (ends_with(text_, "\n")) text_.pop_back();
        return std::move(text_);
    }

private:
    std::string text_;
    bool at_section_start_ = false;
};

Bullet make_bullet(const Knowledge& kb, const std::string& id, const std::string& text) {
    Bullet b;
    b.id = id;
    b.text = text;
    analyze_bullet(kb, b);
    return b;
}

// A role's bullets: its highlights, or its summary's lines when it has none.
std::vector<std::string> bullet_texts(const json& entry) {
    std::vector<std::string> texts = strings(entry, "highlights");
    if (texts.empty())
        for (const std::string& l : split_lines(field(entry, "summary")))
            if (!trim(l).empty()) texts.push_back(trim(l));
    return texts;
}

void read_basics(const json& basics, Candidate& c, Rendering& r) {
    c.name = opt(field(basics, "name"));
    c.headline = opt(field(basics, "label"));
    c.contact.email = opt(field(basics, "email"));
    c.contact.phone = opt(field(basics, "phone"));
    c.summary = opt(field(basics, "summary"));

    const json& loc = basics.is_object() && basics.contains("location") ? basics["location"] : json();
    std::string city = field(loc, "city"), region = field(loc, "region"), country = field(loc, "countryCode");
    std::vector<std::string> place;
    for (const std::string& p : {city, region.empty() ? country : region})
        if (!p.empty()) place.push_back(p);
    c.contact.location = opt(join(place, ", "));

    std::string url = field(basics, "url", "website");
    if (!url.empty()) c.contact.links.push_back(url);
    std::vector<std::string> profile_lines;
    for (const json& p : array_of(basics, "profiles")) {
        std::string link = field(p, "url"), network = field(p, "network"), user = field(p, "username");
        if (link.empty() && !user.empty()) link = network.empty() ? user : network + ": " + user;
        if (!link.empty()) c.contact.links.push_back(link);
        std::string shown = network.empty() ? "" : network + ": ";
        shown += user.empty() ? link : user + (field(p, "url").empty() ? "" : " (" + field(p, "url") + ")");
        profile_lines.push_back(shown);
    }

    r.line(c.name.value_or(""));
    r.line(c.headline.value_or(""));
    std::vector<std::string> reach;
    for (const std::string& p : {c.contact.email.value_or(""), c.contact.phone.value_or(""), url})
        if (!p.empty()) reach.push_back(p);
    r.line(join(reach, " | "));
    std::vector<std::string> address;
    for (const std::string& p : {field(loc, "address"), city, region, field(loc, "postalCode"), country})
        if (!p.empty()) address.push_back(p);
    r.line(join(address, ", "));
    if (c.contact.location && !contains(join(address, ", "), *c.contact.location)) r.line(*c.contact.location);
    for (const std::string& p : profile_lines) r.line(p);
    if (c.summary) {
        r.section("Summary");
        r.line(*c.summary);
    }
}

void read_work(const Knowledge& kb, const json& work, Candidate& c, Rendering& r) {
    if (work.empty()) return;
    r.section("Experience");
    for (const json& w : work) {
        Position p;
        p.company = name_field(w, "name", "company");
        p.title = name_field(w, "position");
        std::string start = field(w, "startDate"), end = field(w, "endDate");
        p.start = model_date(start);
        p.end = model_end(start, end);
        p.location = opt(field(w, "location"));
        if (p.company.empty() && p.title.empty()) continue;

        r.gap();
        r.line(p.title);
        r.line(p.company);
        r.line(p.location.value_or(""));
        r.dates(start, end);
        r.line(field(w, "description"));
        r.line(field(w, "url", "website"));
        std::vector<std::string> texts = bullet_texts(w);
        if (!strings(w, "highlights").empty()) r.line(field(w, "summary"));
        size_t pi = c.positions.size();
        for (size_t i = 0; i < texts.size(); ++i) {
            r.bullet(texts[i]);
            p.bullets.push_back(make_bullet(kb, "p" + std::to_string(pi) + "b" + std::to_string(i), texts[i]));
        }
        c.positions.push_back(std::move(p));
    }
}

// Volunteer roles and projects both become projects: they have bullets a
// story can be built on, but they are not paid experience.
void read_projects(const Knowledge& kb, const json& list, bool volunteer, Candidate& c, Rendering& r) {
    if (list.empty()) return;
    r.section(volunteer ? "Volunteer" : "Projects");
    for (const json& e : list) {
        Project pr;
        std::string start = field(e, "startDate"), end = field(e, "endDate");
        if (volunteer) {
            std::string org = field(e, "organization"), role = field(e, "position");
            pr.name = role.empty() ? org : org.empty() ? role : role + ", " + org;
            r.gap();
            r.line(pr.name);
        } else {
            pr.name = field(e, "name");
            pr.description = opt(field(e, "description"));
            r.gap();
            r.line(pr.name);
            r.labelled("Roles", join(strings(e, "roles"), ", "));
            r.labelled("Entity", field(e, "entity"));
            r.labelled("Type", field(e, "type"));
            r.line(pr.description.value_or(""));
            r.labelled("Keywords", join(strings(e, "keywords"), ", "));
        }
        if (pr.name.empty()) continue;
        r.dates(start, end);
        r.line(field(e, "url"));
        std::vector<std::string> texts = bullet_texts(e);
        if (!strings(e, "highlights").empty()) r.line(field(e, "summary"));
        size_t ji = c.projects.size();
        for (size_t i = 0; i < texts.size(); ++i) {
            r.bullet(texts[i]);
            pr.bullets.push_back(make_bullet(kb, "j" + std::to_string(ji) + "b" + std::to_string(i), texts[i]));
        }
        c.projects.push_back(std::move(pr));
    }
}

void read_education(const json& list, Candidate& c, Rendering& r) {
    if (list.empty()) return;
    r.section("Education");
    for (const json& e : list) {
        Education ed;
        ed.institution = name_field(e, "institution");
        ed.degree = opt(field(e, "studyType"));
        ed.field = opt(field(e, "area"));
        std::string start = field(e, "startDate"), end = field(e, "endDate");
        ed.end = model_date(end);
        if (ed.institution.empty() && !ed.degree && !ed.field) continue;
        r.gap();
        std::vector<std::string> what;
        for (const OptString& s : {ed.degree, ed.field})
            if (s) what.push_back(*s);
        r.line(join(what, ", "));
        r.line(ed.institution);
        r.line(start.empty() ? end : end.empty() ? start : start + " \u2013 " + end);
        r.labelled("Score", field(e, "score", "gpa"));
        r.labelled("Courses", join(strings(e, "courses"), ", "));
        r.line(field(e, "url"));
        c.education.push_back(std::move(ed));
    }
}

void read_certificates(const json& list, Candidate& c, Rendering& r) {
    if (list.empty()) return;
    r.section("Certifications");
    for (const json& e : list) {
        Certification cert;
        cert.name = field(e, "name");
        cert.issuer = opt(field(e, "issuer"));
        std::string date = field(e, "date");
        cert.date = model_date(date);
        if (cert.name.empty()) continue;
        r.gap();
        r.line(cert.name);
        r.line(cert.issuer.value_or(""));
        r.line(date);
        r.line(field(e, "url"));
        c.certifications.push_back(std::move(cert));
    }
}

// Skills a keyword names. A keyword is declared to be a skill, so when the
// free-text matcher finds none (it ignores words like "Combine" that are
// ordinary English), the keyword may still be a skill's id ("combine").
std::vector<std::string> keyword_skills(const Knowledge& kb, const std::string& keyword) {
    std::vector<std::string> found = find_skills(kb, keyword);
    if (found.empty()) {
        std::string id = to_lower(keyword);
        std::replace(id.begin(), id.end(), ' ', '_');
        std::replace(id.begin(), id.end(), '-', '_');
        if (const SkillDef* def = kb.skill(id)) found.push_back(def->name);
    }
    return found;
}

// The skills section. A group with keywords has a category for a name
// ("Cloud security": AWS, IAM); a group without keywords names one skill.
void read_skills(const Knowledge& kb, const json& list, Candidate& c, Rendering& r) {
    if (list.empty()) return;
    r.section("Skills");
    for (const json& e : list) {
        std::string name = field(e, "name"), level = field(e, "level");
        std::vector<std::string> keywords = strings(e, "keywords");
        std::string head = name + (level.empty() ? "" : " (" + level + ")");
        r.line(keywords.empty() ? head : (head.empty() ? "" : head + ": ") + join(keywords, ", "));
        std::vector<std::string> named;
        if (keywords.empty()) keywords.push_back(name);
        for (const std::string& k : keywords)
            for (const std::string& skill : keyword_skills(kb, k)) named.push_back(skill);
        for (const std::string& skill : named) {
            auto same = [&](const SkillRef& s) { return s.name == skill; };
            if (std::find_if(c.skills.begin(), c.skills.end(), same) != c.skills.end()) continue;
            const SkillDef* def = kb.skill_named(skill);
            c.skills.push_back(SkillRef{skill, def ? def->category : std::string(), {"skills-section"}});
        }
    }
}

// Sections the model has no field for: kept in the rendering only.
void render_extras(const json& doc, Rendering& r) {
    const json& awards = array_of(doc, "awards");
    if (!awards.empty()) r.section("Awards");
    for (const json& a : awards) {
        std::vector<std::string> parts;
        for (const std::string& p : {field(a, "title"), field(a, "awarder"), field(a, "date")})
            if (!p.empty()) parts.push_back(p);
        r.line(join(parts, ", "));
        r.line(field(a, "summary"));
    }
    const json& pubs = array_of(doc, "publications");
    if (!pubs.empty()) r.section("Publications");
    for (const json& p : pubs) {
        std::vector<std::string> parts;
        for (const std::string& s : {field(p, "name"), field(p, "publisher"), field(p, "releaseDate")})
            if (!s.empty()) parts.push_back(s);
        r.line(join(parts, ", "));
        r.line(field(p, "url", "website"));
        r.line(field(p, "summary"));
    }
    const json& langs = array_of(doc, "languages");
    if (!langs.empty()) r.section("Languages");
    for (const json& l : langs) {
        std::string lang = field(l, "language"), fluency = field(l, "fluency");
        r.line(fluency.empty() ? lang : lang + " (" + fluency + ")");
    }
    const json& interests = array_of(doc, "interests");
    if (!interests.empty()) r.section("Interests");
    for (const json& i : interests) {
        std::string name = field(i, "name");
        std::string kw = join(strings(i, "keywords"), ", ");
        r.line(kw.empty() ? name : name + ": " + kw);
    }
    const json& refs = array_of(doc, "references");
    if (!refs.empty()) r.section("References");
    for (const json& ref : refs) {
        r.line(field(ref, "name"));
        r.line(field(ref, "reference"));
    }
}

}  // namespace

bool json_resume_to_candidate(const Knowledge& kb, const std::string& text, const std::string& today, Candidate& out,
                              std::string& source_text, std::string& error) {
    out = Candidate{};
    source_text.clear();
    if (json_nesting_depth(text, limits::kMaxJsonDepth) > limits::kMaxJsonDepth) {
        error = "the JSON nests deeper than " + std::to_string(limits::kMaxJsonDepth) + " levels";
        return false;
    }
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) {
        error = "the file is not valid JSON";
        return false;
    }
    if (!doc.is_object()) {
        error = "a JSON Resume is an object with \"basics\" and \"work\"; this JSON is not an object";
        return false;
    }
    Rendering r;
    const json& basics = doc.contains("basics") ? doc["basics"] : json();
    read_basics(basics, out, r);
    read_work(kb, array_of(doc, "work"), out, r);
    read_projects(kb, array_of(doc, "projects"), false, out, r);
    read_projects(kb, array_of(doc, "volunteer"), true, out, r);
    read_education(array_of(doc, "education"), out, r);
    read_certificates(array_of(doc, "certificates"), out, r);
    read_skills(kb, array_of(doc, "skills"), out, r);
    render_extras(doc, r);
    source_text = r.take();
    finish_candidate(kb, today, out);
    return true;
}

}  // namespace ip
