import type { Permission } from "@/lib/permissions";
import type { call } from "../support/http";

type Handler = Parameters<typeof call>[0];
/** Who calls: a member's session cookie, or an organization API key. */
export type Auth = { token: string } | { apiKey: string };
export type Request = { name: string; run: (auth: Auth) => Promise<Response> };
export type HostileField = { kind: "string" | "text" | "number" | "enum" | "array" | "boolean" | "object"; required: boolean };

/** What a generated resource gives the shared suites, so that they run its requests like their own. */
export type ResourceSuite = {
  /** The Prisma model. */
  model: string;
  /** A row of the organization, written as the server (not through a route): what the requests below aim at. */
  seed: (organizationId: string, name: string) => Promise<{ id: string }>;
  /** The role table: each route handler that declares a permission, sent at a row of the caller's organization. */
  endpoints: Array<{
    file: string;
    method: string;
    permission: Permission;
    success: number;
    send: (auth: Auth, id: string) => Promise<Response>;
  }>;
  /** The leak suite: requests for another organization's row `id`; each must be a 404 that changes nothing. */
  attacks: (id: string, headers?: Record<string, string>) => Request[];
  /** The leak suite: requests without an id, sent with x-organization-id naming an organization the caller is not in. */
  unscoped: (headers: Record<string, string>) => Request[];
  /** The leak suite: the caller's own list, with `query` ("?q=…"); it must never hold another organization's rows. */
  list: (auth: Auth, query: string) => Promise<Response>;
  /** The hostile-input suite: each JSON endpoint, a body it accepts and its fields. */
  jsonEndpoints: Array<{
    name: string;
    handler: Handler;
    method: string;
    path: string;
    takesId?: true;
    valid: () => Record<string, unknown>;
    fields: Record<string, HostileField>;
  }>;
  /** The hostile-input suite: each list, fed malformed query strings. */
  lists: Array<{ name: string; handler: Handler; path: string }>;
};
