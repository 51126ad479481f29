import { z } from "zod";
import { displayText } from "./fields";

/** Starting a support view: whom to view as, why (written to the organization's audit log), for how long. */
export const startSupportSchema = z.strictObject({
  asUserId: z.string({ error: "Choose the member to view as." }).min(1, "Choose the member to view as.").max(40),
  reason: displayText("the reason (a ticket, what the customer asked)", 300).pipe(
    z.string().min(10, "Say why in a few words (at least 10 characters): the organization reads it."),
  ),
  minutes: z.coerce
    .number({ error: "Choose how long." })
    .int()
    .refine((value) => [15, 30, 60].includes(value), "Choose 15, 30 or 60 minutes."),
});
export type StartSupportInput = z.infer<typeof startSupportSchema>;
