#include "render/pdf_document.h"

namespace ip::pdf {

namespace {

// Points, exactly: A4 is 210 x 297 mm.
const char* page_height_pt(PaperSize paper) { return paper == PaperSize::A4 ? "841.89" : "792"; }
std::string media_box(PaperSize paper) {
    return std::string("[0 0 ") + (paper == PaperSize::A4 ? "595.276 " : "612 ") + page_height_pt(paper) + "]";
}

// The page height in hundredths of a point, for placing links and destinations.
int64_t page_height_centi(PaperSize paper) { return paper == PaperSize::A4 ? 84189 : 79200; }

// Layout pixels (3/4 pt) to hundredths of a point.
int64_t centi_points(int px) { return int64_t{px} * 75; }

std::string pdf_date(const std::string& iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return "";
    return "D:" + iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

}  // namespace

Document::Document(FontPair& faces, PaperSize paper)
    : fonts_(faces),
      paper_(paper),
      width_px_(paper == PaperSize::A4 ? 794 : 816),
      height_px_(paper == PaperSize::A4 ? 1123 : 1056) {}

Page& Document::new_page() {
    pages_.push_back(std::make_unique<Page>(fonts_, page_height_pt(paper_)));
    return *pages_.back();
}

int Document::add_destination(int page, int y) {
    destinations_.push_back({page, y});
    return static_cast<int>(destinations_.size()) - 1;
}

void Document::add_link(int page, const PixelRect& area, int destination) {
    links_.push_back({page, area, destination});
}

void Document::add_bookmark(const std::string& title, int destination) { bookmarks_.push_back({title, destination}); }

std::string Document::destination_array(const Destination& d, const std::vector<int>& page_ids) const {
    std::string out = "[";
    out += ref(page_ids[static_cast<size_t>(d.page)]);
    out += " /XYZ 0 " + hundredths(page_height_centi(paper_) - centi_points(d.y)) + " null]";
    return out;
}

std::string Document::finish(const DocumentInfo& info) {
    File file;
    const int catalog = file.reserve();
    const int pages_id = file.reserve();
    std::vector<int> page_ids;
    for (size_t i = 0; i < pages_.size(); ++i) page_ids.push_back(file.reserve());

    std::vector<std::string> annotations(pages_.size());
    for (const Link& link : links_) {
        const Destination& d = destinations_[static_cast<size_t>(link.destination)];
        const PixelRect& a = link.area;
        const int64_t top = page_height_centi(paper_);
        annotations[static_cast<size_t>(link.page)] +=
            ref(file.add("<< /Type /Annot /Subtype /Link /Rect [" + hundredths(centi_points(a.x)) + " " +
                         hundredths(top - centi_points(a.y + a.h)) + " " + hundredths(centi_points(a.x + a.w)) + " " +
                         hundredths(top - centi_points(a.y)) + "] /Border [0 0 0] /Dest " +
                         destination_array(d, page_ids) + " >>")) +
            " ";
    }

    std::vector<int> content_ids;
    for (const auto& page : pages_) content_ids.push_back(file.add_stream("", page->content()));
    const std::string font_entries = fonts_.write(file);
    const int resources = file.add("<< /Font << " + font_entries + ">> >>");
    std::string kids;
    for (size_t i = 0; i < pages_.size(); ++i) {
        kids += ref(page_ids[i]) + " ";
        file.set(page_ids[i], "<< /Type /Page /Parent " + ref(pages_id) + " /MediaBox " + media_box(paper_) +
                                  " /Resources " + ref(resources) + " /Contents " + ref(content_ids[i]) +
                                  (annotations[i].empty() ? "" : " /Annots [" + annotations[i] + "]") + " >>");
    }
    file.set(pages_id, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) + " >>");

    std::string outlines;
    if (!bookmarks_.empty()) {
        const int root = file.reserve();
        std::vector<int> ids;
        for (size_t i = 0; i < bookmarks_.size(); ++i) ids.push_back(file.reserve());
        for (size_t i = 0; i < bookmarks_.size(); ++i) {
            const Destination& d = destinations_[static_cast<size_t>(bookmarks_[i].destination)];
            std::string body = "<< /Title " + text_string(bookmarks_[i].title) + " /Parent " + ref(root) + " /Dest " +
                               destination_array(d, page_ids);
            if (i > 0) body += " /Prev " + ref(ids[i - 1]);
            if (i + 1 < ids.size()) body += " /Next " + ref(ids[i + 1]);
            file.set(ids[i], body + " >>");
        }
        file.set(root, "<< /Type /Outlines /First " + ref(ids.front()) + " /Last " + ref(ids.back()) + " /Count " +
                           std::to_string(ids.size()) + " >>");
        outlines = " /Outlines " + ref(root) + " /PageMode /UseOutlines";
    }
    file.set(catalog, "<< /Type /Catalog /Pages " + ref(pages_id) + outlines +
                          " /ViewerPreferences << /DisplayDocTitle true >> >>");

    std::string info_dict = "<< /Title " + text_string(info.title) + " /Producer " + text_string("Interview Playbook");
    if (!info.author.empty()) info_dict += " /Author " + text_string(info.author);
    if (!info.subject.empty()) info_dict += " /Subject " + text_string(info.subject);
    const std::string date = pdf_date(info.date);
    if (!date.empty()) info_dict += " /CreationDate (" + date + ")";
    const int info_id = file.add(info_dict + " >>");
    return file.finish(catalog, info_id);
}

}  // namespace ip::pdf
