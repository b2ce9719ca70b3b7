// bargain verify CERT: recount a published result from its own files.
//
// The reading of the record, the recount and the comparison live in
// lib/tally/verify.cpp; this file opens the files, says what differs and
// picks the exit code: 0 every file and count matches, 1 something
// differs, 2 a file is missing or the record cannot be read.
#include <filesystem>
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

// The certificates for people (.txt, .md, .html) are not the record.
std::optional<std::string> not_the_json(const std::string& path) {
    std::string ext = ascii_lower(std::filesystem::path(path).extension().string());
    for (const char* people : {".txt", ".md", ".html", ".htm"})
        if (ext == people)
            return path + " is a certificate for people to read and sign; verify reads the JSON certificate, "
                          "written with bargain tally ... --certificate FILE.json";
    return std::nullopt;
}

// "changed: PATH: sha256 X recorded, Y now", or nothing when it is the same file.
std::string changed_line(const RecordedFile& f, const std::string& now) {
    return f.sha256 == now ? "" : "changed: " + f.path + ": sha256 " + f.sha256 + " recorded, " + now + " now\n";
}

int run_verify(const VerifyArgs& a) {
    if (auto why = not_the_json(a.certificate)) return report(*why);
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

    // Every file opened first, so a missing one is named with the others.
    std::vector<Diagnostic> missing;
    for (const RecordedFile& f : record->files) {
        if (f.recorded_path == "-" || f.recorded_path == "<stdin>")
            return report(Diagnostic{a.certificate, 0, 0,
                                     "cannot verify: it was counted from standard input, which cannot be read again; "
                                     "count the file by its name to make a record anyone can verify"});
        if (auto opened = Input::open(f.path); !opened) missing.push_back(opened.error());
    }
    if (!missing.empty()) {
        report_all(missing);
        std::string where = !a.root.empty()      ? "the paths are relative to --root " + a.root
                            : record->certificate ? "the paths are relative to the certificate's folder; --root DIR "
                                                    "says which folder they are relative to instead"
                                                  : "a report's paths are relative to the folder the tally ran in; "
                                                    "run verify there, or give that folder as --root DIR";
        return report(a.certificate + ": cannot verify: " +
                      (missing.size() == 1 ? std::string("a file it names is missing")
                                           : std::to_string(missing.size()) + " files it names are missing") +
                      " (" + where + ")");
    }
    std::string out;
    int changed = 0;
    auto check = [&](const RecordedFile& f, const std::string& now) {
        std::string line = changed_line(f, now);
        changed += !line.empty();
        out += line;
    };
    // The audit file is no input to the count: checked when it is there.
    auto check_audit = [&] {
        if (record->audit)
            if (auto opened = Input::open(record->audit->path)) check(*record->audit, (*opened)->sha256());
    };

    // The recount hashes every file as it reads it; only when the files can
    // no longer be counted are they read again, to name the ones that changed.
    std::vector<Diagnostic> problems;
    auto again = recount(*record, problems);
    if (!again) {
        for (const RecordedFile& f : record->files)
            if (auto opened = Input::open(f.path)) check(f, (*opened)->sha256());
        check_audit();
        write_output("", out);
        report_all(problems);
        return report(a.certificate + ": cannot verify: the files it names can no longer be counted");
    }
    for (std::size_t i = 0; i < record->files.size(); ++i) {
        const RecordedFile& f = record->files[i];
        if (f.roster && again->roster) check(f, again->roster->sha256);
        else if (!f.roster && i < again->inputs.size()) check(f, again->inputs[i].sha256);
    }
    check_audit();
    auto recounted = Input::from_string("recount", tally_json(*again));
    auto tree = load_yaml_document(*recounted);
    if (!tree) return report(tree.error());

    // The record's own numbers always; a vendor's published totals besides.
    std::size_t differences = 0;
    auto list = [&](const std::vector<CountDifference>& found, const char* against) {
        for (const CountDifference& d : found)
            out += "differs: " + d.what + ": " + d.recorded + " " + against + ", " + d.recount + " in the recount\n";
        differences += found.size();
    };
    list(compare_counts(record->numbers, *tree), "recorded");
    if (published) {
        std::string why;
        const YamlNode* q = question_of(*tree, a.question, &why);
        if (!q) return report(why);
        list(compare_published(*published, *q), "published");
    }
    std::size_t files = record->files.size() + (record->audit ? 1 : 0);
    std::string files_text = std::to_string(files) + (files == 1 ? " file" : " files");
    if (changed == 0 && differences == 0) {
        out += "verified: " + files_text + ", every count matches" +
               (published ? ", and so do the published totals" : "") + "\n";
    } else {
        out += "not verified: " + std::to_string(changed) + " of " + files_text + " changed, " +
               std::to_string(differences) + (differences == 1 ? " number differs" : " numbers differ") + "\n";
    }
    if (int s = write_output("", out)) return s;
    return changed == 0 && differences == 0 ? kSuccess : kAnswerNo;
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
                    "The folder the paths it names are relative to (default: a certificate's own folder; for a "
                    "report, the current folder)")
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
