import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/server/audit/record";
import { AUDIT_ACTION_NAMES } from "./audit-labels";

describe("audit action labels", () => {
  it("label every action the server records, and nothing else", () => {
    expect([...AUDIT_ACTION_NAMES].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});
