#include "io/input.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bargain {

namespace {
constexpr size_t kChunk = 1 << 18;  // 256 KiB: big enough that syscalls don't show
}

// The one place that touches libcrypto.
struct Input::Digest {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    Digest() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    ~Digest() { EVP_MD_CTX_free(ctx); }
    void update(const char* p, size_t n) { EVP_DigestUpdate(ctx, p, n); }
    std::string hex() {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(ctx, md, &len);
        static const char* hexdigits = "0123456789abcdef";
        std::string out;
        for (unsigned i = 0; i < len; ++i) {
            out += hexdigits[md[i] >> 4];
            out += hexdigits[md[i] & 15];
        }
        return out;
    }
};

Input::Input(std::string path, std::string name, int fd)
    : path_(std::move(path)), name_(std::move(name)), fd_(fd), digest_(std::make_unique<Digest>()) {
    buffer_.resize(kChunk);
    setg(buffer_.data(), buffer_.data(), buffer_.data());
}

Input::~Input() {
    if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<Input>> Input::open(const std::string& path) {
    if (path == "-") return std::unique_ptr<Input>(new Input(path, "<stdin>", 0));
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Diagnostic{path, 0, 0, std::string("cannot open: ") + std::strerror(errno)};
    struct stat st;
    bool have_stat = ::fstat(fd, &st) == 0;
    if (have_stat && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Diagnostic{path, 0, 0, "cannot open: is a directory"};
    }
    std::unique_ptr<Input> in(new Input(path, path, fd));
    in->owns_fd_ = true;
    if (have_stat && S_ISREG(st.st_mode)) in->file_size_ = static_cast<std::uint64_t>(st.st_size);
    return in;
}

std::unique_ptr<Input> Input::from_string(std::string name, std::string text) {
    std::unique_ptr<Input> in(new Input(name, name, -1));
    in->memory_ = std::move(text);
    in->from_memory_ = true;
    in->file_size_ = in->memory_.size();
    return in;
}

size_t Input::read_raw(char* dst, size_t n) {
    if (eof_ || n == 0) return 0;
    size_t got = 0;
    if (from_memory_) {
        got = std::min(n, memory_.size() - total_);
        std::memcpy(dst, memory_.data() + total_, got);
    } else {
        for (;;) {
            ssize_t r = ::read(fd_, dst, n);
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) {
                read_error_ = std::string("cannot read: ") + std::strerror(errno);
                r = 0;
            }
            got = static_cast<size_t>(r);
            break;
        }
    }
    if (got == 0) eof_ = true;
    if (kept_.size() < keep_limit_) kept_.append(dst, std::min(got, keep_limit_ - kept_.size()));
    digest_->update(dst, got);
    total_ += got;
    return got;
}

void Input::keep_text(std::size_t limit) {
    keep_limit_ = limit;
    // What the buffer holds was read before this call; keep it too.
    kept_.assign(gptr(), std::min(static_cast<std::size_t>(egptr() - gptr()), limit));
}

bool Input::fill() {
    size_t unread = static_cast<size_t>(egptr() - gptr());
    if (unread > 0 && gptr() != buffer_.data()) std::memmove(buffer_.data(), gptr(), unread);
    if (unread == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // only peek() asks for this much
    size_t got = read_raw(buffer_.data() + unread, buffer_.size() - unread);
    setg(buffer_.data(), buffer_.data(), buffer_.data() + unread + got);
    return got > 0;
}

std::streamsize Input::xsgetn(char* dst, std::streamsize n) {
    std::streamsize done = 0;
    while (done < n) {
        std::streamsize buffered = egptr() - gptr();
        if (buffered > 0) {
            std::streamsize take = std::min(buffered, n - done);
            std::memcpy(dst + done, gptr(), static_cast<size_t>(take));
            gbump(static_cast<int>(take));
            done += take;
            continue;
        }
        size_t got = read_raw(dst + done, static_cast<size_t>(n - done));
        if (got == 0) break;
        done += static_cast<std::streamsize>(got);
        break;  // one read at a time, like read(2): the caller asks again
    }
    return done;
}

Input::int_type Input::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!fill()) return traits_type::eof();
    return traits_type::to_int_type(*gptr());
}

std::string_view Input::peek(size_t n) {
    while (static_cast<size_t>(egptr() - gptr()) < n && fill()) {
    }
    size_t have = static_cast<size_t>(egptr() - gptr());
    return std::string_view(gptr(), std::min(n, have));
}

std::string Input::sha256() {
    setg(eback(), egptr(), egptr());
    while (fill()) setg(eback(), egptr(), egptr());
    return digest_->hex();
}

}  // namespace bargain
