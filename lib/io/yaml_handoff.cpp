#include "io/yaml_handoff.h"

#include <utility>

namespace bargain {

YamlTopLevel::Take YamlHandoff::key(const YamlNode& key) {
    add(Call{Call::Kind::key, key, text_problem ? *text_problem : std::nullopt, nullptr}, true);
    std::unique_lock<std::mutex> held(lock_);
    changed_.wait(held, [&] { return stopped_ || answer_.has_value(); });
    if (stopped_) throw Stopped{};
    Take take = *answer_;
    answer_.reset();
    return take;
}

void YamlHandoff::value(const YamlNode&, YamlNode&& value) {
    add(Call{Call::Kind::value, std::move(value), text_problem ? *text_problem : std::nullopt, nullptr}, false);
}

void YamlHandoff::item(const YamlNode&, YamlNode&& item) {
    add(Call{Call::Kind::item, std::move(item), text_problem ? *text_problem : std::nullopt, nullptr}, false);
}

void YamlHandoff::finish(std::optional<Diagnostic> result) {
    add(Call{Call::Kind::finish, YamlNode{}, std::move(result), nullptr}, true);
}

void YamlHandoff::failed(std::exception_ptr error) {
    add(Call{Call::Kind::failed, YamlNode{}, std::nullopt, std::move(error)}, true);
}

void YamlHandoff::add(Call call, bool send_now) {
    filling_.push_back(std::move(call));
    if (send_now || filling_.size() >= kBundleCalls) send();
}

void YamlHandoff::send() {
    {
        std::unique_lock<std::mutex> held(lock_);
        changed_.wait(held, [&] { return stopped_ || bundles_.size() < kMaxBundles; });
        if (stopped_) throw Stopped{};
        bundles_.push_back(std::move(filling_));
    }
    changed_.notify_all();
    filling_ = {};
    filling_.reserve(kBundleCalls);
}

void YamlHandoff::stop() {
    {
        std::lock_guard<std::mutex> held(lock_);
        stopped_ = true;
    }
    changed_.notify_all();
}

std::optional<Diagnostic> YamlHandoff::play(YamlTopLevel& handler) {
    YamlNode key;  // the top-level key whose value or items come next
    for (;;) {
        std::vector<Call> bundle;
        {
            std::unique_lock<std::mutex> held(lock_);
            changed_.wait(held, [&] { return !bundles_.empty(); });
            bundle = std::move(bundles_.front());
            bundles_.pop_front();
        }
        changed_.notify_all();
        for (Call& call : bundle) {
            try {
                switch (call.kind) {
                    case Call::Kind::key: {
                        key = std::move(call.node);
                        Take take = handler.key(key);
                        {
                            std::lock_guard<std::mutex> held(lock_);
                            answer_ = take;
                        }
                        changed_.notify_all();
                        break;
                    }
                    case Call::Kind::value: handler.value(key, std::move(call.node)); break;
                    case Call::Kind::item: handler.item(key, std::move(call.node)); break;
                    case Call::Kind::finish: return std::move(call.text_problem);
                    case Call::Kind::failed: std::rethrow_exception(call.error);
                }
            } catch (const InputError& e) {
                // Where one thread stops: at the handler's problem, unless
                // the text had already stopped being text (see guarded()).
                stop();
                if (call.text_problem) return call.text_problem;
                return e.diagnostic();
            }
        }
    }
}

}  // namespace bargain
