// Every route handler and server action under app/, found on the file system and imported, with what its wrapper
// declared (src/server/http/operation.ts). A handler or action written without a wrapper has no declaration.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Access } from "@/server/http/operation";

const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export type Found = { file: string; name: string; declaration: Access | undefined; isFunction: boolean; takesJsonBody: boolean };

function appFiles(test: (file: string, source: string) => boolean): string[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .filter((file) => test(file, readFileSync(path.join(APP, file), "utf8")))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

async function exportsOf(file: string, pick: (name: string) => boolean): Promise<Found[]> {
  const exported = (await import(path.join(APP, file))) as Record<string, unknown>;
  return Object.entries(exported)
    .filter(([name]) => pick(name))
    .map(([name, value]) => ({
      file,
      name,
      isFunction: typeof value === "function",
      declaration: (value as { declaration?: Access } | null)?.declaration,
      // A route whose operation declares a body schema: the wrapper reads it as JSON (declare-route.ts).
      takesJsonBody: Boolean((value as { operation?: { body?: unknown } } | null)?.operation?.body),
    }));
}

/** Every exported HTTP method of every route.ts under app/. */
export async function declaredRoutes(): Promise<Found[]> {
  const files = appFiles((file) => path.basename(file) === "route.ts");
  return (await Promise.all(files.map((file) => exportsOf(file, (name) => METHODS.includes(name))))).flat();
}

/** Every export of every "use server" module under app/: each is a server action anyone can call. */
export async function declaredActions(): Promise<Found[]> {
  const files = appFiles((_file, source) => /^\s*["']use server["']/.test(source));
  return (await Promise.all(files.map((file) => exportsOf(file, () => true)))).flat();
}
