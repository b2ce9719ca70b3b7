#include "io/html_table.h"

#include "io/svg.h"

namespace bargain {

std::string html_table(const Table& table, const HtmlTableOptions& o) {
    std::string out = "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + xml_text(o.caption) +
                      "\">\n<table>\n<caption>" + xml_text(o.caption) + "</caption>\n<thead><tr>";
    for (const TableColumn& c : table.columns)
        out += std::string("<th scope=\"col\"") + (c.align == Align::figures ? " class=\"num\"" : "") + ">" +
               xml_text(c.header.value_or("")) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out += "<tr>";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::string cell = c < table.rows[r].size() ? table.rows[r][c] : "";
            std::string href = o.link ? o.link(r, c) : "";
            std::string text = href.empty() ? xml_text(cell) : "<a href=\"" + xml_text(href) + "\">" + xml_text(cell) + "</a>";
            const bool header = c == 0 && o.row_headers;
            const char* tag = header ? "th" : "td";
            out += std::string("<") + tag + (header ? " scope=\"row\"" : "") +
                   (table.columns[c].align == Align::figures ? " class=\"num\"" : "") + ">" + text + "</" + tag + ">";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</div>\n";
}

}  // namespace bargain
