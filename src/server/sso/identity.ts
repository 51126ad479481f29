/** Who an identity provider says signed in: its stable subject for them, and what it tells of them. */
export type ProvidedIdentity = { subject: string; email: string | null; name: string | null };
