// The bytes of an input file as UTF-8 text, whatever the spreadsheet or
// editor that wrote them chose.
//
// Excel writes "CSV UTF-8" with a byte order mark (two, when it re-saves a
// file that had one), and its "Unicode Text" as UTF-16 LE with a mark; other
// tools write UTF-16 BE. The readers (the CSV reader, the YAML adapter) want
// one thing: UTF-8 without a mark. A TextSource gives them that, a chunk at
// a time, so a file of any size costs a buffer:
//
// - UTF-8 passes through untouched, straight from the Input into the
//   reader's buffer: no copy and no pass over it here. The readers check the
//   bytes >= 0x80 themselves, on the slow path of their scan, where they
//   know the line and column to report.
// - Byte order marks at the start, one or several, are dropped.
// - UTF-16 with a mark is transcoded; a surrogate pair split between two
//   chunks is joined, an unpaired surrogate or an odd last byte stops it.
// - UTF-16 without a mark (a NUL in every other byte of the first few) is
//   refused: guessing its byte order would be guessing. So is UTF-32, whose
//   mark would otherwise pass for UTF-16's.
//
// A problem here carries no place: the text stops just before it, and the
// reader, which counts lines and columns in the text it was given, reports
// it there. The Input still sees and hashes every raw byte, so a report's
// SHA-256 is the file's own, not the transcoded text's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "io/input.h"

namespace bargain {

enum class TextEncoding { utf8, utf8_bom, utf16le, utf16be };

// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE": for reports.
const char* encoding_name(TextEncoding e);

// What to tell someone holding a file in the wrong encoding, by the kind of
// file: the spreadsheet's menu item for CSV, the editor's for YAML.
inline constexpr std::string_view kSaveCsvAsUtf8 = "save it from your spreadsheet as \"CSV UTF-8\"";
inline constexpr std::string_view kSaveYamlAsUtf8 = "save it from your editor as UTF-8";

inline constexpr std::string_view kNulByteMessage = "NUL byte: this is not a text file";

// "byte 0xE9 is not UTF-8 (is this file Latin-1 or Windows-1252?): FIX".
std::string not_utf8_message(unsigned char byte, std::string_view fix);

// How many bytes the UTF-8 character led by `lead` (>= 0x80) takes, or 0
// when no character starts with it. Readers use it to tell a character cut
// by the end of their buffer (read more) from one that is not UTF-8.
std::size_t utf8_lead_length(unsigned char lead);

// The first bytes of a file as the text a format sniffer can look at:
// byte order marks dropped, UTF-16 (with a mark, or recognisably without
// one) narrowed to its ASCII characters, anything else as '?'.
std::string text_head(std::string_view raw);

class TextSource {
public:
    // `fix` is the advice that ends an encoding message (kSaveCsvAsUtf8...).
    TextSource(Input& in, std::string_view fix);

    // Up to n (>= 1) bytes of UTF-8 into dst. 0 at the end of the text, or
    // at a problem: then problem() says which (a read error is the Input's
    // read_error(), and comes first).
    std::size_t read(char* dst, std::size_t n);

    // Known once read() has been called.
    TextEncoding encoding() const { return encoding_; }
    // Empty, or what stops the text where it stops ("this file looks like
    // UTF-16 without a byte order mark: ...").
    const std::string& problem() const { return problem_; }

private:
    void start();
    bool decode_more();  // false when nothing more can come
    void put(char32_t c);

    Input& in_;
    std::string_view fix_;
    bool started_ = false;
    TextEncoding encoding_ = TextEncoding::utf8;
    std::string problem_;
    // UTF-16 only: raw bytes read but not decoded yet, and decoded text not
    // handed over yet.
    std::vector<char> raw_;
    std::size_t raw_pos_ = 0, raw_end_ = 0;
    bool raw_eof_ = false;
    bool at_start_ = true;  // no character yet: a U+FEFF here is one more mark
    std::vector<char> text_;
    std::size_t text_pos_ = 0, text_end_ = 0;
};

}  // namespace bargain
