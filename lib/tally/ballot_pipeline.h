// Reading CSV ballot files on a second thread while this one reads the
// roster and counts. A million ballots are half parsing (and hashing) and
// half memory look-ups in the roster's table; the roster has to be read
// before the first look-up, but not before the first ballot is parsed.
//
// What it must get right: the count, the problems and their order must be
// those of reading on one thread, byte for byte. So the reader thread does
// not count: it records every call it would make into the Counter (a
// question's id, a batch of ballots, copied out of the CSV reader's buffer)
// and every problem, in order, and this thread replays them into the
// Counter. The reader gives each question the index the Counter will (the
// order of first appearance), and the replay checks that it did.
//
// What the reader thread does not read: a YAML file (its returns can be
// refused by the count part-way, which only the counting thread knows), and
// every file after it. It hands that file back open, and stops. Counting
// --by-unit never takes this path: a ballot the count cannot place stops its
// file there (count_files decides).
//
// Memory stays bounded: at most kMaxBatches batches are in flight, and the
// reader waits for the counter when they are.
#pragma once

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

namespace bargain {

class BallotPipeline {
public:
    // Starts reading `request.ballots` on a second thread. `request` and
    // `options` must outlive the pipeline.
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

    // Replays into `counter` and `problems` all that the reader found, in
    // order, calling `file_read` as each file ends. Returns when the reader
    // has read every file, or with the file it handed back. Rethrows what
    // the reader threw.
    std::optional<Handover> replay(Counter& counter, std::vector<Diagnostic>& problems,
                                   const std::function<void(FileRead&&)>& file_read);

    // Ballots per batch, and batches in flight.
    static constexpr std::size_t kBatchRecords = 1024;
    static constexpr std::size_t kMaxBatches = 4;

private:
    struct Batch {
        std::vector<BallotRecord> records;  // the first `size` are in use
        std::size_t size = 0;
        std::string bytes;  // what their views point at; never reallocated while filled
    };
    struct Event {
        enum class Kind { begin_file, question, question_text, batch, problem, end_file, handover, done, failed };
        explicit Event(Kind k) : kind(k) {}
        Kind kind;
        std::uint32_t index = 0;  // the file's, or the question's
        std::string text;         // the file's name, the question's id or text
        std::unique_ptr<Batch> batch;
        std::optional<Diagnostic> problem;
        std::optional<BallotFileFacts> facts;
        std::string sha256;
        std::unique_ptr<Input> input;
        std::exception_ptr error;
    };
    class Recorder;  // the reader thread's BallotSink
    struct Stopped {};  // unwinds the reader when the pipeline is destroyed early

    void read_all();
    void push(Event e);
    Event pop();
    std::unique_ptr<Batch> empty_batch(std::size_t bytes);  // reader side; waits for room
    void recycle(std::unique_ptr<Batch> b);

    const CountRequest& request_;
    const BallotReadOptions& options_;
    IdTable question_ids_;  // the reader's, numbered as the Counter numbers them
    std::mutex lock_;
    std::condition_variable changed_;
    std::deque<Event> events_;
    std::vector<std::unique_ptr<Batch>> free_;
    std::size_t batches_ = 0;  // made, at most kMaxBatches
    std::size_t in_flight_ = 0;
    bool stop_ = false;
    std::thread reader_;
};

}  // namespace bargain
