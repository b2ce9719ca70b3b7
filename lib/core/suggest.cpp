#include "core/suggest.h"

#include <algorithm>

namespace bargain {

namespace {
size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = up;
        }
    }
    return row[b.size()];
}
}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& known) {
    if (word.size() > 64) return "";
    size_t limit = std::max<size_t>(2, word.size() / 3);
    std::string best;
    size_t best_distance = limit + 1;
    for (const std::string& k : known) {
        size_t d = edit_distance(word, k);
        if (d < best_distance) {
            best_distance = d;
            best = k;
        }
    }
    return best;
}

std::string did_you_mean_help(std::string_view word, const std::vector<std::string>& known) {
    std::string c = closest(word, known);
    return c.empty() ? "" : "did you mean '" + c + "'?";
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& known) {
    std::string c = closest(word, known);
    return c.empty() ? "" : " (did you mean '" + c + "'?)";
}

}  // namespace bargain
