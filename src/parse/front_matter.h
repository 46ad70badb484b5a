// YAML front matter (Jekyll, Hugo, Eleventy, Gatsby pages): the "key: value"
// block between two "---" lines at the top of a Markdown page. It is page
// metadata, not text a reader sees; the fields a job header names (title,
// company, location, team) become the header lines the job reader knows.
#pragma once
#include <string>
#include <string_view>

#include "knowledge/knowledge.h"

namespace ip {

// `text` without its front matter; when `header` is set, the block is replaced
// by "Label: value" lines, one per field whose key (underscores read as spaces:
// "subnav_title") is a header label of assets/reading.json, in the order those
// labels are listed there (an earlier label is the preferred source of its
// field). Text without front matter is returned unchanged.
std::string without_front_matter(const Knowledge& kb, std::string_view text, bool header);

}  // namespace ip
