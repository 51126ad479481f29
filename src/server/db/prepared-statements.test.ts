import { describe, expect, it } from "vitest";
import { preparedStatementName } from "./prepared-statements";

describe("prepared statement names", () => {
  it("names a statement by its text: the same text the same name, another text another", () => {
    const name = preparedStatementName({ sql: 'SELECT "id" FROM "Project" WHERE "organizationId" = $1', args: ["o"] });
    expect(name).toMatch(/^orgstack_[A-Za-z0-9_-]{22}$/);
    expect(preparedStatementName({ sql: 'SELECT "id" FROM "Project" WHERE "organizationId" = $1', args: ["o"] })).toBe(name);
    expect(preparedStatementName({ sql: 'SELECT "id" FROM "Project" WHERE "id" = $1', args: ["p"] })).not.toBe(name);
  });

  it("leaves a statement without parameters unnamed: it may be a script of several", () => {
    expect(preparedStatementName({ sql: 'ANALYZE "Membership"; ANALYZE "User"', args: [] })).toBe("");
  });

  it("stops naming new statements after 2,000 texts, so they run unnamed and nothing grows without bound", () => {
    const first = preparedStatementName({ sql: "SELECT $1::text", args: ["kept"] });
    for (let i = 0; i < 2_100; i++) preparedStatementName({ sql: `SELECT $1::int + ${i}`, args: [i] });
    expect(preparedStatementName({ sql: "SELECT $1::text || 'too many'", args: ["one"] })).toBe("");
    expect(preparedStatementName({ sql: "SELECT $1::text", args: ["kept"] })).toBe(first);
  });
});
