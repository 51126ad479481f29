// Writes bench/results/<date>.json and regenerates the table in docs/benchmarks.md between its markers.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LoadResult, RoundTripCount } from "./load";
import { ROOT } from "./server";

export type Scenario = { key: string; label: string; result: LoadResult; roundTrips: RoundTripCount | null };
export type Results = {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; postgres: string };
  dataset: Record<string, number>;
  load: { connections: number; seconds: number };
  scenarios: Scenario[];
  scaling: Array<{ label: string; small: LoadResult; large: LoadResult; p50Ratio: number; rpsRatio: number }>;
  bundle: { path: string; scripts: number; transferKb: number; decodedKb: number };
  peakRssMb: number;
};

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
const LATENCY_START = "<!-- bench-latency:start -->";
const LATENCY_END = "<!-- bench-latency:end -->";

export type LatencyRow = { key: string; label: string; single: LoadResult; loaded: LoadResult };
export type LatencyResults = { date: string; latencyMs: number; connections: number; seconds: number; rows: LatencyRow[] };

/** `--db-latency-ms`: bench/results/<date>-db-latency-<n>ms.json and its table in docs/benchmarks.md. */
export function writeLatencyResults(results: LatencyResults): { json: string; markdown: string } {
  const dir = path.join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${results.date.slice(0, 10)}-db-latency-${results.latencyMs}ms.json`);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const lines = [
    `Measured ${results.date.slice(0, 16).replace("T", " ")} UTC, every database answer held back ${results.latencyMs} ms by the counting proxy; ` +
      `${results.seconds} s per cell. Raw figures: \`bench/results/${path.basename(json)}\`.`,
    "",
    `| request | p50 ms, 1 connection | p99 ms, 1 connection | req/s, ${results.connections} connections | p50 ms, ${results.connections} connections |`,
    "|---|---:|---:|---:|---:|",
    ...results.rows.map(
      (row) => `| ${row.label} | ${row.single.p50Ms} | ${row.single.p99Ms} | ${row.loaded.requestsPerSecond} | ${row.loaded.p50Ms} |`,
    ),
    "",
  ];
  const markdown = replaceBetween(path.join(ROOT, "docs/benchmarks.md"), LATENCY_START, LATENCY_END, lines.join("\n"));
  return { json, markdown };
}

function replaceBetween(file: string, start: string, end: string, content: string): string {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  if (!current.includes(start)) {
    writeFileSync(file, `${current.trimEnd()}\n\n${start}\n${content}${end}\n`);
    return file;
  }
  const [before, rest] = current.split(start);
  const after = rest?.split(end)[1] ?? "\n";
  writeFileSync(file, `${before}${start}\n${content}${end}${after}`);
  return file;
}

export function writeResults(results: Results): { json: string; markdown: string } {
  const dir = path.join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${results.date.slice(0, 10)}.json`);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);

  const markdown = replaceBetween(path.join(ROOT, "docs/benchmarks.md"), START, END, table(results));
  return { json, markdown };
}

/** "2", or "2 (+1)" when the request left a round trip running after its response (a read-only COMMIT). */
function roundTripsCell(count: RoundTripCount | null): string {
  if (!count) return "—";
  return count.background > 0 ? `${count.critical} (+${count.background})` : String(count.critical);
}

function table(r: Results): string {
  const bare = r.scenarios.find((s) => s.key === "a")!.result.requestsPerSecond;
  const lines = [
    `Measured ${r.date.slice(0, 16).replace("T", " ")} UTC on ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb} GB, Node.js ${r.machine.node}, ${r.machine.postgres}; ` +
      `\`next start\` and PostgreSQL on the same machine, load over loopback with autocannon, ${r.load.connections} connections, ${r.load.seconds} s per row. ` +
      `Dataset: ${Object.entries(r.dataset)
        .map(([table, n]) => `${n.toLocaleString("en")} ${table.toLowerCase()}s`)
        .join(", ")}. Raw figures: \`bench/results/${r.date.slice(0, 10)}.json\`.`,
    "",
    "| request | req/s | vs (a) | p50 ms | p99 ms | errors | DB round trips / request (+ after the response) |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...r.scenarios.map(
      (s) =>
        `| ${s.label} | ${s.result.requestsPerSecond} | ${(s.result.requestsPerSecond / bare).toFixed(2)} | ${s.result.p50Ms} | ${s.result.p99Ms} | ${s.result.errors + s.result.non2xx} | ${roundTripsCell(s.roundTrips)} |`,
    ),
    "",
    "Scaling: the same request in a database with few tenants (or a small organization) and with many (or a large one). Goal: ratios ≤ 1.2.",
    "",
    "| request | small: req/s · p50 ms | large: req/s · p50 ms | p50 large / small | req/s small / large |",
    "|---|---:|---:|---:|---:|",
    ...r.scaling.map(
      (s) =>
        `| ${s.label} | ${s.small.requestsPerSecond} · ${s.small.p50Ms} | ${s.large.requestsPerSecond} · ${s.large.p50Ms} | ${s.p50Ratio.toFixed(2)} | ${s.rpsRatio.toFixed(2)} |`,
    ),
    "",
    `First-load JavaScript of \`${r.bundle.path}\`: ${r.bundle.scripts} scripts, ${r.bundle.transferKb} kB over the wire (${r.bundle.decodedKb} kB unpacked). ` +
      `Peak resident memory of the server during the run: ${r.peakRssMb} MB.`,
    "",
  ];
  return lines.join("\n");
}
