// Reading the roster and the CSV ballot files on a second thread while this
// one enters the roster's voters and counts. A million ballots are half
// parsing (and hashing) and half memory look-ups in the roster's table; the
// roster has to be entered before the first look-up, but its file can be
// parsed while it is entered, and the ballots parsed while it is.
//
// The roster comes first: the reader parses a CSV roster (read_csv_roster)
// and hands its entries over in batches, and this thread enters them
// (RosterBuilder), as read_roster() would on one thread. A YAML roster is
// handed back open, for this thread to read, and the reader goes on to the
// ballots.
//
// What it must get right: the count, the problems and their order must be
// those of reading on one thread, byte for byte. So the reader thread does
// not count: it records every call it would make into the Counter (a
// question's id, a batch of ballots, copied out of the CSV reader's buffer)
// and every problem, in order, and this thread replays them into the
// Counter. The reader gives each question the index the Counter will (the
// order of first appearance), and the replay checks that it did.
//
// What the reader thread does not read: a YAML ballot file (its returns can
// be refused by the count part-way, which only the counting thread knows),
// and every file after it. It hands that file back open, and stops. Counting
// --by-unit never takes this path: a ballot the count cannot place stops its
// file there (count_files decides).
//
// Memory stays bounded: at most kMaxBatches batches of ballots (and
// kMaxRosterBatches of roster entries) are in flight, and the reader waits
// for this thread when they are. Batches are large, since each hand-over
// can wake a sleeping thread: 4,096 ballots a batch ran about 10% faster
// than 1,024 at a million (bench/README.md).
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/diagnostic.h"
#include "io/input.h"
#include "tally/ballot_count.h"
#include "tally/ballot_reader.h"
#include "tally/counter.h"
#include "tally/id_table.h"
#include "tally/roster.h"

namespace bargain {

class BallotPipeline {
public:
    // Starts reading `request.roster` and `request.ballots` on a second
    // thread. `request` and `options` must outlive the pipeline.
    BallotPipeline(const CountRequest& request, const BallotReadOptions& options);
    // Stops the reader if it is still reading, and waits for it.
    ~BallotPipeline();
    BallotPipeline(const BallotPipeline&) = delete;
    BallotPipeline& operator=(const BallotPipeline&) = delete;

    // A file read to its end: what count_files records of it. `sha256` is
    // empty when the reader met a problem, as one thread would not hash then.
    struct FileRead {
        std::uint32_t index;
        std::string name;
        std::optional<BallotFileFacts> facts;
        std::string sha256;
    };
    // The first file the reader did not read (a YAML file), open, for this
    // thread to read, and every file after it.
    struct Handover {
        std::uint32_t index;
        std::unique_ptr<Input> input;
    };

    // The roster, read as count_files reads it on one thread: its problem,
    // if any, is added to `problems`, and then `roster` is empty. Call it
    // first, when the request names a roster.
    struct RosterRead {
        std::optional<Roster> roster;
        std::string name, sha256;
    };
    RosterRead take_roster(std::vector<Diagnostic>& problems);

    // Replays into `counter` and `problems` all that the reader found, in
    // order, calling `file_read` as each file ends. Returns when the reader
    // has read every file, or with the file it handed back. Rethrows what
    // the reader threw.
    std::optional<Handover> replay(Counter& counter, std::vector<Diagnostic>& problems,
                                   const std::function<void(FileRead&&)>& file_read);

    // Ballots per batch, and batches in flight; roster entries per batch.
    static constexpr std::size_t kBatchRecords = 4096;
    static constexpr std::size_t kMaxBatches = 4;
    static constexpr std::size_t kRosterBatchEntries = 4096;
    static constexpr std::size_t kMaxRosterBatches = 4;

private:
    // Each batch starts empty with room for `bytes`, or for rows of about 64
    // bytes (a ballot row is copied whole) or entries of about 32; it is
    // sealed early when its bytes run out.
    struct Batch {
        Batch() : records(kBatchRecords) {}
        void start(std::size_t need) {
            size = 0;
            bytes.clear();
            bytes.reserve(std::max(need, 64 * kBatchRecords));
        }
        std::vector<BallotRecord> records;  // the first `size` are in use
        std::size_t size = 0;
        std::string bytes;  // what their views point at; never reallocated while filled
    };
    struct RosterBatch {
        RosterBatch() { entries.reserve(kRosterBatchEntries); }
        void start(std::size_t need) {
            entries.clear();
            bytes.clear();
            bytes.reserve(std::max(need, 32 * kRosterBatchEntries));
        }
        std::vector<RosterEntry> entries;
        std::string bytes;  // what their views point at; never reallocated while filled
    };
    // Batches made, free and in flight, one pool per kind: a roster batch
    // waiting for room never waits behind ballots.
    template <class B>
    struct Pool {
        explicit Pool(std::size_t most) : limit(most) {}
        std::size_t limit;  // in flight at most
        std::vector<std::unique_ptr<B>> free;
        std::size_t in_flight = 0;
    };
    struct Event {
        enum class Kind {
            roster_begin, roster_reserve, roster_entries, roster_end, roster_handover,
            begin_file, question, question_text, batch, problem, end_file, handover, done, failed
        };
        explicit Event(Kind k) : kind(k) {}
        Kind kind;
        std::uint32_t index = 0;  // the file's, or the question's
        std::string text;         // the file's name, the question's id or text
        std::unique_ptr<Batch> batch;
        std::unique_ptr<RosterBatch> roster;
        std::size_t voters = 0, long_id_bytes = 0;  // roster_reserve's
        std::optional<Diagnostic> problem;
        std::optional<BallotFileFacts> facts;
        std::string sha256;
        std::unique_ptr<Input> input;
        std::exception_ptr error;
    };
    class Recorder;        // the reader thread's BallotSink
    class RosterRecorder;  // and its RosterSink
    struct Stopped {};  // unwinds the reader when the pipeline is destroyed early
    struct RosterStopped {};  // unwinds the roster's reading once this thread refused an entry

    void read_all();
    void read_roster_file();
    void push(Event e);
    Event pop();
    // Reader side: a batch with room for `bytes`, once fewer than the
    // pool's limit of its kind are in flight.
    template <class B>
    std::unique_ptr<B> empty_batch(Pool<B>& pool, std::size_t bytes);
    template <class B>
    void recycle(Pool<B>& pool, std::unique_ptr<B> b);

    const CountRequest& request_;
    const BallotReadOptions& options_;
    IdTable question_ids_;  // the reader's, numbered as the Counter numbers them
    std::mutex lock_;
    std::condition_variable changed_;
    std::deque<Event> events_;
    Pool<Batch> ballot_batches_{kMaxBatches};
    Pool<RosterBatch> roster_batches_{kMaxRosterBatches};
    bool stop_ = false;
    // This thread refused a roster entry (a voter listed twice): the reader
    // reads no more of the roster, as one thread would not.
    std::atomic<bool> roster_refused_{false};
    std::thread reader_;
};

}  // namespace bargain
