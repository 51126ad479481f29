import "server-only";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";

/** A new invitation token and the hash the database keeps (src/server/secret-token.ts). */
export const newInviteToken = newSecretToken;
export const hashInviteToken = hashSecretToken;
