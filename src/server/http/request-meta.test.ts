import { describe, expect, it } from "vitest";
import { clientAddress } from "./request-meta";

describe("clientAddress", () => {
  it("takes the address our proxy appended, not the ones the client sent before it", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("uses the only entry there is, and nothing without the header", () => {
    expect(clientAddress("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress(" , ", 1)).toBeNull();
  });
});
