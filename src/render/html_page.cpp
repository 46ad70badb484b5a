#include "render/html_page.h"

#include "render/html_escape.h"

namespace ip {

const char* const kExportCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; "
    "form-action 'none'";

std::string html_document(const std::string& title, const std::string& css, const std::string& body) {
    std::string out;
    out.reserve(body.size() + css.size() + 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    // The policy comes first so it governs everything after it.
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    out += kExportCsp;
    out += "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_escape(title) + "</title>\n<style>";
    out += css;
    out += "</style>\n</head>\n<body>\n";
    out += body;
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace ip
