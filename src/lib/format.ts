const DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** "Nov 23, 2026": dates rendered on the server, in UTC so the same row reads the same for everyone. */
export function formatDate(date: Date): string {
  return DATE.format(date);
}
