import { describe, expect, it } from "vitest";
import { ScimError } from "./http";
import { booleanOf, equalityFilter, pageOf, patchOperations } from "./resources";

describe("SCIM filters", () => {
  it("reads the equality filters directories send, case-insensitively, with escaped quotes", () => {
    expect(equalityFilter('userName eq "ada@example.com"', ["userName", "externalId"])).toEqual({
      attribute: "userName",
      value: "ada@example.com",
    });
    expect(equalityFilter('EXTERNALID EQ "00u1"', ["userName", "externalId"])).toEqual({ attribute: "externalId", value: "00u1" });
    expect(equalityFilter('displayName eq "R&D \\"core\\""', ["displayName"])).toEqual({ attribute: "displayName", value: 'R&D "core"' });
    expect(equalityFilter(null, ["userName"])).toBeNull();
  });

  it("refuses every other filter with invalidFilter", () => {
    for (const filter of ['userName co "a"', 'name.givenName eq "Ada"', 'userName eq "a" or userName eq "b"', "userName eq ada"]) {
      expect(() => equalityFilter(filter, ["userName"]), filter).toThrow(
        expect.objectContaining({ status: 400, scimType: "invalidFilter" }) as ScimError,
      );
    }
  });
});

describe("SCIM paging and values", () => {
  it("pages from a 1-based startIndex, capping count", () => {
    expect(pageOf(new URLSearchParams("startIndex=3&count=2"))).toEqual({ skip: 2, take: 2, startIndex: 3 });
    expect(pageOf(new URLSearchParams("startIndex=0&count=5000"))).toEqual({ skip: 0, take: 200, startIndex: 1 });
    expect(pageOf(new URLSearchParams(""))).toEqual({ skip: 0, take: 100, startIndex: 1 });
  });

  it("takes Entra ID's string booleans", () => {
    expect(booleanOf("False")).toBe(false);
    expect(booleanOf("TRUE")).toBe(true);
    expect(booleanOf(true)).toBe(true);
    expect(() => booleanOf("maybe")).toThrow(ScimError);
  });

  it("reads PatchOp operations, lower-casing op, and refuses malformed ones", () => {
    expect(patchOperations({ Operations: [{ op: "Replace", path: "active", value: "False" }] })).toEqual([
      { op: "replace", path: "active", value: "False" },
    ]);
    for (const body of [null, {}, { Operations: [] }, { Operations: [{ op: "move" }] }, { Operations: [{ op: "add", path: 3 }] }]) {
      expect(() => patchOperations(body), JSON.stringify(body)).toThrow(ScimError);
    }
  });
});
