// The top of a resume, before the first section: the candidate's name, a
// headline, contact details and sometimes an untitled summary paragraph.
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

struct ResumeHeader {
    OptString name;
    OptString headline;
    OptString summary;
    Contact contact;
};

// A name may take two lines ("MARIA" / "GONZALEZ-ORTIZ") and be followed by
// what the document calls itself ("Kenji Watanabe Resume"), which is dropped.
ResumeHeader read_resume_header(const Knowledge& kb, const std::vector<std::string>& lines);

// The lead-in role of a summary ("Senior Software Engineer with 7 years ...")
// when it reads as a title; empty otherwise.
std::string headline_from_summary(const Knowledge& kb, const std::string& summary);

}  // namespace ip
