// An input file opened read-only (or stdin for "-"), read in large chunks,
// with a SHA-256 of every byte computed on the way through.
//
// The digest is how a tally report proves which files it counted, so it must
// cover the whole file even when a parser stops early: sha256() drains the
// rest before finishing. The readers see it through a TextSource
// (text_source.h), which pulls chunks with sgetn() and peek()s at the first
// bytes for a byte order mark; the digest is of the raw bytes, whatever the
// TextSource makes of them (UTF-16 transcoded, marks dropped).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace bargain {

class Input : public std::streambuf {
public:
    // `path` "-" means standard input. The returned name() is what error
    // messages and reports show.
    static Result<std::unique_ptr<Input>> open(const std::string& path);
    // An in-memory input, for tests and for parsers' string entry points.
    static std::unique_ptr<Input> from_string(std::string name, std::string text);

    ~Input() override;
    Input(const Input&) = delete;
    Input& operator=(const Input&) = delete;

    const std::string& name() const { return name_; }
    const std::string& path() const { return path_; }

    // Up to n bytes from the current position, without consuming them.
    std::string_view peek(size_t n);

    // A read error (not end of file) met so far, as a message; empty if none.
    const std::string& read_error() const { return read_error_; }

    // Hex SHA-256 of the whole input, reading whatever is left unread.
    std::string sha256();
    // From now on, keep a copy of the bytes read, up to `limit` of them, so
    // that a reader of a small file (a campaign) can show the lines its
    // problems are on. Ballot and roster files never keep theirs.
    void keep_text(std::size_t limit);
    // The bytes kept since keep_text(): the whole input once it has been
    // read, when it fit.
    const std::string& kept() const { return kept_; }

    // Bytes read so far.
    std::uint64_t size() const { return total_; }
    // The size of a regular file, known before reading: lets readers size
    // their tables once instead of growing them step by step.
    std::optional<std::uint64_t> file_size() const { return file_size_; }

protected:
    int_type underflow() override;
    // Large reads with nothing buffered go straight from the file to the
    // caller (the CSV reader), hashed on the way, without a second copy.
    std::streamsize xsgetn(char* dst, std::streamsize n) override;

private:
    Input(std::string path, std::string name, int fd);
    bool fill();  // moves unread bytes to the front and reads more; false at end
    size_t read_raw(char* dst, size_t n);  // from the file or memory, hashed; 0 at end

    std::string path_;
    std::string name_;
    int fd_ = -1;
    bool owns_fd_ = false;
    std::vector<char> buffer_;
    std::string memory_;  // the whole input, for from_string()
    std::string kept_;
    std::size_t keep_limit_ = 0;
    bool from_memory_ = false;
    bool eof_ = false;
    std::string read_error_;
    std::uint64_t total_ = 0;
    std::optional<std::uint64_t> file_size_;
    struct Digest;
    std::unique_ptr<Digest> digest_;
};

}  // namespace bargain
