#include "ballot_generator.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace bargain::bench {

namespace {

// splitmix64: tiny, fast, and its stream is fixed by its definition, unlike
// std:: distributions, whose output may differ between standard libraries.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound), by multiply-shift (bias below 2^-32 for our bounds).
    std::uint64_t below(std::uint64_t bound) {
        return static_cast<std::uint64_t>((static_cast<unsigned __int128>(next()) * bound) >> 64);
    }

private:
    std::uint64_t state_;
};

// Buffered output to a file descriptor: one write(2) per MiB.
class Writer {
public:
    explicit Writer(int fd) : fd_(fd), buf_(kSize) {}

    void put(std::string_view s) {
        if (used_ + s.size() > buf_.size()) flush();
        std::memcpy(buf_.data() + used_, s.data(), s.size());
        used_ += s.size();
    }
    void put(char c) {
        if (used_ == buf_.size()) flush();
        buf_[used_++] = c;
    }
    // `value` in decimal, zero-padded to at least `width` digits.
    void put_number(std::uint64_t value, int width) {
        char digits[24];
        int n = 0;
        do {
            digits[n++] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n < width) digits[n++] = '0';
        if (used_ + static_cast<size_t>(n) > buf_.size()) flush();
        while (n > 0) buf_[used_++] = digits[--n];
    }
    void put_two_digits(unsigned v) {
        put(static_cast<char>('0' + v / 10));
        put(static_cast<char>('0' + v % 10));
    }

    bool flush() {
        size_t done = 0;
        while (done < used_) {
            ssize_t n = ::write(fd_, buf_.data() + done, used_ - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                failed_ = true;
                break;
            }
            done += static_cast<size_t>(n);
        }
        written_ += done;
        used_ = 0;
        return !failed_;
    }
    bool failed() const { return failed_; }
    std::uint64_t written() const { return written_; }

private:
    static constexpr size_t kSize = 1 << 20;
    int fd_;
    std::vector<char> buf_;
    size_t used_ = 0;
    std::uint64_t written_ = 0;
    bool failed_ = false;
};

// A file written under a temporary name and renamed into place when complete,
// so an interrupted run never leaves a short file that looks finished.
class OutputFile {
public:
    explicit OutputFile(std::string path) : path_(std::move(path)), temp_(path_ + ".tmp") {
        fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    }
    ~OutputFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) ::unlink(temp_.c_str());
    }
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    int fd() const { return fd_; }
    bool commit(std::string* error) {
        if (::close(fd_) != 0) {
            fd_ = -1;
            *error = temp_ + ": " + std::strerror(errno);
            return false;
        }
        fd_ = -1;
        if (::rename(temp_.c_str(), path_.c_str()) != 0) {
            *error = path_ + ": " + std::strerror(errno);
            return false;
        }
        committed_ = true;
        return true;
    }
    const std::string& temp() const { return temp_; }

private:
    std::string path_, temp_;
    int fd_ = -1;
    bool committed_ = false;
};

int digits(std::uint64_t v) {
    int n = 1;
    while (v >= 10) {
        v /= 10;
        ++n;
    }
    return n;
}

// Roster voter v (1-based) is in local-1 or local-2, about 60/40.
std::string_view unit_of(std::uint64_t voter) { return voter % 5 < 3 ? "local-1" : "local-2"; }

enum class Choice { yes, no, abstain, blank };

// Draws an answer from per-mille cumulative thresholds {yes, no, abstain}.
Choice draw(SplitMix64& rng, unsigned yes, unsigned no, unsigned abstain) {
    std::uint64_t r = rng.below(1000);
    if (r < yes) return Choice::yes;
    if (r < no) return Choice::no;
    if (r < abstain) return Choice::abstain;
    return Choice::blank;
}

std::string_view text(Choice c) {
    switch (c) {
        case Choice::yes: return "yes";
        case Choice::no: return "no";
        case Choice::abstain: return "abstain";
        case Choice::blank: return "";
    }
    return "";
}

void add(ExpectedAnswers& e, Choice c) {
    switch (c) {
        case Choice::yes: ++e.yes; break;
        case Choice::no: ++e.no; break;
        case Choice::abstain: ++e.abstain; break;
        case Choice::blank: ++e.blank; break;
    }
}

// The voting window: 2020-01-13T07:00:00 to 2020-01-17T19:00:00 (108 hours).
constexpr std::uint64_t kWindowStart = 7 * 3600;  // seconds after 2020-01-13T00:00
constexpr std::uint64_t kWindowLength = 108 * 3600;

void put_cast_at(Writer& w, std::uint64_t seconds_after_13th) {
    std::uint64_t day = seconds_after_13th / 86400, s = seconds_after_13th % 86400;
    w.put("2020-01-");
    w.put_two_digits(static_cast<unsigned>(13 + day));
    w.put('T');
    w.put_two_digits(static_cast<unsigned>(s / 3600));
    w.put(':');
    w.put_two_digits(static_cast<unsigned>(s / 60 % 60));
    w.put(':');
    w.put_two_digits(static_cast<unsigned>(s % 60));
}

}  // namespace

bool generate_ballots(const GeneratorOptions& options, const std::string& dir, Expected* expected,
                      std::string* error) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        *error = dir + ": " + ec.message();
        return false;
    }

    const std::uint64_t n = options.records;
    const std::uint64_t roster_size = (n * 105 + 50) / 100;  // round(n * 1.05)
    // Voters not on the roster get ids after the roster's, so every id has
    // the same shape and the same width.
    const int voter_width = std::max(7, digits(roster_size + n));
    const int serial_width = std::max(8, digits(n));
    SplitMix64 rng(options.seed);
    Expected e;
    e.records = n;
    e.roster_voters = roster_size;

    // ---- roster.csv: V0000001..., in id order, as a membership export is.
    {
        OutputFile file(dir + "/roster.csv");
        if (file.fd() < 0) {
            *error = file.temp() + ": " + std::strerror(errno);
            return false;
        }
        Writer w(file.fd());
        w.put("voter,unit\n");
        for (std::uint64_t v = 1; v <= roster_size; ++v) {
            w.put('V');
            w.put_number(v, voter_width);
            w.put(',');
            w.put(unit_of(v));
            w.put('\n');
        }
        if (!w.flush() || !file.commit(error)) {
            if (error->empty()) *error = file.temp() + ": " + std::strerror(errno);
            return false;
        }
        e.roster_bytes = w.written();
    }

    // ---- ballots.csv: in cast order. Per record: about 2% a later vote by
    // someone who already voted, about 1% a voter not on the roster, the
    // rest a roster voter's first vote, drawn without replacement.
    {
        OutputFile file(dir + "/ballots.csv");
        if (file.fd() < 0) {
            *error = file.temp() + ": " + std::strerror(errno);
            return false;
        }
        Writer w(file.fd());
        w.put("voter,ballot,unit,cast_at,accept,strike\n");

        // Roster voters not yet drawn: a lazily shuffled deck (Fisher-Yates).
        std::vector<std::uint32_t> deck(roster_size);
        for (std::uint64_t i = 0; i < roster_size; ++i) deck[i] = static_cast<std::uint32_t>(i + 1);
        std::uint64_t dealt = 0;
        std::uint64_t unlisted = 0;
        // Every voter who has voted, to draw repeat voters from.
        std::vector<std::uint32_t> voted;
        voted.reserve(n);

        for (std::uint64_t i = 0; i < n; ++i) {
            std::uint64_t kind = rng.below(1000);
            std::uint64_t voter;
            std::string_view unit;
            enum { first_listed, first_unlisted, repeat } what;
            if (kind < 20 && !voted.empty()) {
                voter = voted[rng.below(voted.size())];
                what = repeat;
            } else if (kind < 30 || dealt == roster_size) {
                voter = roster_size + ++unlisted;
                what = first_unlisted;
            } else {
                std::uint64_t pick = dealt + rng.below(roster_size - dealt);
                std::swap(deck[dealt], deck[pick]);
                voter = deck[dealt++];
                what = first_listed;
            }
            if (what != repeat) voted.push_back(static_cast<std::uint32_t>(voter));
            // A voter not on the roster names a unit of their own choosing.
            unit = voter <= roster_size ? unit_of(voter) : (rng.below(2) ? "local-1" : "local-2");

            Choice accept = draw(rng, 520, 880, 940);  // 52% yes, 36% no, 6% abstain, 6% blank
            Choice strike = draw(rng, 700, 900, 950);  // 70% yes, 20% no, 5% abstain, 5% blank
            switch (what) {
                case first_listed:
                    ++e.counted;
                    add(e.accept, accept);
                    add(e.strike, strike);
                    break;
                case first_unlisted: ++e.not_on_roster; break;
                case repeat: ++e.duplicate; break;
            }

            w.put('V');
            w.put_number(voter, voter_width);
            w.put(",B");
            w.put_number(i + 1, serial_width);
            w.put(',');
            w.put(unit);
            w.put(',');
            // Non-decreasing: a repeat vote is always later than the first.
            put_cast_at(w, kWindowStart + (n > 0 ? i * kWindowLength / n : 0));
            w.put(',');
            w.put(text(accept));
            w.put(',');
            w.put(text(strike));
            w.put('\n');
        }
        if (!w.flush() || !file.commit(error)) {
            if (error->empty()) *error = file.temp() + ": " + std::strerror(errno);
            return false;
        }
        e.ballot_bytes = w.written();
    }
    *expected = e;
    return true;
}

}  // namespace bargain::bench
