// A throw-away PostgreSQL server of its own (initdb in a temporary directory), so that the soak test can stop and
// start the database under the app without touching the machine's server.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type Cluster = { url: string; stop: () => void; start: () => void; destroy: () => void };

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (version) return path.join(root, version, "bin");
  return path.dirname(execFileSync("which", ["pg_ctl"], { encoding: "utf8" }).trim());
}

export function createCluster(port: number): Cluster {
  const bin = binaries();
  const dir = mkdtempSync(path.join(tmpdir(), "orgstack-soak-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  // PostgreSQL refuses to run as root; on a developer's machine this is simply the current user.
  const asOwner = (command: string, args: string[]) => {
    const [file, argv] =
      process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
    execFileSync(file as string, argv as string[], { stdio: "pipe" });
  };
  asOwner("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const start = () =>
    asOwner("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: () => asOwner("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    destroy: () => {
      try {
        asOwner("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
