import { describe, expect, it } from "vitest";
import { preparedStatementName } from "./prepared-statements";

describe("prepared statement names", () => {
  it("names a statement by its text: the same text the same name, another text another", () => {
    const name = preparedStatementName({ sql: 'SELECT "id" FROM "Project" WHERE "organizationId" = $1' });
    expect(name).toMatch(/^orgstack_[A-Za-z0-9_-]{22}$/);
    expect(preparedStatementName({ sql: 'SELECT "id" FROM "Project" WHERE "organizationId" = $1' })).toBe(name);
    expect(preparedStatementName({ sql: 'SELECT "id" FROM "Project" WHERE "id" = $1' })).not.toBe(name);
  });

  it("stops naming new statements after 2,000 texts, so they run unnamed and nothing grows without bound", () => {
    const first = preparedStatementName({ sql: "SELECT 'kept'" });
    for (let i = 0; i < 2_100; i++) preparedStatementName({ sql: `SELECT ${i}` });
    expect(preparedStatementName({ sql: "SELECT 'one too many'" })).toBe("");
    expect(preparedStatementName({ sql: "SELECT 'kept'" })).toBe(first);
  });
});
