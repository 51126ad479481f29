import { z } from "zod";

export const requestTransferSchema = z.strictObject({
  userId: z.string({ error: "Choose the member who should become owner." }).min(1, "Choose the member who should become owner.").max(64),
});
