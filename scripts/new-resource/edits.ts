import type { Names } from "./names";

/** A change to a file that exists: `apply` returns the new text, or throws when the place it edits is not there. */
export type Edit = { path: string; apply: (source: string) => string };

/** Inserts `text` just before the first `closing` after `opening`; throws (naming the file) when either is missing. */
export function insertBefore(source: string, opening: string, closing: string, text: string, file: string): string {
  const start = source.indexOf(opening);
  if (start < 0) throw new Error(`${file}: cannot find ${JSON.stringify(opening)}; has it been renamed? Edit it by hand.`);
  const end = source.indexOf(closing, start + opening.length);
  if (end < 0) throw new Error(`${file}: cannot find ${JSON.stringify(closing)} after ${JSON.stringify(opening)}.`);
  return source.slice(0, end) + text + source.slice(end);
}

/** Inserts `line` after the last top-level import. */
export function addImport(source: string, line: string): string {
  const imports = [...source.matchAll(/^import [^;]+;\n/gm)];
  const last = imports.at(-1);
  if (!last) return `${line}\n${source}`;
  const at = last.index + last[0].length;
  return `${source.slice(0, at)}${line}\n${source.slice(at)}`;
}

/** Adds a field line to a Prisma model, after its last field (before its block attributes, if any). */
function addModelField(source: string, model: string, field: string, file: string): string {
  const start = source.indexOf(`model ${model} {\n`);
  if (start < 0) throw new Error(`${file}: cannot find model ${model}.`);
  const end = source.indexOf("\n}\n", start);
  const body = source.slice(start, end);
  const attribute = body.search(/\n\s*\n(\s*\/\/[^\n]*\n)*\s*@@/);
  const at = attribute >= 0 ? start + attribute : end;
  return `${source.slice(0, at)}\n  ${field}${source.slice(at)}`;
}

export function modelText(n: Names): string {
  return `
model ${n.Model} {
  id             String   @id @default(cuid())
  organizationId String
  name           String
  description    String   @default("")
  createdById    String?
  createdAt      DateTime @default(now())
  updatedAt      DateTime @updatedAt

  organization Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  createdBy    User?        @relation(fields: [createdById], references: [id], onDelete: SetNull)

  // Serves the list exactly as it is ordered (newest first, id breaking ties): no sort, only the page is read.
  @@index([organizationId, createdAt(sort: Desc), id(sort: Desc)])
  @@index([createdById])
}
`;
}

export function editsFor(n: Names): Edit[] {
  const catalogName = n.models;
  return [
    {
      path: "prisma/schema.prisma",
      apply: (source) => {
        let next = addModelField(source, "Organization", `${n.models} ${n.Model}[]`, "prisma/schema.prisma");
        next = addModelField(next, "User", `created${n.Models} ${n.Model}[]`, "prisma/schema.prisma");
        return next.trimEnd() + "\n" + modelText(n);
      },
    },
    {
      path: "src/lib/permissions.ts",
      apply: (source) => {
        const file = "src/lib/permissions.ts";
        const ops = ["create", "read", "update", "delete"].map((op) => `"${n.perm}.${op}"`);
        let next = insertBefore(source, "export const PERMISSIONS = [", "] as const;", ops.map((p) => `  ${p},\n`).join(""), file);
        // Members do everything with it, guests read it: the roles projects have.
        next = appendToList(next, "const MEMBER: Permission[] = [", "];", ops, file);
        next = appendToList(next, "  GUEST: [", "]", [`"${n.perm}.read"`], file);
        const labels = [
          `  "${n.perm}.create": "Create ${n.labels}",\n`,
          `  "${n.perm}.read": "See ${n.labels}",\n`,
          `  "${n.perm}.update": "Edit ${n.labels}",\n`,
          `  "${n.perm}.delete": "Delete ${n.labels}",\n`,
        ];
        return insertBefore(next, "export const PERMISSION_LABELS: Record<Permission, string> = {", "};", labels.join(""), file);
      },
    },
    {
      path: "src/lib/audit-labels.ts",
      apply: (source) =>
        insertBefore(
          source,
          "export const AUDIT_ACTION_LABELS = {",
          "} as const;",
          `  "${n.action}.created": "Created ${n.article} ${n.label}",\n  "${n.action}.updated": "Changed ${n.article} ${n.label}",\n  "${n.action}.deleted": "Deleted ${n.article} ${n.label}",\n`,
          "src/lib/audit-labels.ts",
        ),
    },
    {
      path: "src/server/audit/record.ts",
      apply: (source) => {
        const file = "src/server/audit/record.ts";
        const start = source.indexOf("export type AuditTargetType =");
        if (start < 0) throw new Error(`${file}: cannot find export type AuditTargetType =`);
        const end = source.indexOf(";", start);
        return `${source.slice(0, end).trimEnd()} | "${n.action}"${source.slice(end)}`;
      },
    },
    {
      path: "app/dashboard/layout.tsx",
      apply: (source) =>
        insertBefore(
          source,
          "const nav = [",
          `    { href: "/dashboard/members", label: "Members" },`,
          `    ...(can(ctx, "${n.perm}.read") ? [{ href: "/dashboard/${n.slug}", label: "${n.Labels}" }] : []),\n`,
          "app/dashboard/layout.tsx",
        ),
    },
    {
      path: "app/api/openapi.json/catalog.ts",
      apply: (source) => {
        let next = addImport(
          source,
          `import * as ${catalogName} from "../${n.slug}/route";\nimport * as ${catalogName}Id from "../${n.slug}/[id]/route";`,
        );
        const entries =
          `  { path: "/api/${n.slug}", module: ${catalogName}, methods: { GET: ["List ${n.labels}", 200], POST: ["Create ${n.article} ${n.label}", 201] } },\n` +
          `  {\n    path: "/api/${n.slug}/{id}",\n    module: ${catalogName}Id,\n    methods: { GET: ["Read ${n.article} ${n.label}", 200], PATCH: ["Update ${n.article} ${n.label}", 200], DELETE: ["Delete ${n.article} ${n.label}", 204] },\n  },\n`;
        next = insertBefore(
          next,
          "export const API_ROUTES: ApiRoute[] = [",
          "\n];",
          `\n${entries.trimEnd()}`,
          "app/api/openapi.json/catalog.ts",
        );
        return next;
      },
    },
    {
      path: "tests/resources/index.ts",
      apply: (source) => {
        const next = addImport(source, `import { ${n.models} } from "./${n.slug}";`);
        const opening = "export const GENERATED_RESOURCES: ResourceSuite[] = [";
        const start = next.indexOf(opening);
        if (start < 0) throw new Error(`tests/resources/index.ts: cannot find ${opening}`);
        const end = next.indexOf("];", start);
        const listed = next
          .slice(start + opening.length, end)
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean);
        return next.slice(0, start + opening.length) + [...listed, n.models].join(", ") + next.slice(end);
      },
    },
  ];
}

/** Appends `items` to the list that `opening` starts and `closing` ends, on one line or one per line. */
export function appendToList(source: string, opening: string, closing: string, items: string[], file: string): string {
  const start = source.indexOf(opening);
  if (start < 0) throw new Error(`${file}: cannot find ${JSON.stringify(opening)}; has it been renamed? Edit it by hand.`);
  const end = source.indexOf(closing, start + opening.length);
  if (end < 0) throw new Error(`${file}: cannot find ${JSON.stringify(closing)} after ${JSON.stringify(opening)}.`);
  const last = source.slice(0, end).trimEnd();
  const separator = last.endsWith(",") || last.endsWith("[") ? " " : ", ";
  return last + separator + items.join(", ") + source.slice(last.length);
}
