const DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** "Nov 23, 2026": dates rendered on the server, in UTC so the same row reads the same for everyone. */
export function formatDate(date: Date): string {
  return DATE.format(date);
}

const DATE_TIME = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC", hour12: false });

/** "Nov 23, 2026, 14:05 UTC". */
export function formatDateTime(date: Date): string {
  return `${DATE_TIME.format(date)} UTC`;
}

const TIMESTAMP = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** "Dec 2, 2026, 6:09:00 AM", UTC: a log's time to the second (audit log, webhook deliveries). */
export function formatTimestamp(date: Date): string {
  return TIMESTAMP.format(date);
}

/** "$12", "$12.50": an amount in the currency's smallest unit (cents), as Stripe gives it. */
export function formatMoney(cents: number, currency = "usd"): string {
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}
