// The passkey ceremonies are the only places the browser calls the JSON API itself (a WebAuthn response must travel
// between navigator.credentials and the server): one POST helper and one way to read its error.

export async function postJson(url: string, body: unknown): Promise<{ ok: boolean; data: Record<string, unknown> }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { ok: response.ok, data: ((await response.json().catch(() => ({}))) ?? {}) as Record<string, unknown> };
}

/** The `{ error: { message, fields } }` of a failed answer, for a person: a field's message first. */
export function errorMessageOf(data: Record<string, unknown>, field?: string): string {
  const error = data.error as { message?: unknown; fields?: Record<string, string> } | undefined;
  return (field && error?.fields?.[field]) || (typeof error?.message === "string" ? error.message : "That did not work. Try again.");
}
