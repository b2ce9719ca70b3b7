// duckdb_tally.mjs: the tally a user who outgrew awk would write in DuckDB,
// for bargain-bench --duckdb to time against bargain on the same files.
//
//   node duckdb_tally.mjs [--modules DIR] [--timing] ROSTER BALLOTS
//
// prints "YES NO\n" for the `accept` question, exactly as the awk baseline
// does. What it must get right is counting the same thing as bargain and
// awk, in the spec's order: duplicates first, among all records (so a
// voter's first ballot counts even if a later one looks "better"), then
// the roster. "First" is file order, which DuckDB keeps only where it
// promises to: a window with an empty OVER () preserves the scan's order
// (the order preservation page of its manual), so row_number() OVER ()
// numbers the records as the file has them, and arg_min_null(accept, pos)
// keeps the answer of each voter's first record. Not arg_min: it skips rows
// whose accept is NULL (read_csv reads a blank answer as NULL), so a voter
// whose first ballot left the question blank would be counted with the
// answer of a later ballot; that miscounted 8 yes and 5 no in 20,000 when
// this was written. The semi-join then keeps voters on the roster without
// repeating a voter listed twice.
//
// DuckDB is not a dependency of bargain: bargain-bench installs the npm
// package @duckdb/node-api into a scratch folder and passes it as
// --modules DIR (the folder holding node_modules/). Without it, the package
// is looked up from the current directory. --timing writes to stderr where
// the time went: node's own start-up, loading the package, the query.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Seconds since the process started, so node's start-up is counted too.
const started = performance.timeOrigin;
const now = () => (performance.timeOrigin + performance.now() - started) / 1000;
const atScript = now();

function usage(message) {
    process.stderr.write(`duckdb_tally.mjs: ${message}\n` +
        "usage: node duckdb_tally.mjs [--modules DIR] [--timing] ROSTER BALLOTS\n");
    process.exit(2);
}

const args = process.argv.slice(2);
let modules = process.cwd();
let timing = false;
while (args.length > 0 && args[0].startsWith("--")) {
    if (args[0] === "--modules") {
        if (args.length < 2) usage("--modules needs a value");
        modules = args[1];
        args.splice(0, 2);
    } else if (args[0] === "--timing") {
        timing = true;
        args.shift();
    } else {
        usage(`unknown option '${args[0]}'`);
    }
}
if (args.length !== 2) usage("expected ROSTER BALLOTS");
const [roster, ballots] = args;

// ES modules ignore NODE_PATH, so resolve the package from DIR by hand.
const require = createRequire(path.join(path.resolve(modules), "package.json"));
let entry;
try {
    entry = require.resolve("@duckdb/node-api");
} catch {
    usage(`@duckdb/node-api is not installed under ${modules} (npm install --prefix DIR @duckdb/node-api@1.5.6-r.1)`);
}
const { DuckDBInstance } = await import(pathToFileURL(entry).href);
const atImported = now();

// read_csv's file names are SQL string literals; quote them as SQL does.
const literal = (text) => `'${text.replaceAll("'", "''")}'`;
const csv = (file) => `read_csv(${literal(file)}, header = true, all_varchar = true)`;

const query = `
WITH record AS (
    SELECT voter, accept, row_number() OVER () AS pos FROM ${csv(ballots)}
),
first_ballot AS (
    SELECT voter, arg_min_null(accept, pos) AS accept FROM record GROUP BY voter
),
listed AS (
    SELECT voter FROM ${csv(roster)}
),
counted AS (
    SELECT first_ballot.accept FROM first_ballot SEMI JOIN listed ON first_ballot.voter = listed.voter
)
SELECT count(*) FILTER (WHERE accept = 'yes') AS yes,
       count(*) FILTER (WHERE accept = 'no') AS no
FROM counted`;

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
await connection.run("SET threads = 2");
const atConnected = now();
const reader = await connection.runAndReadAll(query);
const [[yes, no]] = reader.getRows();
const atCounted = now();
process.stdout.write(`${yes} ${no}\n`);
connection.closeSync();
instance.closeSync();
if (timing) {
    const s = (t) => t.toFixed(3);
    process.stderr.write(`duckdb_tally.mjs: node start-up ${s(atScript)} s, loading @duckdb/node-api ` +
        `${s(atImported - atScript)} s, database ${s(atConnected - atImported)} s, ` +
        `query ${s(atCounted - atConnected)} s\n`);
}
