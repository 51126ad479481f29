import { z } from "zod";
import { emailField } from "./fields";

const CHOOSE = "Choose the member who should become owner.";
const ENTER = "Enter the email address of the member who should become owner.";

/** POST /api/organizations/current/transfer, and the nomination form when it lists the members. */
export const requestTransferSchema = z.strictObject({
  userId: z.string({ error: CHOOSE }).trim().min(1, CHOOSE).max(64, "That is not a member's id."),
});
export type RequestTransferInput = z.infer<typeof requestTransferSchema>;

/** The nomination form of an organization too large to list its members: the nominee's email address. */
export const requestTransferByEmailSchema = z.object({
  email: z.string({ error: ENTER }).trim().min(1, ENTER).pipe(emailField),
});
