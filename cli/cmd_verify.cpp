// bargain verify CERT: recount a published result from its own files.
//
// The reading of the record, the recount and the comparison live in
// lib/tally/verify.cpp; this file opens the files, says what differs and
// picks the exit code: 0 every file and count matches, 1 something
// differs, 2 a file is missing or the record cannot be read.
#include <memory>

#include "commands.h"
#include "core/text.h"
#include "io/input.h"
#include "output.h"
#include "tally/verify.h"

namespace bargain::cli {

namespace {

struct VerifyArgs {
    std::string certificate;
    std::string root;
    std::string published;
    std::string question;
    bool published_given = false;
};

// --published: "yes=578,no=131" or a YAML file of the same keys. A value
// with '=' is totals written out; anything else names a file.
Result<PublishedTotals> published_totals(const std::string& given) {
    if (given.find('=') != std::string::npos) {
        auto parsed = parse_published_totals(given);
        if (!parsed) {
            Diagnostic d = parsed.error();
            d.message = "--published " + d.message;
            return d;
        }
        return parsed;
    }
    auto in = Input::open(given);
    if (!in) return in.error();
    return read_published_totals(**in);
}

// The one question the published totals are about.
const YamlNode* question_of(const YamlNode& recount, const std::string& id, std::string* why) {
    const YamlNode* questions = nullptr;
    for (const auto& [k, v] : recount.entries)
        if (k.value == "questions") questions = &v;
    std::vector<std::string> ids;
    const YamlNode* found = nullptr;
    static const std::vector<YamlNode> kNone;
    for (const YamlNode& q : questions ? questions->items : kNone)
        for (const auto& [k, v] : q.entries)
            if (k.value == "id") {
                ids.push_back(v.value);
                if (v.value == id || (id.empty() && !found)) found = &q;
            }
    if (id.empty() && ids.size() > 1) {
        *why = "--published: the count has several questions (" + join_present(ids, ", ") +
               "); say which with --question ID";
        return nullptr;
    }
    if (!found) *why = "--question '" + id + "': the count has no such question (it has " + join_present(ids, ", ") + ")";
    return found;
}

int run_verify(const VerifyArgs& a) {
    auto in = Input::open(a.certificate);
    if (!in) return report(in.error());
    auto record = read_recorded_count(**in, a.root);
    if (!record) return report(record.error());
    if (!a.question.empty() && a.published.empty())
        return report("--question is for --published: it says which question the published totals are about");
    std::optional<PublishedTotals> published;
    if (a.published_given && a.published.empty())
        return report("--published needs the totals to compare with, e.g. --published \"yes=578,no=131\", or a YAML "
                      "file of them");
    if (!a.published.empty()) {
        auto p = published_totals(a.published);
        if (!p) return report(p.error());
        published = std::move(*p);
    }

    // Every file first: a missing one is named with the others, before any count.
    std::vector<Diagnostic> missing;
    for (const RecordedFile& f : record->files)
        if (auto opened = Input::open(f.path); !opened) missing.push_back(opened.error());
    if (!missing.empty()) {
        report_all(missing);
        return report(a.certificate + ": cannot verify: " +
                      (missing.size() == 1 ? std::string("a file it names is missing")
                                           : std::to_string(missing.size()) + " files it names are missing") +
                      (a.root.empty() ? " (paths are relative to the certificate's folder; --root DIR says where "
                                        "else they are)"
                                      : ""));
    }

    std::vector<Diagnostic> problems;
    auto again = recount(*record, problems);
    if (!again) {
        report_all(problems);
        return report(a.certificate + ": cannot verify: the files it names can no longer be counted");
    }

    std::string out;
    int changed = 0;
    auto check = [&](const RecordedFile& f, const std::string& sha256) {
        if (f.sha256 == sha256) return;
        ++changed;
        out += "changed: " + f.path + ": sha256 " + f.sha256 + " recorded, " + sha256 + " now\n";
    };
    for (std::size_t i = 0; i < again->inputs.size(); ++i)
        if (i < record->files.size() && !record->files[i].roster) check(record->files[i], again->inputs[i].sha256);
    if (again->roster && record->files.back().roster) check(record->files.back(), again->roster->sha256);

    auto recounted = Input::from_string("recount", tally_json(*again));
    auto tree = load_yaml_document(*recounted);
    if (!tree) return report(tree.error());
    std::vector<CountDifference> differences;
    const char* against = "recorded";
    if (published) {
        std::string why;
        const YamlNode* q = question_of(*tree, a.question, &why);
        if (!q) return report(why);
        differences = compare_published(*published, *q);
        against = "published";
    } else {
        differences = compare_counts(record->numbers, *tree);
    }
    for (const CountDifference& d : differences)
        out += "differs: " + d.what + ": " + d.recorded + " " + against + ", " + d.recount + " in the recount\n";
    std::size_t files = record->files.size();
    if (changed == 0 && differences.empty()) {
        out += "verified: " + std::to_string(files) + (files == 1 ? " file" : " files") + ", every count matches" +
               (published ? " the published totals" : "") + "\n";
    } else {
        out += "not verified: " + std::to_string(changed) + " of " + std::to_string(files) +
               (files == 1 ? " file" : " files") + " changed, " + std::to_string(differences.size()) +
               (differences.size() == 1 ? " number differs" : " numbers differ") + "\n";
    }
    if (int s = write_output("", out)) return s;
    return changed == 0 && differences.empty() ? kSuccess : kAnswerNo;
}

}  // namespace

Command setup_verify(CLI::App& parent) {
    auto args = std::make_shared<VerifyArgs>();
    CLI::App* app = parent.add_subcommand(
        "verify", "Recount a result from its certificate: check every file's sha256 and every number.");
    app->footer(
        "CERT is a JSON certificate (tally --certificate FILE.json) or a tally --format json report.\n"
        "Exit status: 0 every file and count matches, 1 a file changed or a number differs,\n"
        "2 a file is missing or the certificate cannot be read. See 'man bargain-verify'.");
    app->add_option("CERT", args->certificate, "The JSON certificate or tally report to verify")
        ->required()
        ->type_name("FILE");
    app->add_option("--root", args->root,
                    "Where the files it names are (default: a certificate's folder; for a report, the current "
                    "folder)")
        ->type_name("DIR");
    app->add_option("--published", args->published,
                    "Compare the recount with these totals instead: \"eligible=N,yes=N,no=N,abstain=N\" or a YAML "
                    "file of the same keys")
        ->type_name("TOTALS");
    app->add_option("--question", args->question, "With --published: the question the totals are about")
        ->type_name("ID");
    return Command{app, [args, app] {
                       VerifyArgs a = *args;
                       a.published_given = app->count("--published") > 0;
                       return run_verify(a);
                   }};
}

}  // namespace bargain::cli
