#include "tally/ballot.h"

#include "core/text.h"

namespace bargain {

Answer read_answer(std::string_view cell) {
    cell = trim_blanks(cell);
    if (cell.empty()) return Answer::blank;
    if (equals_lower(cell, "yes")) return Answer::yes;
    if (equals_lower(cell, "no")) return Answer::no;
    if (equals_lower(cell, "abstain")) return Answer::abstain;
    return Answer::spoiled;
}

const char* answer_name(Answer a) {
    switch (a) {
        case Answer::yes: return "yes";
        case Answer::no: return "no";
        case Answer::abstain: return "abstain";
        case Answer::blank: return "blank";
        case Answer::spoiled: return "void";
    }
    return "?";
}

const char* status_name(Status s) {
    switch (s) {
        case Status::counted: return "counted";
        case Status::duplicate: return "duplicate";
        case Status::outside_window: return "outside-window";
        case Status::not_on_roster: return "not-on-roster";
        case Status::challenged: return "challenged";
    }
    return "?";
}

void AnswerCounts::add(Answer a, long long n) {
    switch (a) {
        case Answer::yes: yes += n; break;
        case Answer::no: no += n; break;
        case Answer::abstain: abstain += n; break;
        case Answer::blank: blank += n; break;
        case Answer::spoiled: spoiled += n; break;
    }
}

AnswerCounts& AnswerCounts::operator+=(const AnswerCounts& o) {
    yes += o.yes;
    no += o.no;
    abstain += o.abstain;
    blank += o.blank;
    spoiled += o.spoiled;
    return *this;
}

}  // namespace bargain
