// The knowledge base: everything the engine knows that is not in the user's
// documents. It lives in assets/ as JSON (schemas in assets/README.md), is
// loaded and validated once at startup, and is read-only afterwards.
#pragma once
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "knowledge/candidacy_words.h"
#include "knowledge/scoring_table.h"
#include "model/question_category.h"

namespace ip {

// --- skills.json -----------------------------------------------------------
struct SkillDef {
    std::string id;                    // "java", "kubernetes", "cpp"
    std::string name;                  // canonical display name: "Java", "Kubernetes", "C++"
    std::string category;              // language|framework|cloud|database|devops|data|ml|security|design|product|
                                       // marketing|sales|finance|operations|healthcare|practice|soft|tool|...
    std::vector<std::string> aliases;  // other spellings: "k8s", "NodeJS", "Postgres" (matched case-insensitively
                                       // unless the alias itself has an upper-case letter and is <= 2 chars)
    std::vector<std::string> related;  // skill ids that earn partial credit (Solr ~ Elasticsearch)
};

// --- skill_graph/*.json: the skills graph ------------------------------------------
// Concepts beyond the skills (imported from O*NET and ESCO, or written by
// hand) and the relations between concepts and skills. A node of the graph is
// a skill (index < skills.size()) or a concept (skills.size() + its index).
struct ConceptDef {
    std::string id;                      // "distributed_data_processing", "onet_apache_hadoop"
    std::string name;                    // "Distributed Data Processing"
    std::vector<std::string> aliases;    // other spellings, matched like skill aliases
    std::vector<std::string> broader;    // node ids this is a kind of (PostgreSQL -> SQL databases)
    std::vector<std::string> implies;    // node ids that doing this shows (Apache Beam -> distributed data processing)
    std::vector<std::string> ambiguous;  // spellings knowingly shared with another node
};

// Relations of a node defined elsewhere (a skill in skills.json): {"id", "broader", "implies"}.
struct ConceptLink {
    std::string id;
    std::vector<std::string> broader;
    std::vector<std::string> implies;
};

enum class ConceptRelation { Broader, Implies };

struct ConceptEdge {
    size_t to = 0;  // node
    ConceptRelation kind = ConceptRelation::Broader;
};

// --- companies/*.json -----------------------------------------------------------
struct ValueDef {
    std::string name;                  // "Customer Obsession" (the company's own wording)
    std::string description;           // one or two sentences, our words
    std::vector<std::string> signals;  // lower-case words/phrases in resume or JD language that show this value
    std::vector<std::string> themes;   // shared theme tags (see assets/README.md) bridging to questions/stories
};

struct CompanyDef {
    std::string id;                    // "amazon"
    std::string name;                  // "Amazon"
    std::vector<std::string> aliases;  // "AWS", "Amazon Web Services"
    std::string industry;
    std::string mission;  // the company's own mission statement, verbatim; empty when it publishes none
    std::string
        values_source;  // what the values list is called and the year it was true: "Leadership Principles (2021–2025)"
    std::vector<ValueDef> values;
    std::vector<std::string> process;  // interview rounds, each one sentence, with the year when date-sensitive
    std::vector<std::string> unique;   // what makes the loop different (Bar Raiser, ...)
    std::vector<std::string> culture;  // culture signals
    std::map<std::string, std::string> success;  // level (junior|mid|senior|staff|manager) -> what success looks like
    std::string special_interviewer;             // "Bar Raiser"; empty if none
    std::string special_interviewer_about;       // one sentence
    std::vector<std::string> facts;              // short publicly documented facts, with years where they matter
    // Every claim above (not `success`, which is advice) cites a source URL and the year it was true in the
    // file's "sources"; the loader checks the citations and keeps only the claims.
    bool generic = false;  // true only for the generic professional profile
};

// --- roles.json -------------------------------------------------------------
// One round of the field's interview loop ("Demo lesson", "Portfolio review").
struct InterviewRound {
    std::string id;                   // "demo_lesson": bank questions name it in their "round"
    std::string name;                 // "Demo lesson"
    std::string tests;                // what the round tests, a lower-case clause
    bool signature = false;           // every playbook of the family asks at least one question from it
    std::vector<std::string> levels;  // the levels whose loops have it (junior|mid|senior|staff|manager); empty = all
    // Questions of this category belong to the round without naming it (a
    // software family's coding round); unset: only questions that name it.
    std::optional<QuestionCategory> category;
};

struct RoleFamily {
    std::string id;    // software|frontend|data_science|ml|data_engineering|sre|security|product|design|
                       // engineering_management|sales|marketing|general (+ others)
    std::string name;  // "Software Engineering"
    std::vector<std::string> title_keywords;       // lower-case words in titles that select this family
    std::vector<std::string> core_skills;          // skill ids
    std::map<QuestionCategory, int> question_mix;  // category -> count, sums to 12
    std::map<std::string, std::string> levels;     // level -> expectations, one or two sentences
    std::vector<std::string> learn;                // 30-day focus ideas for this family
    std::vector<std::string> build;                // 60-day
    std::vector<std::string> own;                  // 90-day
    std::vector<InterviewRound> rounds;            // the field's interview loop, in the order it runs
    bool fallback = false;                         // the family for titles no other family claims (at most one)
};

// --- questions/*.json -------------------------------------------------------------
struct QuestionDef {
    std::string id;
    std::vector<std::string> families;  // role family ids, or "any"
    QuestionCategory category = QuestionCategory::Behavioral;
    std::string text;
    std::vector<std::string> themes;  // theme tags: matched to company values and stories
    std::vector<std::string> levels;  // empty = all levels
    std::string round;                // id of a round of the first family; empty = by category
    std::string really_asking;
    std::vector<std::string> great;      // exactly 4
    std::vector<std::string> red_flags;  // exactly 4
    std::string prep;
};

struct CurveballDef {
    std::string id;
    std::string question;
    std::string why;
    std::vector<std::string> framework;
    std::string warning;
    std::vector<std::string> families;  // or "any"
};

// --- verbs.json --------------------------------------------------------------
struct VerbDef {
    std::string past;                 // "Led" as written at the start of a bullet (lower-case in the file: "led")
    std::string base;                 // "lead"
    std::string gerund;               // "leading"
    std::vector<std::string> themes;  // what the verb signals: leadership, mentoring, ownership, ...
    int seniority = 0;                // 0 plain, 1 owns/leads, 2 architects/sets direction
};

// --- themes.json ------------------------------------------------------------
// What a theme tag means and the words that show it in resume or JD language.
struct ThemeDef {
    std::string id;                 // "mentoring"
    std::string label;              // "developing people" (lower-case noun phrase for prose)
    std::vector<std::string> cues;  // lower-case words/phrases; matched on word boundaries
    std::string probe;              // what an interviewer tests: "can you ...?" (lower-case start, ends with ?)
    std::string mistake_title;      // a common way candidates miss this theme
    std::string mistake;            // one or two sentences; may use {company}
    // The same three in the words of fields whose work is not software (a
    // nurse's or a designer's playbook); empty when the main wording already
    // fits every field.
    std::string field_probe, field_mistake_title, field_mistake;
};

// A theme cue ready for matching (analyze/text_match.cpp).
struct ThemeCue {
    std::string text;     // the cue without its trailing '*'
    bool prefix = false;  // written "mentor*": any word ending
    size_t theme = 0;     // index into Knowledge::themes
};

// --- phrasing.json -----------------------------------------------------------
// Named lists of interchangeable phrasings. Slots are written {name}; every slot
// must be filled by the composer (the text linter fails on a leftover brace).
using Phrasing = std::map<std::string, std::vector<std::string>>;

// True when the engine asks for phrasing `key`: by name, or under a prefix it
// builds keys from ("star.situation." + theme). The list is
// knowledge/phrasing_keys.h, generated from the code by tools/phrasing-keys.
bool phrasing_key_is_asked(const std::string& key);

// --- reading.json --------------------------------------------------------------
// Words the readers use to tell the parts of a pasted posting or resume apart
// (lower-case; phrases allowed).
enum class HeaderField { Title, Company, Location, Team, Skip };

struct HeaderLabel {
    std::string label;  // "time type", "location"
    HeaderField field;
};

struct ReadingWords {
    std::vector<std::string> legal_suffixes;       // "llc", "inc.", "services llc": dropped from the spoken name
    std::vector<HeaderLabel> header_labels;        // field names before a value ("Location:", Workday's "time type")
    std::vector<std::string> posting_lines;        // whole header lines that are page furniture ("Easy Apply")
    std::vector<std::string> header_noise;         // cues of job-board detail in a header piece ("applicants")
    std::vector<std::string> salary_cues;          // with a digit, a piece that states pay ("$", "a year")
    std::vector<std::string> company_intro_leads;  // "at", "join", "about": a company name follows
    std::vector<std::string> company_intro_predicates;  // "is one of": follows a company name
    // "our mission", "core values": a posting sentence with one states the company's mission or values
    // in its own words, which a playbook quotes for a company it has no profile of.
    std::vector<std::string> company_statement_cues;
    std::vector<std::string> not_a_name;               // "the", "our": starts no company name
    std::vector<std::string> non_professional_titles;  // "intern", "teaching assistant": not professional years
    std::vector<std::string> stated_years_qualifiers;  // "over", "more than": part of a stated total
    std::vector<std::string> stated_years_leads;       // "with", "has": introduce a stated total
    std::vector<std::string> unqualifying_headings;    // "key requirements", "evaluations": no qualifications below
    std::vector<std::string> qualification_headings;   // "what you'll bring": the qualifications follow
};

struct SkillIndex;  // knowledge/skill_index.h

// --- words.json: the resume reader ----------------------------------------------
// The sections of a resume; a heading word names one (Header is the text before any heading).
enum class ResumeSection { Header, Summary, Experience, Education, Skills, Languages, Certifications, Projects, Other };

struct ResumeWords {
    std::unordered_map<std::string, ResumeSection> headings;  // "work" -> Experience
    std::unordered_set<std::string> heading_modifiers;        // "professional", "relevant"
    // Lower-case phrases, matched on word boundaries.
    std::vector<std::string> career_breaks;   // "sabbatical", "career break": a gap, not a role
    std::vector<std::string> honours;         // "award", "certificate": a line with one date that is not a role
    std::vector<std::string> document_names;  // "resume", "curriculum vitae"
    // "candidate", "in progress": a credential line that says it is not held yet.
    std::vector<std::string> credentials_in_progress;
};

// --- stories.json ----------------------------------------------------------
// A kind of work a resume line describes ("clinical_care", "migration"): the
// words that show it and the questions its story answers. The story writer
// drafts only in the kind's own register (phrasing keys star.*.<id>).
struct StoryKindDef {
    std::string id;                    // "clinical_care"
    std::string label;                 // "patient care" (lower-case noun phrase)
    std::vector<std::string> verbs;    // the line's opening verb: "precepted", "migrat*" (weighs most)
    std::vector<std::string> cues;     // words anywhere in the line, matched on word boundaries ("patient*")
    std::vector<std::string> answers;  // theme tags of the questions the story answers, the main one first
};

// --- words.json: the named word lists (knowledge/word_lists.h names them) ----------
enum class WordList : unsigned short;

class Lexicon {
public:
    // True when `word` (lower-case, as the list holds it) is in the list.
    bool has(WordList list, const std::string& word) const;
    // The list in file order (for lists whose order matters: the first match wins).
    const std::vector<std::string>& list(WordList list) const;
    void set(WordList list, std::vector<std::string> words);

private:
    std::vector<std::vector<std::string>> lists_;
    std::vector<std::unordered_set<std::string>> sets_;
};

struct Knowledge {
    std::vector<SkillDef> skills;
    std::vector<ConceptDef> concepts;  // skill_graph/*.json
    std::vector<ConceptLink> concept_links;
    std::vector<CompanyDef> companies;  // includes exactly one generic profile
    std::vector<RoleFamily> roles;
    std::vector<QuestionDef> questions;
    std::vector<CurveballDef> curveballs;
    std::vector<VerbDef> verbs;
    std::vector<ThemeDef> themes;
    std::vector<StoryKindDef> story_kinds;  // stories.json, most specific first; the last is the fallback
    Phrasing phrasing;
    // words.json: what the grammar needs to know about the words after a verb.
    std::unordered_set<std::string> bare_nouns;     // "latency", "documentation": no article
    std::unordered_set<std::string> measure_verbs;  // "reduced": its object is a quantity
    ResumeWords resume_words;
    Lexicon words;  // every other named list (knowledge/word_lists.h)
    // register.json: the role families whose work is software (their text may
    // speak of production, deploys and system design), and words from another
    // field's register that the engine's own text must not use, by role family
    // id; "outside_software" applies to every family not in software_families.
    std::vector<std::string> software_families;
    std::map<std::string, std::vector<std::string>> foreign_words;
    ReadingWords reading;      // reading.json
    ScoringTable scoring;      // scoring.json: the fit score's weights and bands
    CandidacyWords candidacy;  // candidacy.json: the words the candidacy-risk check reads with

    // Indexes built by the loader.
    std::unordered_map<std::string, size_t> skill_by_id;
    std::unordered_map<std::string, size_t> skill_by_name;       // lower-case canonical name -> index
    std::unordered_map<std::string, size_t> node_by_id;          // skill and concept ids -> graph node
    std::vector<std::vector<ConceptEdge>> concept_up;            // per node: what it is a kind of, what it shows
    std::unordered_map<std::string, size_t> verb_by_past;        // lower-case past form -> index
    std::unordered_map<std::string, size_t> verb_by_other_form;  // lower-case base and gerund -> index
    // company_name_key of every name, id and alias -> the first company using
    // it (the generic profile has none).
    std::unordered_map<std::string, size_t> company_by_key;
    // Every theme cue under its first byte, in theme and cue order, so finding
    // the themes of a text looks only at cues that can start at each position.
    std::array<std::vector<ThemeCue>, 256> theme_cues_by_first_byte;
    // Token index over skill names and aliases for the skill matcher. Built on
    // first use by the reader (parse/skill_index.h, not by the loader) and shared by
    // copies; rebuilt when `skills` changes size or storage. Build it once
    // before sharing a Knowledge across threads (skill_index_for(kb)).
    mutable std::shared_ptr<const SkillIndex> skill_index;
    // The same over every graph node (skills and concepts), for evidence by meaning.
    mutable std::shared_ptr<const SkillIndex> concept_index;

    const SkillDef* skill(const std::string& id) const;
    const SkillDef* skill_named(const std::string& canonical_name) const;
    size_t node_count() const { return skills.size() + concepts.size(); }
    // A node's display name: the skill's or the concept's name.
    const std::string& node_name(size_t node) const;
    const CompanyDef& generic_company() const;
    // Finds a company by name or alias (case-insensitive); nullptr if unknown.
    const CompanyDef* find_company(const std::string& name) const;
    // The name people say for a company written `written`: legal forms dropped
    // ("Acme Robotics, Inc." -> "Acme Robotics"), and a known company's own
    // name when the written one carried a legal form ("Amazon Corporate LLC"
    // -> "Amazon").
    std::string spoken_company_name(const std::string& written) const;
    const RoleFamily* role(const std::string& id) const;
    // The family for titles no other family claims (roles.json's "fallback": true); nullptr if none is loaded.
    const RoleFamily* fallback_role() const;
    const VerbDef* verb(const std::string& word) const;
    // The verb whose base form or gerund `lower` is ("manage", "managing"); nullptr otherwise.
    const VerbDef* verb_other_form(const std::string& lower) const;
    const ThemeDef* theme(const std::string& id) const;
    // Variants for a phrasing key; empty when the assets lack a key the engine
    // asks for (a theme without its own story wording). A key the engine does
    // not ask for (phrasing_key_is_asked) is a mistyped name: std::logic_error.
    const std::vector<std::string>& phrases(const std::string& key) const;
};

// Loads every knowledge file from `files` (file name relative to assets/, e.g.
// "skills.json", "companies/amazon.json" -> its text). Validates schemas,
// unique ids and references; on failure returns false and sets `error` to one
// line naming the file and the entry.
bool load_knowledge(const std::map<std::string, std::string>& files, Knowledge& out, std::string& error);

// Reads assets/ from disk (native builds and tests) and calls load_knowledge.
bool load_knowledge_dir(const std::string& dir, Knowledge& out, std::string& error);

}  // namespace ip
