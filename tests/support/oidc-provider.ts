// The tests' OpenID Provider, with no outside service: panva's oidc-provider (the certified implementation), whose
// login step signs in whoever the authorization request's login_hint names. The tests add the people it knows
// directly (integration) or through its control URL (e2e, from another process).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

export type TestAccount = { sub: string; email: string; name: string; emailVerified?: boolean };

export type OidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People the provider knows, by email: a login_hint of one of them signs them in. */
  accounts: Map<string, TestAccount>;
  /** PUT {controlUrl}/accounts with a TestAccount adds one from another process (the e2e specs). */
  controlUrl: string;
  stop(): Promise<void>;
};

/** An OpenID Provider on 127.0.0.1, with one confidential client registered for `redirectUri`. */
export async function startOidcProvider(redirectUri: string): Promise<OidcProvider> {
  const accounts = new Map<string, TestAccount>();
  const clientId = `orgstack-${randomBytes(4).toString("hex")}`;
  const clientSecret = randomBytes(24).toString("base64url");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: (_ctx, id) => {
      const account = [...accounts.values()].find((candidate) => candidate.sub === id);
      return account
        ? {
            accountId: id,
            claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified ?? true, name: account.name }),
          }
        : undefined;
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    pkce: { required: () => true },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  // The login and consent step, done at once: whoever the login_hint names (unknown: an error back to the client).
  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const account = accounts.get(String(details.params.login_hint ?? ""));
    if (!account) {
      await provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "Unknown user" },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new provider.Grant({ accountId: account.sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope("openid email profile");
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on("request", (req, res) => {
    if (req.url === "/test/accounts" && req.method === "PUT") {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const account = JSON.parse(body) as TestAccount;
        accounts.set(account.email, account);
        res.statusCode = 204;
        res.end();
      });
    } else if (req.url?.startsWith("/interaction/")) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    } else {
      callback(req, res);
    }
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    controlUrl: `${issuer}/test`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Follows a browser's redirects through the provider, keeping its cookies, until it is sent back to `until`
 * (our callback): the URL it is sent back with.
 */
export async function followToCallback(start: string, until: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(start);
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(until)) return url;
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      cookies.set(name!.trim(), value.join("="));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`The provider stopped at ${url.href} (${response.status}): ${(await response.text()).slice(0, 300)}`);
    url = new URL(location, url);
  }
  throw new Error("Too many redirects at the identity provider.");
}
