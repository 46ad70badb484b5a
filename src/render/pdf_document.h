// A PDF export being assembled: its pages, the places links and bookmarks
// point to, the links themselves and the bookmark (outline) list, then the
// finished file.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "render/pdf_fonts.h"
#include "render/pdf_page.h"

namespace ip::pdf {

enum class PaperSize { Letter, A4 };

struct DocumentInfo {
    std::string title;
    std::string author;   // the candidate, when known
    std::string subject;  // "Staff Data Engineer at Lumora Health"
    std::string date;     // "YYYY-MM-DD" (the document's own date), or ""
};

class Document {
public:
    Document(FontPair& faces, PaperSize paper);

    // Layout pixels (96 per inch): 816 x 1056 Letter, 794 x 1123 A4.
    int width_px() const { return width_px_; }
    int height_px() const { return height_px_; }

    Page& new_page();
    Page& page(int index) { return *pages_[static_cast<size_t>(index)]; }
    int page_count() const { return static_cast<int>(pages_.size()); }

    // A place on a page (y in layout pixels) that links and bookmarks point to.
    int add_destination(int page, int y);
    void add_link(int page, const PixelRect& area, int destination);
    void add_bookmark(const std::string& title, int destination);

    Fonts& fonts() { return fonts_; }
    std::string finish(const DocumentInfo& info);

private:
    struct Destination {
        int page, y;
    };
    struct Link {
        int page;
        PixelRect area;
        int destination;
    };
    struct Bookmark {
        std::string title;
        int destination;
    };
    std::string destination_array(const Destination& d, const std::vector<int>& page_ids) const;

    Fonts fonts_;
    PaperSize paper_;
    int width_px_, height_px_;
    std::vector<std::unique_ptr<Page>> pages_;
    std::vector<Destination> destinations_;
    std::vector<Link> links_;
    std::vector<Bookmark> bookmarks_;
};

}  // namespace ip::pdf
