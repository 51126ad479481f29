import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { isDatabaseUnavailable } from "./route";

function prismaError(code: string, message: string, meta?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "7.10.0", meta });
}

describe("isDatabaseUnavailable", () => {
  it("recognizes a database that is down, restarting or out of pooled connections", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(prismaError("P2010", "Raw query failed", { driverAdapterError: { message: "ConnectionClosed" } }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error("terminating connection due to administrator command"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is starting up"))).toBe(true);
  });

  it("leaves every other failure a 500", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", "Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of null (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
