// The generator's edits against the tree as it is: each place it edits is still there, a name that exists is
// refused, and the names come out right. (Generating for real and running the suites on the result: README,
// "Adding a tenant-scoped model".)
import path from "node:path";
import { describe, expect, it } from "vitest";
import { namesOf } from "./names";
import { planFor } from "./plan";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("npm run new:resource", () => {
  it("spells a name every way the code needs", () => {
    expect(namesOf("support-ticket")).toMatchObject({
      Model: "SupportTicket",
      model: "supportTicket",
      models: "supportTickets",
      slug: "support-tickets",
      perm: "support_tickets",
      action: "support_ticket",
      label: "support ticket",
      Labels: "Support tickets",
      article: "a",
    });
    expect(namesOf("category")).toMatchObject({ slug: "categories", Models: "Categories" });
    expect(namesOf("invoice").article).toBe("an");
    expect(namesOf("person", "people")).toMatchObject({ models: "people", perm: "people" });
    expect(() => namesOf("Drop Table;")).toThrow(/not a resource name/);
    expect(() => namesOf("sheep", "sheep")).toThrow(/must differ/);
  });

  it("finds every place it edits in the tree as it is", () => {
    const plan = planFor(ROOT, namesOf("widget"));
    const edited = Object.fromEntries(plan.edits.map((edit) => [edit.path, edit.content]));
    expect(edited["prisma/schema.prisma"]).toMatch(/model Widget \{[^}]*organizationId String/);
    expect(edited["prisma/schema.prisma"]).toMatch(/model Organization \{[^}]*widgets Widget\[\]/);
    expect(edited["prisma/schema.prisma"]).toMatch(/model User \{[^}]*createdWidgets Widget\[\]/);
    expect(edited["src/lib/permissions.ts"]).toMatch(
      /const MEMBER: Permission\[\] = \[[^\]]*"projects\.delete",[^\]]* "widgets\.create", "widgets\.read", "widgets\.update", "widgets\.delete"\s*\]/,
    );
    expect(edited["src/lib/permissions.ts"]).toMatch(/GUEST: \[[^\]]*"widgets\.read"\s*\]/);
    expect(edited["src/lib/permissions.ts"]).toContain(`"widgets.update": "Edit widgets"`);
    expect(edited["src/lib/audit-labels.ts"]).toContain(`"widget.deleted": "Deleted a widget"`);
    expect(edited["src/server/audit/record.ts"]).toMatch(/AuditTargetType =[^;]*\| "widget";/);
    expect(edited["app/dashboard/layout.tsx"]).toContain(`{ href: "/dashboard/widgets", label: "Widgets" }`);
    expect(edited["app/api/openapi.json/catalog.ts"]).toContain(`path: "/api/widgets/{id}"`);
    expect(edited["tests/resources/index.ts"]).toMatch(/GENERATED_RESOURCES: ResourceSuite\[\] = \[(\w+, )*widgets\]/);
    expect(plan.files.map((file) => file.path)).toContain("app/dashboard/widgets/[id]/page.tsx");
  });

  it("refuses a resource that exists", () => {
    expect(() => planFor(ROOT, namesOf("project"))).toThrow(/exists already/);
  });
});
