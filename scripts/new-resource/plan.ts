import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { editsFor } from "./edits";
import type { Names } from "./names";
import { actionsFile, detailPageFile, formFile, listPageFile } from "./page-files";
import { collectionRouteFile, dtoFile, itemRouteFile, mutationsFile, operationsFile, queriesFile, validationFile } from "./server-files";
import { integrationTestFile, suiteFile } from "./test-files";

export type Plan = { files: Array<{ path: string; content: string }>; edits: Array<{ path: string; content: string }> };

/** The new files of a resource, by path from the repository root. */
export function newFiles(n: Names): Array<{ path: string; content: string }> {
  return [
    { path: `src/lib/validation/${n.slug}.ts`, content: validationFile(n) },
    { path: `src/server/${n.slug}/dto.ts`, content: dtoFile(n) },
    { path: `src/server/${n.slug}/queries.ts`, content: queriesFile(n) },
    { path: `src/server/${n.slug}/mutations.ts`, content: mutationsFile(n) },
    { path: `src/server/${n.slug}/operations.ts`, content: operationsFile(n) },
    { path: `app/api/${n.slug}/route.ts`, content: collectionRouteFile(n) },
    { path: `app/api/${n.slug}/[id]/route.ts`, content: itemRouteFile(n) },
    { path: `app/dashboard/${n.slug}/actions.ts`, content: actionsFile(n) },
    { path: `app/dashboard/${n.slug}/page.tsx`, content: listPageFile(n) },
    { path: `app/dashboard/${n.slug}/[id]/page.tsx`, content: detailPageFile(n) },
    { path: `app/dashboard/${n.slug}/_components/${n.slugOne}-form.tsx`, content: formFile(n) },
    { path: `tests/resources/${n.slug}.ts`, content: suiteFile(n) },
    { path: `tests/integration/${n.slug}.test.ts`, content: integrationTestFile(n) },
  ];
}

/**
 * Everything `npm run new:resource` writes, computed before anything is written: a name already taken (a folder, a
 * model, a permission) or an edit whose place has moved stops it with nothing changed.
 */
export function planFor(root: string, n: Names): Plan {
  const files = newFiles(n);
  const taken = files.filter((file) => existsSync(path.join(root, file.path))).map((file) => file.path);
  if (taken.length > 0) throw new Error(`"${n.slugOne}" exists already: ${taken.join(", ")}.`);
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  if (new RegExp(`^model ${n.Model} \\{`, "m").test(schema)) throw new Error(`prisma/schema.prisma has a model ${n.Model} already.`);
  const permissions = readFileSync(path.join(root, "src/lib/permissions.ts"), "utf8");
  if (permissions.includes(`"${n.perm}.read"`)) throw new Error(`src/lib/permissions.ts has ${n.perm}.* permissions already.`);
  const edits = editsFor(n).map((edit) => ({ path: edit.path, content: edit.apply(readFileSync(path.join(root, edit.path), "utf8")) }));
  return { files, edits };
}
