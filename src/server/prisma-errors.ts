import "server-only";
import { Prisma } from "@/server/db";

/** True for a unique-constraint violation, optionally only one involving `field`. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!field) return true;
  // With driver adapters the constraint's fields arrive in meta.driverAdapterError; classic engines use meta.target.
  return JSON.stringify(error.meta ?? {}).includes(field) || error.message.includes(field);
}

/** True when an update or delete found no row to act on (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
