import "server-only";
// The development mailbox: what the console transport "sent", for /dev/mailbox to show. Files, not module state,
// because Next's dev server loads route handlers and pages in separate module graphs (and restarts on config changes):
// one JSON file per message under .data/mailbox/, so concurrent writers never touch the same file.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const KEEP = 100;

const devEmail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  kind: z.string(),
  /** ISO 8601 */
  sentAt: z.string(),
});

export type DevEmail = z.infer<typeof devEmail>;

/** Resolved on each call (not at import) so tests can point process.cwd() at a temporary directory. */
function mailboxDir(): string {
  return path.join(process.cwd(), ".data", "mailbox");
}

/** Strictly increasing within this module, so two sends in one millisecond still list in the order they were made. */
let lastStamp = 0;

export async function recordDevEmail(input: Omit<DevEmail, "id" | "sentAt">): Promise<DevEmail> {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  const sentAt = new Date(lastStamp);
  // Time first, zero-padded, so file names sort chronologically; the random part keeps same-millisecond sends apart.
  const id = `${String(sentAt.getTime()).padStart(15, "0")}-${randomBytes(4).toString("hex")}`;
  const email: DevEmail = { id, ...input, sentAt: sentAt.toISOString() };
  const dir = mailboxDir();
  await mkdir(dir, { recursive: true });
  // Write then rename: a reader listing the directory meanwhile never sees half a message.
  const file = path.join(dir, `${id}.json`);
  await writeFile(`${file}.tmp`, JSON.stringify(email));
  await rename(`${file}.tmp`, file);
  await pruneBeyond(KEEP);
  return email;
}

/** The last 100 messages, newest first. */
export async function listDevEmails(): Promise<DevEmail[]> {
  const dir = mailboxDir();
  const emails = await Promise.all((await messageFiles()).slice(0, KEEP).map((name) => readMessage(path.join(dir, name))));
  return emails.filter((email) => email !== null);
}

/** Message file names, newest first; none when nothing was ever sent. */
async function messageFiles(): Promise<string[]> {
  try {
    const names = await readdir(mailboxDir());
    return names
      .filter((name) => name.endsWith(".json"))
      .sort()
      .reverse();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function readMessage(file: string): Promise<DevEmail | null> {
  try {
    const parsed = devEmail.safeParse(JSON.parse(await readFile(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    // Pruned by a concurrent send between listing and reading, or not JSON (edited by hand): skip it.
    return null;
  }
}

async function pruneBeyond(keep: number): Promise<void> {
  const dir = mailboxDir();
  // `force`: two concurrent sends may both try to delete the same oldest file.
  await Promise.all((await messageFiles()).slice(keep).map((name) => rm(path.join(dir, name), { force: true })));
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
