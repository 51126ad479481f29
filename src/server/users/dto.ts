import "server-only";

/** The only user fields that ever leave the server. */
export const publicUserSelect = { id: true, email: true, name: true, emailVerifiedAt: true } as const;
export type PublicUser = { id: string; email: string; name: string; emailVerifiedAt: Date | null };
