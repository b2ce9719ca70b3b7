// A located problem with an input: the one currency lib/ uses to report bad
// input. lib/ never prints; cli/ turns a Diagnostic into
// `bargain: FILE:LINE:COL: message` on stderr and exit code 2.
//
// Line and column are 1-based, and 0 means "not known" (a missing file has no
// line). Messages never quote a ballot's choice: the secret ballot holds in
// error messages too.
//
// A problem may also carry what to do about it (`help`, "did you mean
// 'title'?") and the line of the file it is on (`excerpt`), so the reader
// sees the place without opening the file:
//
//     bargain: campaign.yaml:70:5: unknown key 'tittle' in an event
//        |
//     70 |     tittle: Informational picketing
//        |     ^^^^^^
//        = help: did you mean 'title'?
//
// Only readers of files whose lines may be shown attach an excerpt
// (io/excerpt.h): never a ballot or roster record, which would print a vote
// or a member's id into a CI log.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace bargain {

struct Diagnostic {
    Diagnostic() = default;
    Diagnostic(std::string file_, long long line_, long long column_, std::string message_, std::string help_ = {})
        : file(std::move(file_)), line(line_), column(column_), message(std::move(message_)), help(std::move(help_)) {}

    std::string file;
    long long line = 0;
    long long column = 0;
    std::string message;
    std::string help;     // what to do, or ""
    std::string excerpt;  // the text of line `line`, or "" when it is not shown
    long long width = 0;  // columns the caret underlines; 0: the word at `column`
    // A long line's excerpt is only the part around the place (io/excerpt.h):
    // the column its first byte is at, and whether the line goes on after it.
    long long excerpt_column = 1;
    bool excerpt_continues = false;

    // "FILE:LINE:COL: message", leaving out the parts that are not known.
    std::string located() const;
    // located(), then the excerpt with a caret under the place and the help
    // line, each line ending in '\n'. `colour` adds terminal colours.
    std::string shown(bool colour = false) const;
};

// The bytes a caret at byte `at` of `line` underlines when the reader did
// not say: a quoted scalar to its closing quote, a { } or [ ] to its closing
// bracket; otherwise up to a YAML key's colon, a comment, or (inside { } or
// [ ]) the next separator; never trailing spaces. A caller that has only
// part of a line says whether the part before it opened a { or [
// (`in_flow`) and whether the line goes on after it (`continues`: a bracket
// not closed in `line` may close later).
std::size_t caret_bytes(std::string_view line, std::size_t at, bool in_flow, bool continues);

// Where a value was written, for the parsers that read one value (a rule, a
// turnout) wherever it comes from: the campaign passes the place of its key,
// the command line passes none (an option is in no file).
struct Place {
    std::string file;
    long long line = 0;
    long long column = 0;

    Diagnostic problem(std::string message, std::string help = {}) const {
        return Diagnostic{file, line, column, std::move(message), std::move(help)};
    }
};

// Thrown only inside lib/ readers to unwind a parse, and caught at the
// reader's entry point, which hands back the Diagnostic as a value.
class InputError : public std::exception {
public:
    explicit InputError(Diagnostic d) : diagnostic_(std::move(d)) {}
    const Diagnostic& diagnostic() const { return diagnostic_; }
    const char* what() const noexcept override { return diagnostic_.message.c_str(); }

private:
    Diagnostic diagnostic_;
};

// A value or the Diagnostic that explains why there is none.
template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Diagnostic d) : v_(std::move(d)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(v_); }
    const T& value() const { return std::get<0>(v_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Diagnostic& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Diagnostic> v_;
};

}  // namespace bargain
