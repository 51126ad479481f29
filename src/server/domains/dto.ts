import "server-only";
import type { Role } from "@/server/db";
import { verificationRecordName } from "./dns";

export type DomainStatus = "pending" | "verified" | "lapsed";

export type DomainDto = {
  id: string;
  domain: string;
  status: DomainStatus;
  /** The TXT record that proves it: add it at your DNS provider. */
  record: { type: "TXT"; name: string; value: string };
  verifiedAt: Date | null;
  lastCheckedAt: Date | null;
  lapsedAt: Date | null;
  joinMode: "SUGGEST" | "AUTOMATIC";
  joinRole: Role;
  createdAt: Date;
};

type Row = Omit<DomainDto, "status" | "record"> & { verificationToken: string };

export function toDomainDto(row: Row): DomainDto {
  const { verificationToken, ...rest } = row;
  return {
    ...rest,
    status: !row.verifiedAt ? "pending" : row.lapsedAt ? "lapsed" : "verified",
    record: { type: "TXT", name: verificationRecordName(row.domain), value: verificationToken },
  };
}

export const domainSelect = {
  id: true,
  domain: true,
  verificationToken: true,
  verifiedAt: true,
  lastCheckedAt: true,
  lapsedAt: true,
  joinMode: true,
  joinRole: true,
  createdAt: true,
} as const;
