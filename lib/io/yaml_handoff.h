// Parsing a YAML file on one thread and handling what it holds on another.
//
// A million YAML ballots are mostly yaml-cpp's parse (about 85% of the
// time); building each ballot from its tree and counting it is the rest. So
// stream_yaml(..., YamlThreads::two) runs the parse on a second thread,
// which hands this YamlHandoff each top-level key, value and list item, and
// this thread plays them into the real handler, in order.
//
// What it must get right: the result of one thread, exactly. The handler
// sees the same calls in the same order, and a key's Take is the handler's
// own (the parsing thread asks, and waits for the answer). When the handler
// throws, the stream stops there, as on one thread; and as on one thread,
// where the text had already been found not to be text (a NUL byte, not
// UTF-8: found a chunk ahead of the parse) that problem is the answer, so
// each call carries what the text guard had found when it was made.
//
// Memory stays bounded: at most kMaxBundles bundles of kBundleCalls calls
// are in flight, and the parsing thread waits when they are.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "core/diagnostic.h"
#include "io/yaml_source.h"

namespace bargain {

class YamlHandoff : public YamlTopLevel {
public:
    // The parsing thread's side: what stream_yaml() calls. `text_problem`
    // says what the text guard has found so far (null: nothing to ask).
    Take key(const YamlNode& key) override;
    void value(const YamlNode& key, YamlNode&& value) override;
    void item(const YamlNode& key, YamlNode&& item) override;
    const std::optional<Diagnostic>* text_problem = nullptr;
    // The parse's end: stream_yaml()'s result, or what the thread threw.
    void finish(std::optional<Diagnostic> result);
    void failed(std::exception_ptr error);
    // Thrown on the parsing thread once this side has stopped listening.
    struct Stopped {};

    // This thread's side: plays every call into `handler` and returns what
    // stream_yaml() on one thread would have returned. Rethrows what either
    // side threw other than an InputError from the handler.
    std::optional<Diagnostic> play(YamlTopLevel& handler);
    // Stops the parsing thread's next call (play() does, when it returns).
    void stop();

    static constexpr std::size_t kBundleCalls = 256;
    static constexpr std::size_t kMaxBundles = 4;

private:
    struct Call {
        enum class Kind { key, value, item, finish, failed };
        Kind kind;
        YamlNode node;
        std::optional<Diagnostic> text_problem;  // the guard's, when the call was made; finish's result
        std::exception_ptr error;
    };
    void add(Call call, bool send_now);
    void send();

    std::vector<Call> filling_;  // the parsing thread's
    std::mutex lock_;
    std::condition_variable changed_;
    std::deque<std::vector<Call>> bundles_;
    std::optional<Take> answer_;  // to the last key asked
    bool stopped_ = false;
};

}  // namespace bargain
