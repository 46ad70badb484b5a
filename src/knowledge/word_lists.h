// The named word lists of assets/words.json that the readers and writers
// match against: every English word list the engine needs lives in that file,
// not in C++. One line per list: its name here, its group and key in the
// file, and its form: one word per entry (Words), words with spaces between
// (Phrases), or a piece of text found inside a line, where a leading or
// trailing space marks a word boundary (Cues: " bonus", "negotiat").
// Every list is required, lower-case, non-empty and lists each entry once
// (src/knowledge/read_words.cpp); tests/engine/knowledge checks that each one
// is read somewhere in src/.
#pragma once
#include <string>
#include <vector>

// clang-format off
#define IP_WORD_LISTS(X)                                                                                      \
    /* parse/metrics.cpp: the numbers in a resume bullet and what they count */                             \
    X(MetricTimeUnits,        "metrics", "time_units",          Words)                                      \
    X(MetricSubSecondUnits,   "metrics", "sub_second_units",    Words)                                      \
    X(MetricDataUnits,        "metrics", "data_units",          Words)                                      \
    X(MetricPeriods,          "metrics", "periods",             Words)                                      \
    X(MetricFastPeriods,      "metrics", "fast_periods",        Words)                                      \
    X(MetricPeriodLeads,      "metrics", "period_leads",        Words)                                      \
    X(MetricThroughputUnits,  "metrics", "throughput_units",    Words)                                      \
    X(MetricPerSecondUnits,   "metrics", "per_second_units",    Words)                                      \
    X(MetricMagnitudeWords,   "metrics", "magnitude_words",     Words)                                      \
    X(MetricMagnitudeLetters, "metrics", "magnitude_letters",   Words)                                      \
    X(MetricNounPhraseStops,  "metrics", "noun_phrase_stops",   Words)                                      \
    X(MetricUserNouns,        "metrics", "user_nouns",          Words)                                      \
    X(MetricPeopleNouns,      "metrics", "people_nouns",        Words)                                      \
    X(MetricTeamVerbs,        "metrics", "team_verbs",          Words)                                      \
    X(MetricTeamNouns,        "metrics", "team_nouns",          Words)                                      \
    X(MetricMemberWords,      "metrics", "member_words",        Words)                                      \
    X(MetricMemberTeams,      "metrics", "member_teams",        Words)                                      \
    X(MetricUptimeWords,      "metrics", "uptime_words",        Words)                                      \
    X(MetricNumberWords,      "metrics", "number_words",        Phrases)                                    \
    X(MetricApproximators,    "metrics", "approximators",       Words)                                      \
    X(MetricUnitAdjectives,   "metrics", "unit_adjectives",     Words)                                      \
    /* parse/org_and_title_words.cpp: a job title or an employer */                                         \
    X(TitleRoleNouns,         "titles",  "role_nouns",          Words)                                      \
    X(TitleQualifiers,        "titles",  "title_qualifiers",    Words)                                      \
    X(TitleOrgWords,          "titles",  "organization_words",  Words)                                      \
    X(TitleSchoolWords,       "titles",  "school_words",        Words)                                      \
    X(TitleSchoolLastWords,   "titles",  "school_last_words",   Words)                                      \
    X(HeadlineJoints,         "titles",  "headline_joints",     Cues)                                      \
    /* compose/bullet_parts.cpp: the parts of a resume bullet and a story's title */                        \
    X(BulletObjectStops,      "bullets", "object_stops",        Phrases)                                    \
    X(BulletObjectStopStarts, "bullets", "object_stop_starts",  Phrases)                                    \
    X(BulletRoleOpeners,      "bullets", "role_openers",        Words)                                      \
    X(BulletRoleLinks,        "bullets", "role_links",          Words)                                      \
    X(BulletMethodLeads,      "bullets", "method_leads",        Words)                                      \
    X(BulletVerbParticles,    "bullets", "verb_particles",      Words)                                      \
    X(BulletSubjectEnders,    "bullets", "subject_enders",      Words)                                      \
    X(BulletDeterminers,      "bullets", "determiners",         Words)                                      \
    X(BulletPeopleEndings,    "bullets", "people_endings",      Words)                                      \
    X(BulletDanglingWords,    "bullets", "dangling_words",      Words)                                      \
    X(TitleCaseSmallWords,    "bullets", "title_case_small",    Words)                                      \
    /* parse/action_verb.cpp: verb forms verbs.json lacks */                                                 \
    X(IrregularPasts,         "verb_forms", "irregular_pasts",  Words)                                      \
    X(NotPasts,               "verb_forms", "not_pasts",        Words)                                      \
    /* parse/skill_matcher.cpp, parse/skill_list.cpp, analyze/terms.cpp: skills in text */                  \
    X(SkillLetterLabels,      "skills",  "letter_labels",       Words)                                      \
    X(SkillListFillers,       "skills",  "list_fillers",        Phrases)                                    \
    X(TermStopWords,          "skills",  "term_stop_words",     Words)                                      \
    /* compose/resume_voice.cpp, compose/object_article.cpp: a resume line in the candidate's voice */       \
    X(NoArticleOpeners,       "voice",   "no_article_openers",  Words)                                      \
    X(NounPhraseEnders,       "voice",   "noun_phrase_enders",  Words)                                      \
    X(DanglingTails,          "voice",   "dangling_tails",      Phrases)                                    \
    X(OpeningAdjectives,      "voice",   "opening_adjectives",  Words)                                      \
    X(LineRoleNouns,          "voice",   "role_nouns",          Words)                                      \
    X(LineRoleFollowers,      "voice",   "role_followers",      Words)                                      \
    /* parse/job_sections.cpp, parse/requirement_facts.cpp: reading a job posting */                        \
    X(HeadingStarters,        "postings", "heading_starters",   Words)                                      \
    X(BoilerplateCues,        "postings", "boilerplate_cues",   Cues)                                       \
    X(PreferredCues,          "postings", "preferred_cues",     Cues)                                       \
    X(CredentialCues,         "postings", "credential_cues",    Cues)                                       \
    X(LogisticsWorkCues,      "logistics", "work_cues",         Cues)                                       \
    X(LogisticsAuthorization, "logistics", "authorization",     Cues)                                       \
    X(LogisticsSponsorship,   "logistics", "sponsorship",       Cues)                                       \
    X(LogisticsEligibility,   "logistics", "eligibility",       Cues)                                       \
    X(LogisticsCommitment,    "logistics", "commitment",        Cues)                                       \
    X(LogisticsTravel,        "logistics", "travel",            Cues)                                       \
    X(LogisticsLocation,      "logistics", "location",          Cues)                                       \
    X(LogisticsPay,           "logistics", "pay",               Cues)                                       \
    X(LogisticsSchedule,      "logistics", "schedule",          Cues)                                       \
    /* compose/job_refs.cpp, compose/priority.cpp: words the composer chooses among */                      \
    X(TeamUnits,              "composing", "team_units",        Words)                                      \
    X(CountWords,             "composing", "count_words",       Words)                                      \
    X(ObjectPrepositions,     "composing", "object_prepositions", Words)                                    \
    X(WorkObjectStops,        "composing", "object_stops",      Cues)
// clang-format on

namespace ip {

enum class WordForm { Words, Phrases, Cues };

enum class WordList : unsigned short {
#define IP_WORD_LIST_ENUM(name, group, key, form) name,
    IP_WORD_LISTS(IP_WORD_LIST_ENUM)
#undef IP_WORD_LIST_ENUM
};

struct WordListSpec {
    WordList list;
    const char* group;  // "metrics": the object in words.json that holds the list
    const char* key;    // "time_units"
    const char* name;   // "MetricTimeUnits", as the code names it (the unused-list test looks for it)
    WordForm form;
};

// Every list, in declaration order (index == static_cast<size_t>(list)).
const std::vector<WordListSpec>& word_list_specs();

}  // namespace ip
