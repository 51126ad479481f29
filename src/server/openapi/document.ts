import "server-only";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { DeclaredOperation } from "@/server/http/operation";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** One route file of the API: its path (`{id}` for `[id]`), its module, and for each method a summary and the success status. */
export type ApiRoute = {
  path: string;
  module: Partial<Record<Method, unknown>>;
  methods: Partial<Record<Method, [summary: string, status: number]>>;
};

const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "VALIDATION_FAILED" }),
      message: z.string().meta({ description: "A sentence for a person." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "Per field, what is wrong (validation failures)." }),
    }),
  })
  .meta({ id: "Error" });

const ERRORS: Record<string, string> = {
  "400": "Invalid input (field errors in `error.fields`)",
  "401": "Not signed in, or an invalid, revoked or expired API key",
  "403": "Missing permission, or not allowed for an API key",
  "404": "Not found in this organization (another organization's id is a 404 too)",
  "429": "Rate limited (see Retry-After)",
};

/**
 * The OpenAPI 3.1 document of the JSON API, written from each route handler's declaration — the same zod schemas and
 * permissions its wrapper enforces (src/server/http/declare-route.ts) — so it cannot drift from the code.
 */
export function openApiDocument(routes: ApiRoute[], serverUrl: string) {
  // The catalog does not change while the server runs: written once, served from memory after that.
  const cached = built.get(routes);
  if (cached?.serverUrl === serverUrl) return cached.document;
  const document = writeDocument(routes, serverUrl);
  built.set(routes, { serverUrl, document });
  return document;
}

const built = new WeakMap<ApiRoute[], { serverUrl: string; document: ReturnType<typeof writeDocument> }>();

function writeDocument(routes: ApiRoute[], serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const item: Record<string, ZodOpenApiOperationObject> = {};
    for (const method of METHODS) {
      const handler = route.module[method] as Partial<DeclaredOperation> | undefined;
      const described = route.methods[method];
      if (!handler || !described || !handler.declaration || !handler.operation) continue;
      item[method.toLowerCase()] = operationObject(route.path, method, handler as DeclaredOperation, described);
    }
    paths[route.path] = item;
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Orgstack API",
      version: "1",
      description:
        "Every route that acts in an organization accepts the session cookie or an organization API key (`Authorization: Bearer osk_…`). Errors are `{ error: { code, message } }`.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An organization API key (osk_…), made on /dashboard/api-keys." },
        session: { type: "apiKey", in: "cookie", name: "session", description: "The browser session of a signed-in person." },
      },
    },
    paths,
  });
}

function operationObject(
  path: string,
  method: Method,
  { declaration, operation }: DeclaredOperation,
  [summary, status]: [string, number],
): ZodOpenApiOperationObject {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const notes: string[] = [];
  let security: Array<Record<string, string[]>> = [];
  if (declaration.access === "org") {
    const keys = declaration.apiKeys !== false && !declaration.baseRole;
    security = keys ? [{ session: [] }, { apiKey: [] }] : [{ session: [] }];
    notes.push(declaration.permission ? `Permission: \`${declaration.permission}\`.` : "Any member of the organization.");
    if (declaration.baseRole) notes.push("Only members whose base role is OWNER.");
    if (declaration.feature) notes.push(`Needs the plan feature \`${declaration.feature}\` (402 otherwise).`);
    if (!keys) notes.push("Not with an API key: a person's decision.");
  } else if (declaration.access === "session") {
    security = [{ session: [] }];
    notes.push("The signed-in person's own account; never with an API key.");
  } else {
    notes.push("Public.");
  }
  return {
    summary,
    description: notes.join(" "),
    tags: [tagOf(path)],
    security,
    requestParams: {
      ...(params.length ? { path: z.object(Object.fromEntries(params.map((name) => [name, z.string()]))) } : {}),
      ...(operation.query ? { query: operation.query as z.ZodObject } : {}),
      ...(declaration.access === "org"
        ? {
            header: z.object({
              "x-organization-id": z.string().optional().meta({ description: "Act in another of the caller's organizations." }),
            }),
          }
        : {}),
    },
    ...(operation.body && method !== "GET" ? { requestBody: { content: { "application/json": { schema: operation.body } } } } : {}),
    responses: {
      [String(status)]: { description: status === 204 ? "Done (no content)" : "Success" },
      ...Object.fromEntries(
        Object.entries(ERRORS)
          .filter(([code]) => (code === "401" || code === "403" ? declaration.access !== "public" : true))
          .map(([code, description]) => [code, { description, content: { "application/json": { schema: errorSchema } } }]),
      ),
    },
  };
}

function tagOf(path: string): string {
  const segment = path.split("/")[2] ?? "api";
  return segment === "organizations" && path.includes("/members") ? "members" : segment;
}
