import "server-only";

export type PasskeyDto = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; backedUp: boolean; deviceType: string };

export function toPasskeyDto(passkey: PasskeyDto & Record<string, unknown>): PasskeyDto {
  return {
    id: passkey.id,
    name: passkey.name,
    createdAt: passkey.createdAt,
    lastUsedAt: passkey.lastUsedAt,
    backedUp: passkey.backedUp,
    deviceType: passkey.deviceType,
  };
}
