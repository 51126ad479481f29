// The OpenAPI document (issue 17) is written from the route handlers' own declarations: the zod schemas and
// permissions their wrappers enforce. A route on disk that the document lacks fails here.
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "../../app/api/openapi.json/catalog";
import { GET as openApiRoute } from "../../app/api/openapi.json/route";
import { declaredRoutes } from "../support/declared";
import { call } from "../support/http";

type Document = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        security: Array<Record<string, string[]>>;
        description: string;
        requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> };
      }
    >
  >;
};

async function document(): Promise<Document> {
  const response = await call(openApiRoute, "GET", "/api/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

/** app/api/projects/[id]/route.ts → /api/projects/{id} */
function pathOf(file: string): string {
  return `/${file.replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}")}`;
}

describe("the OpenAPI document", () => {
  it("describes every API route and method on disk (but itself), and nothing else", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const onDisk = (await declaredRoutes())
      .filter((route) => route.file.startsWith("api/") && route.file !== "api/openapi.json/route.ts")
      .map((route) => `${route.name} ${pathOf(route.file)}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(onDisk);
    expect(API_ROUTES.length).toBeGreaterThan(40);
  });

  it("takes bodies, permissions and who may call from the declarations", async () => {
    const doc = await document();
    const create = doc.paths["/api/projects"]!.post!;
    expect(create.requestBody!.content["application/json"]!.schema.required).toContain("name");
    expect(create.description).toContain("projects.create");
    expect(create.security).toEqual([{ session: [] }, { apiKey: [] }]);
    // A person's decision: not with an API key.
    expect(doc.paths["/api/api-keys"]!.post!.security).toEqual([{ session: [] }]);
    expect(doc.paths["/api/account"]!.get!.security).toEqual([{ session: [] }]);
    expect(doc.paths["/api/auth/login"]!.post!.security).toEqual([]);
    expect(Object.keys(doc.paths["/api/webhooks/endpoints"]!.post!.requestBody!.content["application/json"]!.schema.properties!)).toEqual([
      "url",
      "events",
      "description",
    ]);
  });
});
