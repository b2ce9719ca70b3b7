#include "tally/ballot_pipeline.h"

#include <algorithm>
#include <span>
#include <stdexcept>

#include "io/file_format.h"

namespace bargain {

// Records what read_ballots() says to its sink, on the reader thread: each
// call becomes an event, after the problems read_ballots() added since the
// last one (a problem is added after the ballots before it were handed
// over, so this keeps them in file order).
class BallotPipeline::Recorder : public BallotSink {
public:
    Recorder(BallotPipeline& p, std::vector<Diagnostic>& problems, std::size_t reported)
        : p_(p), problems_(problems), reported_(reported) {}
    ~Recorder() override {
        if (batch_) p_.recycle(std::move(batch_));  // unwound part-way: its room is free again
    }
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    std::uint32_t question(std::string_view id) override {
        catch_up();
        // As Counter::question() numbers them: the questions tallied, in
        // order of first appearance.
        const auto& only = p_.request_.options.only_question;
        std::uint32_t index = kSkipQuestion;
        if (!only || id == *only) index = p_.question_ids_.insert(id).first;
        Event e{Event::Kind::question};
        e.index = index;
        e.text = std::string(id);
        send(std::move(e));
        return index;
    }

    void question_text(std::uint32_t question, std::string_view text) override {
        catch_up();
        Event e{Event::Kind::question_text};
        e.index = question;
        e.text = std::string(text);
        send(std::move(e));
    }

    std::optional<Diagnostic> ballot(const BallotRecord& record) override {
        return ballots(std::span<const BallotRecord>(&record, 1));
    }

    std::optional<Diagnostic> ballots(std::span<const BallotRecord> batch) override {
        if (batch.size() > kBatchRecords) {  // the CSV reader hands over 32 at a time; in parts, all the same
            for (std::size_t at = 0; at < batch.size(); at += kBatchRecords)
                (void)ballots(batch.subspan(at, std::min(kBatchRecords, batch.size() - at)));
            return std::nullopt;
        }
        catch_up();
        std::size_t need = 0;
        for (const BallotRecord& r : batch) {
            need += r.voter.size() + r.ballot.size() + r.unit.size();
            for (const auto& [q, word] : r.void_words) need += word.size();
        }
        if (batch_ && (batch_->size + batch.size() > kBatchRecords ||
                       batch_->bytes.size() + need > batch_->bytes.capacity()))
            seal();
        if (!batch_) batch_ = p_.empty_batch(need);
        Batch& b = *batch_;
        // Within capacity, append() never reallocates: the views stay put.
        auto copy = [&](std::string_view s) {
            std::size_t at = b.bytes.size();
            b.bytes.append(s);
            return std::string_view(b.bytes.data() + at, s.size());
        };
        for (const BallotRecord& r : batch) {
            BallotRecord& d = b.records[b.size++];
            d.file = r.file;
            d.line = r.line;
            d.voter = copy(r.voter);
            d.ballot = copy(r.ballot);
            d.unit = copy(r.unit);
            d.cast_at = r.cast_at;
            d.marks.assign(r.marks.begin(), r.marks.end());
            d.void_words.clear();
            for (const auto& [q, word] : r.void_words) d.void_words.emplace_back(q, copy(word));
            d.unit_column = r.unit_column;
        }
        return std::nullopt;  // refused only --by-unit, which this path does not count
    }

    std::optional<Diagnostic> site_return(const SiteReturn&) override {
        // Only YAML files have returns, and the reader hands those back.
        throw std::logic_error("a CSV ballot file gave a site return");
    }

    bool wants_unit_places() const override { return p_.request_.options.by_unit; }

    // Sends the problems read_ballots() added since the last call, after
    // the ballots that came before them (the batch being filled).
    void catch_up() {
        if (reported_ == problems_.size()) return;
        seal();
        for (; reported_ < problems_.size(); ++reported_) {
            Event e{Event::Kind::problem};
            e.problem = problems_[reported_];
            p_.push(std::move(e));
        }
    }

    // At the file's end: all of it.
    void finish() {
        catch_up();
        seal();
    }

private:
    void seal() {
        if (!batch_) return;
        Event e{Event::Kind::batch};
        e.batch = std::move(batch_);
        p_.push(std::move(e));
    }
    void send(Event e) {
        seal();
        p_.push(std::move(e));
    }

    BallotPipeline& p_;
    std::vector<Diagnostic>& problems_;
    std::size_t reported_;
    std::unique_ptr<Batch> batch_;
};

BallotPipeline::BallotPipeline(const CountRequest& request, const BallotReadOptions& options)
    : request_(request), options_(options) {
    reader_ = std::thread([this] { read_all(); });
}

BallotPipeline::~BallotPipeline() {
    {
        std::lock_guard<std::mutex> held(lock_);
        stop_ = true;
    }
    changed_.notify_all();
    reader_.join();
}

void BallotPipeline::read_all() {
    try {
        // Every problem the reader met, in every file: a file is hashed only
        // while there are none, as count_files does on one thread.
        std::vector<Diagnostic> problems;
        for (std::size_t i = 0; i < request_.ballots.size(); ++i) {
            auto index = static_cast<std::uint32_t>(i);
            auto in = Input::open(request_.ballots[i]);
            if (!in) {
                Event e{Event::Kind::problem};
                e.problem = in.error();
                push(std::move(e));
                continue;
            }
            if (guess_format(**in) == FileFormat::yaml) {
                Event e{Event::Kind::handover};
                e.index = index;
                e.input = std::move(*in);
                push(std::move(e));
                return;
            }
            Event begin{Event::Kind::begin_file};
            begin.index = index;
            begin.text = (*in)->name();
            push(std::move(begin));
            std::size_t before = problems.size();
            Recorder recorder(*this, problems, before);
            std::optional<BallotFileFacts> facts = read_ballots(**in, index, options_, recorder, problems);
            recorder.finish();
            Event end{Event::Kind::end_file};
            end.index = index;
            end.text = (*in)->name();
            if (facts && problems.empty()) end.sha256 = (*in)->sha256();
            end.facts = std::move(facts);
            push(std::move(end));
        }
        push(Event{Event::Kind::done});
    } catch (const Stopped&) {
    } catch (...) {
        Event e{Event::Kind::failed};
        e.error = std::current_exception();
        std::lock_guard<std::mutex> held(lock_);
        events_.push_back(std::move(e));
        changed_.notify_all();
    }
}

void BallotPipeline::push(Event e) {
    {
        std::lock_guard<std::mutex> held(lock_);
        if (stop_) throw Stopped{};
        events_.push_back(std::move(e));
    }
    changed_.notify_all();
}

BallotPipeline::Event BallotPipeline::pop() {
    std::unique_lock<std::mutex> held(lock_);
    changed_.wait(held, [&] { return !events_.empty(); });
    Event e = std::move(events_.front());
    events_.pop_front();
    return e;
}

std::unique_ptr<BallotPipeline::Batch> BallotPipeline::empty_batch(std::size_t bytes) {
    std::unique_ptr<Batch> b;
    {
        std::unique_lock<std::mutex> held(lock_);
        changed_.wait(held, [&] { return stop_ || in_flight_ < kMaxBatches; });
        if (stop_) throw Stopped{};
        ++in_flight_;
        if (!free_.empty()) {
            b = std::move(free_.back());
            free_.pop_back();
        }
    }
    if (!b) {
        b = std::make_unique<Batch>();
        b->records.resize(kBatchRecords);
    }
    b->size = 0;
    b->bytes.clear();
    b->bytes.reserve(std::max<std::size_t>(bytes, 32 * kBatchRecords));
    return b;
}

void BallotPipeline::recycle(std::unique_ptr<Batch> b) {
    {
        std::lock_guard<std::mutex> held(lock_);
        --in_flight_;
        free_.push_back(std::move(b));
    }
    changed_.notify_all();
}

std::optional<BallotPipeline::Handover> BallotPipeline::replay(Counter& counter, std::vector<Diagnostic>& problems,
                                                               const std::function<void(FileRead&&)>& file_read) {
    // A ballot the count refused ends its file, as on one thread: nothing
    // after it in that file is counted or told.
    bool refused = false;
    for (;;) {
        Event e = pop();
        switch (e.kind) {
            case Event::Kind::begin_file:
                refused = false;
                counter.begin_file(e.index, e.text);
                break;
            case Event::Kind::question:
                if (counter.question(e.text) != e.index)
                    throw std::logic_error("the ballot reader numbered question '" + e.text + "' otherwise than the count");
                break;
            case Event::Kind::question_text: counter.question_text(e.index, e.text); break;
            case Event::Kind::batch:
                if (!refused)
                    if (auto no = counter.ballots(std::span<const BallotRecord>(e.batch->records.data(), e.batch->size))) {
                        problems.push_back(std::move(*no));
                        refused = true;
                    }
                recycle(std::move(e.batch));
                break;
            case Event::Kind::problem:
                if (!refused) problems.push_back(std::move(*e.problem));
                break;
            case Event::Kind::end_file:
                file_read(FileRead{e.index, std::move(e.text), std::move(e.facts), std::move(e.sha256)});
                break;
            case Event::Kind::handover: return Handover{e.index, std::move(e.input)};
            case Event::Kind::done: return std::nullopt;
            case Event::Kind::failed: std::rethrow_exception(e.error);
        }
    }
}

}  // namespace bargain
