#include "tally/ballot_pipeline.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <stdexcept>

#include "io/file_format.h"

namespace bargain {

namespace {

// Copies what a batch's views point at in one piece: the views handed over
// together all point into one buffer (the CSV reader's rows, or
// read_csv_roster()'s entries), so one append of the bytes they span, with
// each view moved by the same distance, stands for an append per field.
class SpanCopy {
public:
    void spans(std::string_view s) {
        if (s.empty()) return;
        auto at = reinterpret_cast<std::uintptr_t>(s.data());
        lo_ = std::min(lo_, at);
        hi_ = std::max(hi_, at + s.size());
    }
    std::size_t bytes() const { return hi_ > lo_ ? hi_ - lo_ : 0; }
    // Appends the bytes to `into`, which has room for them (so its earlier
    // views stay put).
    void copy_to(std::string& into) {
        base_ = into.data() + into.size();
        into.append(reinterpret_cast<const char*>(lo_), bytes());
    }
    std::string_view moved(std::string_view s) const {
        if (s.empty()) return {};
        return std::string_view(base_ + (reinterpret_cast<std::uintptr_t>(s.data()) - lo_), s.size());
    }

private:
    std::uintptr_t lo_ = UINTPTR_MAX, hi_ = 0;
    const char* base_ = nullptr;
};

}  // namespace

// Records what read_ballots() says to its sink, on the reader thread: each
// call becomes an event, after the problems read_ballots() added since the
// last one (a problem is added after the ballots before it were handed
// over, so this keeps them in file order).
class BallotPipeline::Recorder : public BallotSink {
public:
    Recorder(BallotPipeline& p, std::vector<Diagnostic>& problems, std::size_t reported)
        : p_(p), problems_(problems), reported_(reported) {}
    ~Recorder() override {
        if (batch_) p_.recycle(p_.ballot_batches_, std::move(batch_));  // unwound part-way: its room is free again
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

    std::optional<Diagnostic> ballot(const BallotRecord&) override {
        // Only the YAML reader hands over one ballot at a time, its views in
        // separate strings (ballots() copies a span of one buffer), and the
        // reader hands YAML files back.
        throw std::logic_error("a CSV ballot file gave a single ballot");
    }

    std::optional<Diagnostic> ballots(std::span<const BallotRecord> batch) override {
        if (batch.size() > kBatchRecords) {  // the CSV reader hands over 32 at a time; else in parts, all the same
            for (std::size_t at = 0; at < batch.size(); at += kBatchRecords)
                (void)ballots(batch.subspan(at, std::min(kBatchRecords, batch.size() - at)));
            return std::nullopt;
        }
        catch_up();
        // The CSV reader hands rows over before its buffer moves: their
        // views are all in it.
        SpanCopy copy;
        for (const BallotRecord& r : batch) {
            copy.spans(r.voter);
            copy.spans(r.ballot);
            copy.spans(r.unit);
            for (const auto& [q, word] : r.void_words) copy.spans(word);
        }
        if (batch_ && (batch_->size + batch.size() > kBatchRecords ||
                       batch_->bytes.size() + copy.bytes() > batch_->bytes.capacity()))
            seal();
        if (!batch_) batch_ = p_.empty_batch(p_.ballot_batches_, copy.bytes());
        Batch& b = *batch_;
        copy.copy_to(b.bytes);
        auto moved = [&](std::string_view v) { return copy.moved(v); };
        for (const BallotRecord& r : batch) {
            BallotRecord& d = b.records[b.size++];
            d.file = r.file;
            d.line = r.line;
            d.voter = moved(r.voter);
            d.ballot = moved(r.ballot);
            d.unit = moved(r.unit);
            d.cast_at = r.cast_at;
            d.marks.assign(r.marks.begin(), r.marks.end());
            d.void_words.clear();
            for (const auto& [q, word] : r.void_words) d.void_words.emplace_back(q, moved(word));
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

// Records what read_csv_roster() hands its sink, on the reader thread: its
// entries gathered into batches of kRosterBatchEntries (fewer hand-overs
// between the threads), copied, as its views move on.
class BallotPipeline::RosterRecorder : public RosterSink {
public:
    explicit RosterRecorder(BallotPipeline& p) : p_(p) {}
    ~RosterRecorder() override {
        if (batch_) p_.recycle(p_.roster_batches_, std::move(batch_));
    }
    RosterRecorder(const RosterRecorder&) = delete;
    RosterRecorder& operator=(const RosterRecorder&) = delete;

    void reserve(std::size_t n, std::size_t long_id_bytes) override {
        if (p_.roster_refused_) throw RosterStopped{};
        seal();
        Event e{Event::Kind::roster_reserve};
        e.voters = n;
        e.long_id_bytes = long_id_bytes;
        p_.push(std::move(e));
    }

    void entries(std::span<const RosterEntry> batch) override {
        if (p_.roster_refused_) throw RosterStopped{};
        SpanCopy copy;  // the entries' bytes are read_csv_roster()'s, one after another
        for (const RosterEntry& r : batch) {
            copy.spans(r.voter);
            copy.spans(r.unit);
        }
        if (batch_ && (batch_->entries.size() + batch.size() > kRosterBatchEntries ||
                       batch_->bytes.size() + copy.bytes() > batch_->bytes.capacity()))
            seal();
        if (!batch_) batch_ = p_.empty_batch(p_.roster_batches_, copy.bytes());
        RosterBatch& b = *batch_;
        copy.copy_to(b.bytes);
        for (const RosterEntry& r : batch)
            b.entries.push_back(RosterEntry{copy.moved(r.voter), copy.moved(r.unit), r.line, r.column});
    }

    // Sends the batch being filled.
    void seal() {
        if (!batch_) return;
        Event e{Event::Kind::roster_entries};
        e.roster = std::move(batch_);
        p_.push(std::move(e));
    }

private:
    BallotPipeline& p_;
    std::unique_ptr<RosterBatch> batch_;
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

void BallotPipeline::read_roster_file() {
    auto in = Input::open(request_.roster);
    if (!in) {
        Event e{Event::Kind::roster_end};
        e.problem = in.error();
        push(std::move(e));
        return;
    }
    if (guess_format(**in) == FileFormat::yaml) {
        Event e{Event::Kind::roster_handover};
        e.input = std::move(*in);
        push(std::move(e));
        return;
    }
    Event begin{Event::Kind::roster_begin};
    begin.text = (*in)->name();
    push(std::move(begin));
    Event end{Event::Kind::roster_end};
    {
        RosterRecorder recorder(*this);
        try {
            read_csv_roster(**in, &request_.roster_columns, recorder);
            recorder.seal();
            end.sha256 = (*in)->sha256();
        } catch (const InputError& e) {
            recorder.seal();
            end.problem = e.diagnostic();
        } catch (const RosterStopped&) {
            // Refused already: what is left of the file is neither read nor told.
        }
    }
    push(std::move(end));
}

void BallotPipeline::read_all() {
    try {
        if (!request_.roster.empty()) read_roster_file();
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

template <class B>
std::unique_ptr<B> BallotPipeline::empty_batch(Pool<B>& pool, std::size_t bytes) {
    std::unique_ptr<B> b;
    {
        std::unique_lock<std::mutex> held(lock_);
        changed_.wait(held, [&] { return stop_ || pool.in_flight < pool.limit; });
        if (stop_) throw Stopped{};
        ++pool.in_flight;
        if (!pool.free.empty()) {
            b = std::move(pool.free.back());
            pool.free.pop_back();
        }
    }
    if (!b) b = std::make_unique<B>();
    b->start(bytes);
    return b;
}

template <class B>
void BallotPipeline::recycle(Pool<B>& pool, std::unique_ptr<B> b) {
    {
        std::lock_guard<std::mutex> held(lock_);
        --pool.in_flight;
        pool.free.push_back(std::move(b));
    }
    changed_.notify_all();
}

BallotPipeline::RosterRead BallotPipeline::take_roster(std::vector<Diagnostic>& problems) {
    RosterRead out;
    std::optional<RosterBuilder> builder;
    // A voter listed twice stops the roster where it is, as on one thread:
    // the entries after it, and the reader's own problem after them, are
    // not told (roster_refused_ also stops the reader).
    for (;;) {
        Event e = pop();
        switch (e.kind) {
            case Event::Kind::roster_begin:
                out.name = e.text;
                builder.emplace(e.text);
                break;
            case Event::Kind::roster_reserve:
                if (!roster_refused_) builder->reserve(e.voters, e.long_id_bytes);
                break;
            case Event::Kind::roster_entries:
                if (!roster_refused_) {
                    try {
                        builder->entries(e.roster->entries);
                    } catch (const InputError& error) {
                        problems.push_back(error.diagnostic());
                        roster_refused_ = true;
                    }
                }
                recycle(roster_batches_, std::move(e.roster));
                break;
            case Event::Kind::roster_end:
                if (roster_refused_) return RosterRead{};
                if (e.problem) {
                    problems.push_back(std::move(*e.problem));
                    return RosterRead{};
                }
                out.sha256 = std::move(e.sha256);
                out.roster = builder->take();
                return out;
            case Event::Kind::roster_handover: {
                // A YAML roster, read here as one thread reads it.
                out.name = e.input->name();
                auto listed = read_roster(*e.input, &request_.roster_columns);
                if (!listed) {
                    problems.push_back(listed.error());
                    return RosterRead{};
                }
                out.sha256 = e.input->sha256();
                out.roster = std::move(*listed);
                return out;
            }
            case Event::Kind::failed: std::rethrow_exception(e.error);
            default: throw std::logic_error("the ballot reader sent ballots before the roster");
        }
    }
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
                recycle(ballot_batches_, std::move(e.batch));
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
            case Event::Kind::roster_begin:
            case Event::Kind::roster_reserve:
            case Event::Kind::roster_entries:
            case Event::Kind::roster_end:
            case Event::Kind::roster_handover: throw std::logic_error("the roster was not taken before the ballots");
        }
    }
}

}  // namespace bargain
