// Addresses anyone can get: a domain here proves nothing about belonging to an organization, so it cannot be claimed
// (src/server/domains). Not every such service in the world — the big ones, which are where mistakes happen.
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.co.uk",
  "live.com",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "yahoo.fr",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "t-online.de",
  "mail.com",
  "mail.ru",
  "yandex.ru",
  "yandex.com",
  "qq.com",
  "163.com",
  "126.com",
  "zoho.com",
  "fastmail.com",
  "hey.com",
  "tutanota.com",
  "tuta.io",
  "orange.fr",
  "free.fr",
  "laposte.net",
  "libero.it",
  "naver.com",
  "rediffmail.com",
]);

// A few registry suffixes under which anyone registers names: "co.uk" is nobody's domain.
const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  "co.uk",
  "org.uk",
  "com.au",
  "co.jp",
  "co.nz",
  "com.br",
  "co.in",
  "github.io",
  "vercel.app",
  "netlify.app",
  "herokuapp.com",
]);

export function isClaimableDomain(domain: string): boolean {
  return !FREE_MAIL_DOMAINS.has(domain) && !PUBLIC_SUFFIXES.has(domain);
}

/** The domain of an address, lower-cased ("Ada@Example.COM" → "example.com"). */
export function domainOfEmail(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
