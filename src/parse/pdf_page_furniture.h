// What a PDF repeats on every page rather than says once: running headers
// and footers ("June 3, 2026 · Jane Smith", "Page 2 of 2"), and the dash of a
// date range that pdf.js drops. Used by the PDF-items reader (pdf_items.cpp).
#pragma once
#include <string>
#include <vector>

namespace ip {

// A line's text with every digit run replaced by '#': "Page 1 of 2" and
// "Page 2 of 2" are the same running footer.
std::string furniture_key(const std::string& line);

// For each page's lines (top first), which ones are running headers or
// footers: among the first or last kFurnitureLines of a page, with a key
// that the same end of at least one other page also has. A one-page document
// has none.
std::vector<std::vector<bool>> running_lines(const std::vector<std::vector<std::string>>& pages);

// pdf.js drops U+00AD, which some CV fonts (Awesome-CV's) map their hyphen
// glyph to, so "Jan 2012 – Dec 2016" arrives as "Jan 2012Dec 2016" or
// "Jan 2012 Dec 2016". A year followed straight by a capital letter, or by
// spaces and then another year (a capitalised word may come between), or by
// one capitalised word that ends the run ("Jan 2012 Present"), gets its
// dash back.
std::string restore_range_dash(const std::string& run);

}  // namespace ip
