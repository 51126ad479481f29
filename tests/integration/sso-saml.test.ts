// Single sign-on through SAML 2.0, against a test identity provider that signs responses with a test key: a valid
// answer to our request signs the person in; every broken or hostile shape is refused and signs no one in — expired,
// not yet valid, another audience, another destination or recipient, another issuer, unsigned, signed by another
// key, tampered with after signing, two kinds of signature wrapping, an answer to a request we did not send, a
// replayed assertion, and an unasked (IdP-initiated) one where it is not allowed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as acsRoute } from "../../app/api/auth/sso/saml/[organizationId]/acs/route";
import { GET as metadataRoute } from "../../app/api/auth/sso/saml/[organizationId]/route";
import { GET as meRoute } from "../../app/api/me/route";
import { GET as connectionRoute, PUT as saveConnectionRoute } from "../../app/api/organizations/current/sso/route";
import { db } from "@/server/db";
import { call, sessionTokenOf } from "../support/http";
import {
  authnRequestIdOf,
  SAML_IDP_SSO_URL,
  SAML_INTRUDER_CERT,
  samlAssertion,
  samlResponse,
  samlResponseAround,
  signSamlElement,
  type SamlResponseOptions,
} from "../support/identity-provider";
import { startSso, ssoOrganization } from "../support/sso";

type Organization = Awaited<ReturnType<typeof ssoOrganization>>;

/** The SP-initiated start for a person at the organization's domain: the AuthnRequest's ID and the attempt. */
async function begin(org: Organization, local = `grace-${randomUUID().slice(0, 6)}`) {
  const email = `${local}@${org.domain}`;
  const started = await startSso(email, "/dashboard/projects");
  expect(started.redirectUrl!.startsWith(`${SAML_IDP_SSO_URL}?`)).toBe(true);
  const relayState = new URL(started.redirectUrl!).searchParams.get("RelayState")!;
  return { email, requestId: await authnRequestIdOf(started.redirectUrl!), relayState, attempt: started.attempt! };
}

function answer(org: Organization, options: Partial<SamlResponseOptions> & { nameId?: string }): SamlResponseOptions {
  return {
    audience: org.connection.serviceProvider.samlEntityId,
    acsUrl: org.connection.serviceProvider.samlAcsUrl,
    nameId: options.nameId ?? `persistent-${randomUUID()}`,
    ...options,
  };
}

/** The identity provider's page posting the response to the ACS, from its own origin. */
async function post(org: Organization, form: { SAMLResponse: string; RelayState?: string }, attempt?: string) {
  const body = new URLSearchParams(
    form.RelayState ? { SAMLResponse: form.SAMLResponse, RelayState: form.RelayState } : { SAMLResponse: form.SAMLResponse },
  ).toString();
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    origin: "https://idp.orgstack.test",
    "sec-fetch-site": "cross-site",
  };
  if (attempt) headers.cookie = `sso_attempt=${attempt}`;
  const response = await call(acsRoute, "POST", `/api/auth/sso/saml/${org.owner.organization.id}/acs`, {
    rawBody: body,
    headers,
    params: { organizationId: org.owner.organization.id },
  });
  return { response, token: sessionTokenOf(response), location: response.headers.get("location") };
}

async function expectRefused(result: Awaited<ReturnType<typeof post>>) {
  expect(result.response.status).toBe(303);
  expect(result.location).toMatch(/\/login\?sso_error=SSO_FAILED$/);
  expect(result.token).toBeUndefined();
}

describe("connecting a SAML identity provider", () => {
  it("reads the pasted metadata, shows our side to copy, and serves our metadata", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const shown = (await (await call(connectionRoute, "GET", "/", { token: org.owner.token })).json()).connection;
    expect(shown.saml).toMatchObject({
      entityId: "https://idp.orgstack.test/saml",
      ssoUrl: SAML_IDP_SSO_URL,
      allowIdpInitiated: false,
      certificates: [{ subject: "CN=saml-idp.orgstack.test" }],
    });
    expect(shown.serviceProvider).toMatchObject({
      samlEntityId: `http://localhost:3000/api/auth/sso/saml/${org.owner.organization.id}`,
      samlAcsUrl: `http://localhost:3000/api/auth/sso/saml/${org.owner.organization.id}/acs`,
    });
    const metadata = await call(metadataRoute, "GET", "/", { params: { organizationId: org.owner.organization.id } });
    expect(metadata.headers.get("content-type")).toContain("samlmetadata+xml");
    const xml = await metadata.text();
    expect(xml).toContain(`entityID="${shown.serviceProvider.samlEntityId}"`);
    expect(xml).toContain(`Location="${shown.serviceProvider.samlAcsUrl}"`);
  });

  it("refuses metadata that is not an identity provider's, and a certificate that is none, with field errors", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const notMetadata = await call(saveConnectionRoute, "PUT", "/", {
      token: org.owner.token,
      body: { protocol: "SAML", metadataXml: "<html>hello</html>" },
    });
    expect(notMetadata.status).toBe(400);
    expect((await notMetadata.json()).error.fields.metadataXml).toBeTruthy();
    const badCertificate = await call(saveConnectionRoute, "PUT", "/", {
      token: org.owner.token,
      body: { protocol: "SAML", entityId: "https://idp.example/x", ssoUrl: "https://idp.example/sso", certificate: "not a certificate" },
    });
    expect((await badCertificate.json()).error.fields.certificate).toBeTruthy();
    const nothing = await call(saveConnectionRoute, "PUT", "/", { token: org.owner.token, body: { protocol: "SAML" } });
    expect(nothing.status).toBe(400);
  });
});

describe("a SAML sign-in", () => {
  it("signs the person in from a valid answer to our request, and lands them where they were going", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const { email, requestId, relayState, attempt } = await begin(org);
    const result = await post(
      org,
      { SAMLResponse: samlResponse(answer(org, { inResponseTo: requestId, email, name: "Grace Hopper" })), RelayState: relayState },
      attempt,
    );
    expect(result.response.status).toBe(303);
    expect(result.location).toBe("http://localhost:3000/dashboard/projects");
    const me = await (await call(meRoute, "GET", "/api/me", { token: result.token! })).json();
    expect(me).toMatchObject({ user: { email, name: "Grace Hopper" }, organization: { id: org.owner.organization.id }, role: "MEMBER" });
  });

  it("refuses an expired assertion, and one not valid yet (beyond two minutes of clock skew)", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const expired = await begin(org);
    await expectRefused(
      await post(org, {
        SAMLResponse: samlResponse(answer(org, { inResponseTo: expired.requestId, email: expired.email, validForMinutes: -5 })),
        RelayState: expired.relayState,
      }),
    );
    const early = await begin(org);
    await expectRefused(
      await post(org, {
        SAMLResponse: samlResponse(answer(org, { inResponseTo: early.requestId, email: early.email, notBeforeMinutes: 10 })),
        RelayState: early.relayState,
      }),
    );
    // Within the skew, a clock a minute fast is fine.
    const skewed = await begin(org);
    const fine = await post(org, {
      SAMLResponse: samlResponse(answer(org, { inResponseTo: skewed.requestId, email: skewed.email, notBeforeMinutes: 1 })),
      RelayState: skewed.relayState,
    });
    expect(fine.token).toBeTruthy();
  });

  it("refuses an assertion for another audience, destination or recipient, or from another issuer", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    for (const wrong of [
      { audience: "https://other-app.example/saml" },
      { acsUrl: "https://other-app.example/acs" },
      { issuer: "https://evil-idp.example" },
    ]) {
      const { email, requestId, relayState } = await begin(org);
      await expectRefused(
        await post(org, { SAMLResponse: samlResponse(answer(org, { inResponseTo: requestId, email, ...wrong })), RelayState: relayState }),
      );
    }
  });

  it("refuses an unsigned assertion, one signed by another key, and one changed after signing", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const unsigned = await begin(org);
    await expectRefused(
      await post(org, {
        SAMLResponse: samlResponse(answer(org, { inResponseTo: unsigned.requestId, email: unsigned.email, signWith: "none" })),
        RelayState: unsigned.relayState,
      }),
    );
    const intruder = await begin(org);
    await expectRefused(
      await post(org, {
        SAMLResponse: samlResponse(answer(org, { inResponseTo: intruder.requestId, email: intruder.email, signWith: "intruder" })),
        RelayState: intruder.relayState,
      }),
    );
    expect(SAML_INTRUDER_CERT).not.toBe("");

    const tampered = await begin(org);
    const genuine = Buffer.from(samlResponse(answer(org, { inResponseTo: tampered.requestId, email: tampered.email })), "base64").toString(
      "utf8",
    );
    const changed = genuine.replace(tampered.email, `ceo@${org.domain}`);
    expect(changed).not.toBe(genuine);
    await expectRefused(await post(org, { SAMLResponse: Buffer.from(changed).toString("base64"), RelayState: tampered.relayState }));
    expect(await db.user.count({ where: { email: `ceo@${org.domain}` } })).toBe(0);
  });

  it("refuses signature wrapping: a forged assertion beside the signed one, or around it", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const victim = `ceo@${org.domain}`;
    // The attacker holds a genuine signed assertion for themselves, and adds one for the victim that no key signed.
    const wrapped = async (shape: (signed: string, forged: string) => string) => {
      const { email, requestId, relayState } = await begin(org);
      const id = `_${randomUUID()}`;
      const signed = signSamlElement(samlAssertion({ ...answer(org, { inResponseTo: requestId, email }), assertionId: id }), id);
      const forged = samlAssertion({
        ...answer(org, { inResponseTo: requestId, email: victim, nameId: "victim" }),
        assertionId: `_${randomUUID()}`,
      });
      const xml = samlResponseAround(shape(signed, forged), { acsUrl: org.connection.serviceProvider.samlAcsUrl, inResponseTo: requestId });
      return post(org, { SAMLResponse: Buffer.from(xml).toString("base64"), RelayState: relayState });
    };
    // Two assertions side by side: the forged one first, where a naive reader looks.
    await expectRefused(await wrapped((signed, forged) => forged + signed));
    // The signed assertion hidden inside the forged one (XSW: the signature still verifies, over the inner copy).
    await expectRefused(
      await wrapped((signed, forged) => forged.replace("</saml:Subject>", `</saml:Subject><saml:Advice>${signed}</saml:Advice>`)),
    );
    expect(await db.user.count({ where: { email: victim } })).toBe(0);
  });

  it("refuses an answer to a request we did not send, and an attempt another browser started", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const mine = await begin(org);
    await expectRefused(
      await post(org, {
        SAMLResponse: samlResponse(answer(org, { inResponseTo: "_not-our-request", email: mine.email })),
        RelayState: mine.relayState,
      }),
    );
    const other = await begin(org);
    const theirs = await begin(org);
    // The answer to one attempt, posted with another attempt's cookie.
    await expectRefused(
      await post(
        org,
        { SAMLResponse: samlResponse(answer(org, { inResponseTo: other.requestId, email: other.email })), RelayState: other.relayState },
        theirs.attempt,
      ),
    );
  });

  it("takes an assertion once: the same response posted again (replay) signs no one in", async () => {
    const org = await ssoOrganization({ protocol: "SAML", allowIdpInitiated: true });
    const { email, requestId, relayState, attempt } = await begin(org);
    const response = samlResponse(answer(org, { inResponseTo: requestId, email }));
    expect((await post(org, { SAMLResponse: response, RelayState: relayState }, attempt)).token).toBeTruthy();
    // Replayed with its RelayState (the attempt is spent), and without (as if IdP-initiated: the assertion is spent).
    await expectRefused(await post(org, { SAMLResponse: response, RelayState: relayState }, attempt));
    await expectRefused(await post(org, { SAMLResponse: response }));
    const unasked = samlResponse(answer(org, { email: `other-${email}` }));
    expect((await post(org, { SAMLResponse: unasked })).token).toBeTruthy();
    await expectRefused(await post(org, { SAMLResponse: unasked }));
    // An IdP-initiated response may carry a RelayState of the IdP's own: it names no attempt, and lands on the dashboard.
    const tile = await post(org, {
      SAMLResponse: samlResponse(answer(org, { email: `tile-${email}` })),
      RelayState: "https://idp.orgstack.test/default",
    });
    expect(tile.token).toBeTruthy();
    expect(tile.location).toBe("http://localhost:3000/dashboard");
  });

  it("refuses an IdP-initiated response unless the owners allowed it", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    const email = `grace@${org.domain}`;
    await expectRefused(await post(org, { SAMLResponse: samlResponse(answer(org, { email })) }));
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("answers a post that is no SAML response with the login page, not an error page", async () => {
    const org = await ssoOrganization({ protocol: "SAML" });
    await expectRefused(await post(org, { SAMLResponse: Buffer.from("<not-saml/>").toString("base64") }));
    await expectRefused(await post(org, { SAMLResponse: "%%%" }));
  });
});
