import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { env } from "@/env";
import { openApiDocument } from "@/server/openapi/document";
import { API_ROUTES } from "../../api/openapi.json/catalog";

export const metadata: Metadata = { title: "API reference" };

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  description?: string;
  maxLength?: number;
};
type Operation = {
  summary: string;
  description: string;
  tags: string[];
  security: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string }>;
};

const METHOD_COLOURS: Record<string, string> = {
  get: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
  post: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  put: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  patch: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  delete: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
};

// Public, like /api/openapi.json: the description of the API holds no one's data.
export default function ApiReferencePage() {
  const document = openApiDocument(API_ROUTES, env.APP_URL) as unknown as { paths: Record<string, Record<string, Operation>> };
  const byTag = new Map<string, Array<{ path: string; method: string; operation: Operation }>>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const tag = operation.tags[0] ?? "api";
      byTag.set(tag, [...(byTag.get(tag) ?? []), { path, method, operation }]);
    }
  }
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <header className="mb-8 flex flex-wrap items-center justify-between gap-3">
        <Logo href="/" />
        <a href="/api/openapi.json" className="text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-400">
          openapi.json
        </a>
      </header>
      <h1 className="text-3xl font-semibold tracking-tight">API reference</h1>
      <p className="mt-2 max-w-3xl text-zinc-600 dark:text-zinc-400">
        Every route that acts in an organization takes the session cookie of a signed-in person or an organization API key (
        <code className="text-sm">Authorization: Bearer osk_…</code>, made on{" "}
        <Link href="/dashboard/api-keys" className="underline">
          API keys
        </Link>
        ). Errors are <code className="text-sm">{"{ error: { code, message } }"}</code>. Generated from the same schemas the server
        validates with.
      </p>
      <nav aria-label="Sections" className="mt-6 flex flex-wrap gap-2 text-sm">
        {[...byTag.keys()].map((tag) => (
          <a
            key={tag}
            href={`#${tag}`}
            className="rounded border border-zinc-200 px-2 py-0.5 hover:bg-zinc-100 dark:border-zinc-800 dark:hover:bg-zinc-900"
          >
            {tag}
          </a>
        ))}
      </nav>
      {[...byTag.entries()].map(([tag, operations]) => (
        <section key={tag} id={tag} aria-labelledby={`${tag}-heading`} className="mt-10 space-y-4">
          <h2 id={`${tag}-heading`} className="text-xl font-semibold capitalize">
            {tag.replace(/-/g, " ")}
          </h2>
          {operations.map(({ path, method, operation }) => (
            <article
              key={`${method} ${path}`}
              className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${METHOD_COLOURS[method] ?? ""}`}>{method}</span>
                <span className="break-all">{path}</span>
              </h3>
              <p className="mt-1 font-medium">{operation.summary}</p>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {operation.description}
                {operation.security.some((entry) => "apiKey" in entry) && " Works with an API key."}
              </p>
              <Body schema={operation.requestBody?.content["application/json"]?.schema} />
              <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
                Answers:{" "}
                {Object.entries(operation.responses)
                  .map(([status, response]) => `${status} ${response.description}`)
                  .join(" · ")}
              </p>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}

function Body({ schema }: { schema: Schema | undefined }) {
  if (!schema?.properties) return null;
  const required = new Set(schema.required ?? []);
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="text-left text-sm">
        <caption className="mb-1 text-left text-xs font-medium text-zinc-600 dark:text-zinc-400">JSON body</caption>
        <tbody>
          {Object.entries(schema.properties).map(([name, field]) => (
            <tr key={name} className="align-top">
              <th scope="row" className="py-0.5 pr-4 font-mono text-xs font-normal">
                {name}
                {required.has(name) ? "" : "?"}
              </th>
              <td className="py-0.5 text-xs text-zinc-600 dark:text-zinc-400">{typeOf(field)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function typeOf(schema: Schema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.type === "array" && schema.items) return `array of ${typeOf(schema.items)}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "value");
  return schema.maxLength ? `${type} (≤ ${schema.maxLength})` : type;
}
