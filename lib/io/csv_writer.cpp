#include "io/csv_writer.h"

namespace bargain {

std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                          text[0] == '\t' || text[0] == '\r'))
        cell = "'";
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_row(const std::vector<std::string>& cells) {
    std::string row;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) row += ',';
        row += csv_cell(cells[i]);
    }
    return row + "\n";
}

std::string csv_table(const Table& table) {
    std::vector<std::string> headers;
    for (const TableColumn& c : table.columns) headers.push_back(c.header.value_or(""));
    std::string out = csv_row(headers);
    for (Row row : table.rows) {
        if (row.size() < headers.size()) row.resize(headers.size());
        out += csv_row(row);
    }
    return out;
}

std::string csv_figures_row(const std::vector<std::string>& cells) {
    auto is_number = [](const std::string& c) {
        size_t i = c.size() > 1 && c[0] == '-' ? 1 : 0;
        bool digits = false, dot = false;
        for (; i < c.size(); ++i) {
            if (c[i] >= '0' && c[i] <= '9') digits = true;
            else if (c[i] == '.' && digits && !dot) dot = true;
            else return false;
        }
        return digits && c.back() != '.';
    };
    std::string row;
    for (size_t i = 0; i < cells.size(); ++i) row += (i ? "," : "") + (is_number(cells[i]) ? cells[i] : csv_cell(cells[i]));
    return row + "\n";
}

}  // namespace bargain
