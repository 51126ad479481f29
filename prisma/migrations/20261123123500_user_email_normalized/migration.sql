-- Hand-written (Prisma cannot express CHECK constraints). Emails are stored trimmed and lower-cased, so the unique
-- index on "email" is also unique case-insensitively. The application normalises them, and this refuses any it missed.
ALTER TABLE "User" ADD CONSTRAINT "User_email_normalized" CHECK ("email" = lower(btrim("email")));
