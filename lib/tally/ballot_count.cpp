#include "tally/ballot_count.h"

#include <filesystem>
#include <functional>
#include <memory>

#include "io/excerpt.h"
#include "io/input.h"
#include "tally/ballot_pipeline.h"
#include "tally/count_checks.h"
#include "tally/counter.h"
#include "tally/roster.h"
#include "tally/totals_reader.h"

namespace bargain {

namespace {

bool same_file(const std::string& a, const std::string& b) {
    if (a == "-" || b == "-") return a == b;
    std::error_code ec;
    bool same = std::filesystem::equivalent(a, b, ec);
    return !ec && same;
}

// A file named twice would be counted twice (or a roster counted as ballots).
void refuse_repeated_files(const CountRequest& r, std::vector<Diagnostic>& problems) {
    std::vector<std::string> files = r.ballots;
    files.insert(files.end(), r.totals.begin(), r.totals.end());
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!r.roster.empty() && same_file(files[i], r.roster))
            problems.push_back(Diagnostic{files[i], 0, 0,
                                          "this file is the roster (" + r.roster +
                                              ") and also a ballot file: name the ballots and the roster apart"});
        for (std::size_t j = 0; j < i; ++j)
            if (same_file(files[i], files[j])) {
                problems.push_back(Diagnostic{
                    files[i], 0, 0,
                    files[i] == files[j] ? "this file is named twice: its ballots would be counted twice"
                                         : "this file is the same file as " + files[j] +
                                               ": its ballots would be counted twice"});
                break;
            }
    }
}

// A totals file's text, kept so that its problems can show their lines: a
// vendor's totals are published counts. Ballot and roster files keep none.
struct TotalsText {
    std::string file;
    std::string text;
};

std::optional<CountedFiles> count_files(const CountRequest& request, std::vector<Diagnostic>& problems,
                                        std::vector<TotalsText>& totals_text) {
    std::size_t before = problems.size();
    refuse_repeated_files(request, problems);
    if (problems.size() > before) return std::nullopt;

    CountedFiles out;
    BallotReadOptions read;
    read.mapping = &request.mapping;
    read.window = request.options.opens || request.options.closes;
    read.roster = !request.roster.empty();
    // The roster and the ballot files are read on a second thread while the
    // roster is entered here, unless --by-unit: there a ballot the count
    // cannot place stops its file where it is, which only the counting
    // thread knows.
    std::unique_ptr<BallotPipeline> pipeline;
    if (request.threads > 1 && !request.options.by_unit && !request.ballots.empty())
        pipeline = std::make_unique<BallotPipeline>(request, read);
    std::optional<Roster> roster;
    if (!request.roster.empty() && pipeline) {
        BallotPipeline::RosterRead listed = pipeline->take_roster(problems);
        if (listed.roster) {
            roster = std::move(listed.roster);
            out.roster = InputSummary{listed.name, listed.sha256, static_cast<long long>(roster->size())};
        }
    } else if (!request.roster.empty()) {
        // A roster that cannot be read fails the count, but the ballot
        // files are still read for their own problems.
        auto in = Input::open(request.roster);
        if (!in) {
            problems.push_back(in.error());
        } else if (auto listed = read_roster(**in, &request.roster_columns); !listed) {
            problems.push_back(listed.error());
        } else {
            roster = std::move(*listed);
            out.roster = InputSummary{(*in)->name(), (*in)->sha256(), static_cast<long long>(roster->size())};
        }
    }
    TallyOptions options = request.options;
    options.from_totals = !request.totals.empty();
    Counter counter(options, roster ? &*roster : nullptr);
    std::vector<ReadFile> files;
    // A file read to its end, on this thread or the pipeline's. A file that
    // failed part-way has no hash worth reporting (and /dev/zero none at
    // all): `sha256` is asked for only while there is no problem.
    auto file_read = [&](std::uint32_t i, const std::string& name, std::optional<BallotFileFacts> facts,
                         const std::function<std::string()>& sha256) {
        if (!facts) return;
        InputSummary s{name, "", facts->records, facts->yaml, false, facts->delimiter, facts->encoding,
                       facts->empty_rows};
        if (problems.size() == before) s.sha256 = sha256();
        out.inputs.push_back(std::move(s));
        files.push_back(ReadFile{i, name, std::move(*facts)});
    };
    auto read_here = [&](std::uint32_t i, Input& in) {
        counter.begin_file(i, in.name());
        std::optional<BallotFileFacts> facts = read_ballots(in, i, read, counter, problems);
        file_read(i, in.name(), std::move(facts), [&] { return in.sha256(); });
    };
    std::size_t next = 0;  // the first ballot file this thread has still to read
    if (pipeline) {
        auto handed = pipeline->replay(counter, problems, [&](BallotPipeline::FileRead&& f) {
            file_read(f.index, f.name, std::move(f.facts), [&] { return f.sha256; });
        });
        next = request.ballots.size();
        if (handed) {
            read_here(handed->index, *handed->input);
            next = handed->index + 1;
        }
        pipeline.reset();
    }
    for (std::size_t i = next; i < request.ballots.size(); ++i) {
        auto in = Input::open(request.ballots[i]);
        if (!in) {
            problems.push_back(in.error());
            continue;
        }
        read_here(static_cast<std::uint32_t>(i), **in);
    }
    for (std::size_t i = 0; i < request.totals.size(); ++i) {
        auto in = Input::open(request.totals[i]);
        if (!in) {
            problems.push_back(in.error());
            continue;
        }
        auto index = static_cast<std::uint32_t>(request.ballots.size() + i);
        counter.begin_file(index, (*in)->name());
        (*in)->keep_text(kExcerptTextLimit);
        auto read_totals_file = read_totals(**in, index,
                                            TotalsReadOptions{&request.mapping}, counter);
        if (!read_totals_file) {
            problems.push_back(read_totals_file.error());
            totals_text.push_back(TotalsText{(*in)->name(), (*in)->kept()});
            continue;
        }
        const TotalsFacts& t = *read_totals_file;
        BallotFileFacts facts;
        facts.records = t.rows;
        facts.empty_rows = t.empty_rows;
        facts.yaml = t.format == FileFormat::yaml;
        facts.delimiter = t.delimiter;
        facts.encoding = t.encoding;
        for (const std::string& h : t.header) facts.header.push_back(HeaderCell{h, 1, 0});
        out.inputs.push_back(InputSummary{(*in)->name(), (*in)->sha256(), t.rows, facts.yaml, true, t.delimiter,
                                          t.encoding, t.empty_rows});
        totals_text.push_back(TotalsText{(*in)->name(), (*in)->kept()});  // all of it, once sha256() has read it
        files.push_back(ReadFile{index, (*in)->name(), std::move(facts)});
    }
    // The same export saved twice under two names: without voter ids or
    // serials its ballots could not be told apart, and would count twice.
    for (std::size_t i = 0; i < out.inputs.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (!out.inputs[i].sha256.empty() && out.inputs[i].sha256 == out.inputs[j].sha256 &&
                out.inputs[i].records > 0) {
                problems.push_back(Diagnostic{out.inputs[i].path, 0, 0,
                                              "this file has the same contents as " + out.inputs[j].path +
                                                  ": is it the same export saved twice? Its ballots would be "
                                                  "counted twice"});
                break;
            }
    if (problems.size() > before) return std::nullopt;
    auto count = counter.finish();
    if (!count) {
        Diagnostic d = count.error();
        if (d.file.empty() && !files.empty() && !files.front().facts.header.empty()) {
            const HeaderCell& h = files.front().facts.header.front();
            d = Diagnostic{files.front().path, h.line, h.column, d.message};
        }
        problems.push_back(d);
        return std::nullopt;
    }
    refuse_untrustworthy(request, *count, files, problems);
    if (problems.size() > before) return std::nullopt;
    out.warnings = count_warnings(request, *count, files);
    out.count = std::move(*count);
    return out;
}

}  // namespace

std::optional<CountedFiles> count_ballot_files(const CountRequest& request, std::vector<Diagnostic>& problems) {
    std::vector<TotalsText> totals_text;
    std::optional<CountedFiles> counted = count_files(request, problems, totals_text);
    // Every problem in a totals file, the reader's or the checks' after the
    // count, shows the line it is on.
    for (const TotalsText& t : totals_text) attach_excerpts(problems, t.file, t.text);
    return counted;
}

}  // namespace bargain
