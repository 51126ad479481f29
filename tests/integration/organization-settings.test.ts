import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as logoRoute } from "../../app/api/organizations/[id]/logo/route";
import { DELETE as removeLogoRoute, POST as uploadLogoRoute } from "../../app/api/organizations/current/logo/route";
import { PATCH as updateRoute } from "../../app/api/organizations/current/route";
import { GET as meRoute } from "../../app/api/me/route";
import { GET as deepLinkRoute } from "../../app/organizations/switch/route";
import { verifySessionToken } from "@/server/auth/token";
import { db } from "@/server/db";
import { storage } from "@/server/storage";
import { call, sessionTokenOf } from "../support/http";
import { createOrganization, signUpUser } from "../support/factories";
import { JPEG, PNG, SVG, TEXT_NAMED_PNG, WEBP, multipart } from "../support/images";
import { memberOf } from "../support/tenants";

async function patch(token: string, body: unknown) {
  return call(updateRoute, "PATCH", "/api/organizations/current", { token, body });
}
async function organizationRow(id: string) {
  return db.organization.findUniqueOrThrow({ where: { id }, select: { name: true, slug: true, logoKey: true } });
}
/** The organization's files in the storage directory (the tests point STORAGE_DIR at a scratch directory). */
async function storedLogos(organizationId: string): Promise<string[]> {
  const files = await readdir(path.join(process.env.STORAGE_DIR!, "logos", organizationId)).catch(() => []);
  return files.sort();
}
async function upload(token: string, bytes: Uint8Array, options: { filename?: string; type?: string; raw?: boolean } = {}) {
  if (options.raw) {
    return call(uploadLogoRoute, "POST", "/", {
      token,
      rawBody: Uint8Array.from(bytes),
      headers: { "content-type": options.type ?? "image/png" },
    });
  }
  const form = multipart(bytes, options.filename ?? "logo.png", options.type ?? "image/png");
  return call(uploadLogoRoute, "POST", "/", { token, rawBody: form.body, headers: { "content-type": form.contentType } });
}

describe("renaming and changing the URL name", () => {
  it("renames and re-slugs, audits both changes and re-issues the cookie with the new slug", async () => {
    const owner = await signUpUser({ organizationName: "Old Name" });
    const slug = `new-name-${owner.organization.id.slice(-6)}`;
    const response = await patch(owner.token, { name: "New Name", slug });
    expect(response.status).toBe(200);
    expect((await response.json()).organization).toEqual({ id: owner.organization.id, name: "New Name", slug });
    const claims = await verifySessionToken(sessionTokenOf(response), process.env.JWT_SECRET!);
    expect(claims?.slug).toBe(slug);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: owner.organization.id, action: "organization.updated" },
    });
    expect(event.metadata).toEqual({
      changes: { name: { from: "Old Name", to: "New Name" }, slug: { from: owner.organization.slug, to: slug } },
    });
  });

  it("keeps the old slug working for deep links and reserved for this organization, which may take it back", async () => {
    const owner = await signUpUser({ organizationName: "Renamed Inc" });
    const oldSlug = owner.organization.slug;
    expect((await patch(owner.token, { slug: `${oldSlug}-v2` })).status).toBe(200);

    // Another organization cannot take the old slug…
    const other = await signUpUser({ organizationName: "Squatter" });
    const before = await organizationRow(other.organization.id);
    const taken = await patch(other.token, { slug: oldSlug });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error).toMatchObject({ code: "SLUG_TAKEN", fields: { slug: expect.any(String) } });
    expect(await organizationRow(other.organization.id)).toEqual(before);

    // …a deep link with it still lands in the organization…
    const { token: elsewhere } = await createOrganization(owner.token, "Elsewhere");
    const link = await call(deepLinkRoute, "GET", `/organizations/switch?org=${oldSlug}&next=/dashboard`, { token: elsewhere });
    expect(link.status).toBe(307);
    const me = await (await call(meRoute, "GET", "/", { token: sessionTokenOf(link) })).json();
    expect(me.organization.id).toBe(owner.organization.id);

    // …and the organization can go back to it.
    expect((await patch(owner.token, { slug: oldSlug })).status).toBe(200);
    expect((await organizationRow(owner.organization.id)).slug).toBe(oldSlug);
  });

  it("answers 409 for another organization's slug, 400 for reserved or malformed ones, and writes nothing", async () => {
    const a = await signUpUser({ organizationName: "Slug Owner" });
    const b = await signUpUser({ organizationName: "Slug Wanter" });
    const before = await organizationRow(b.organization.id);
    const events = await db.auditEvent.count({ where: { organizationId: b.organization.id } });

    expect((await patch(b.token, { slug: a.organization.slug })).status).toBe(409);
    for (const slug of ["admin", "dashboard", "Not A Slug!", "x", "a".repeat(49)]) {
      const response = await patch(b.token, { slug });
      expect(response.status, slug).toBe(400);
      expect((await response.json()).error.fields.slug).toBeTruthy();
    }
    expect((await patch(b.token, {})).status).toBe(400);
    expect((await patch(b.token, { name: "" })).status).toBe(400);
    expect(await organizationRow(b.organization.id)).toEqual(before);
    expect(await db.auditEvent.count({ where: { organizationId: b.organization.id } })).toBe(events);
  });

  it("answers 200 without an audit event or a new cookie when nothing changes", async () => {
    const owner = await signUpUser({ organizationName: "Steady Name" });
    const events = await db.auditEvent.count({ where: { organizationId: owner.organization.id } });
    // The slug is compared after normalisation (trimmed, lower-cased), as it would be stored.
    const response = await patch(owner.token, { name: " Steady Name ", slug: ` ${owner.organization.slug.toUpperCase()} ` });
    expect(response.status).toBe(200);
    expect((await response.json()).organization).toEqual(owner.organization);
    expect(sessionTokenOf(response)).toBeUndefined();
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id } })).toBe(events);
    expect(await db.organizationSlugAlias.count({ where: { organizationId: owner.organization.id } })).toBe(0);
  });

  it("gives a slug claimed by several organizations at once to exactly one; the others get 409, not 500", async () => {
    const claimants = await Promise.all(
      ["Racer One", "Racer Two", "Racer Three", "Racer Four"].map((name) => signUpUser({ organizationName: name })),
    );
    const slug = `contested-${claimants[0]!.organization.id.slice(-8).toLowerCase()}`;
    const responses = await Promise.all(claimants.map((claimant) => patch(claimant.token, { slug })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
    const winners = await db.organization.findMany({ where: { slug }, select: { id: true } });
    expect(winners).toHaveLength(1);
    // The losers kept their slug and wrote no alias.
    const losers = claimants.filter((claimant) => claimant.organization.id !== winners[0]!.id);
    for (const loser of losers) {
      expect((await organizationRow(loser.organization.id)).slug).toBe(loser.organization.slug);
      expect(await db.organizationSlugAlias.count({ where: { organizationId: loser.organization.id } })).toBe(0);
    }
  });

  it("is for org.update holders: a member gets 403", async () => {
    const owner = await signUpUser({ organizationName: "Guarded Settings" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await patch(member.token, { name: "Hijacked" })).status).toBe(403);
    expect((await organizationRow(owner.organization.id)).name).toBe("Guarded Settings");
  });
});

describe("logo", () => {
  it("accepts PNG, JPEG and WebP, by form or as the raw body, and serves the last one to members", async () => {
    const owner = await signUpUser({ organizationName: "Logo Co" });
    for (const [bytes, type] of [
      [PNG, "image/png"],
      [JPEG, "image/jpeg"],
      [WEBP, "image/webp"],
    ] as const) {
      const response = await upload(owner.token, bytes, { type, raw: type === "image/jpeg" });
      expect(response.status, await response.clone().text()).toBe(200);
    }
    const row = await organizationRow(owner.organization.id);
    expect(row.logoKey).toMatch(/^logos\/.+\.webp$/);

    const member = await memberOf(owner.organization.id, "GUEST");
    const served = await call(logoRoute, "GET", "/", { token: member.token, params: { id: owner.organization.id } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(WEBP);

    const me = await (await call(meRoute, "GET", "/", { token: member.token })).json();
    expect(
      me.memberships.find((m: { organization: { id: string } }) => m.organization.id === owner.organization.id).organization.logoUrl,
    ).toMatch(new RegExp(`^/api/organizations/${owner.organization.id}/logo\\?v=`));
    const events = await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "organization.logo_updated" } });
    expect(events).toBe(3);
  });

  it("trusts the content, not the declared type: JPEG bytes sent as image/png are kept and served as JPEG", async () => {
    const owner = await signUpUser({ organizationName: "Mislabelled" });
    expect((await upload(owner.token, JPEG, { filename: "logo.png", type: "image/png" })).status).toBe(200);
    expect((await organizationRow(owner.organization.id)).logoKey).toMatch(/\.jpg$/);
    const served = await call(logoRoute, "GET", "/", { token: owner.token, params: { id: owner.organization.id } });
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(served.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
  });

  it("replacing the logo deletes the old file and changes the URL; removing it deletes the file and is audited", async () => {
    const owner = await signUpUser({ organizationName: "Rebrand Co" });
    const first = await (await upload(owner.token, PNG)).json();
    const firstKey = (await organizationRow(owner.organization.id)).logoKey!;
    const second = await (await upload(owner.token, WEBP, { type: "image/webp" })).json();
    const secondKey = (await organizationRow(owner.organization.id)).logoKey!;
    expect(second.logoUrl).not.toBe(first.logoUrl);
    expect(await storage().get(firstKey)).toBeNull();
    expect(await storedLogos(owner.organization.id)).toEqual([path.basename(secondKey)]);

    expect((await call(removeLogoRoute, "DELETE", "/", { token: owner.token })).status).toBe(204);
    expect(await storedLogos(owner.organization.id)).toEqual([]);
    const removed = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: owner.organization.id, action: "organization.logo_removed" },
    });
    expect(removed).toMatchObject({ actorId: owner.user.id, targetType: "organization", targetId: owner.organization.id });

    // Removing a logo that is not there is still a 204, and writes no second event.
    expect((await call(removeLogoRoute, "DELETE", "/", { token: owner.token })).status).toBe(204);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "organization.logo_removed" } })).toBe(1);
  });

  it("refuses fake images (400) and files over 1 MB (413), changing nothing", async () => {
    const owner = await signUpUser({ organizationName: "Picky Logos" });
    expect((await upload(owner.token, PNG)).status).toBe(200);
    const before = await organizationRow(owner.organization.id);
    const files = await storedLogos(owner.organization.id);
    const events = await db.auditEvent.count({ where: { organizationId: owner.organization.id } });

    const GIF = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
    for (const fake of [TEXT_NAMED_PNG, SVG, GIF, new Uint8Array()]) {
      const response = await upload(owner.token, fake, { filename: "logo.png", type: "image/png" });
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("INVALID_IMAGE");
    }
    const huge = new Uint8Array(1024 * 1024 + 1);
    huge.set(PNG);
    for (const raw of [true, false]) {
      const response = await upload(owner.token, huge, { raw });
      expect(response.status).toBe(413);
      expect((await response.json()).error.message).toMatch(/at most 1 MB/);
    }
    // A declared length past the limit is refused before the body is read.
    const declared = await call(uploadLogoRoute, "POST", "/", {
      token: owner.token,
      rawBody: Uint8Array.from(PNG),
      headers: { "content-type": "image/png", "content-length": String(5 * 1024 * 1024) },
    });
    expect(declared.status).toBe(413);
    // An SVG sent as what it is: refused by content all the same.
    const svg = await upload(owner.token, SVG, { raw: true, type: "image/svg+xml" });
    expect(svg.status).toBe(400);
    expect((await svg.json()).error.message).toMatch(/PNG, JPEG or WebP/);

    expect(await organizationRow(owner.organization.id)).toEqual(before);
    expect(await storedLogos(owner.organization.id)).toEqual(files);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id } })).toBe(events);
  });

  it("is served to members only: another organization's user gets 404; removing it works", async () => {
    const owner = await signUpUser({ organizationName: "Private Logo" });
    const stranger = await signUpUser({ organizationName: "Stranger" });
    await upload(owner.token, PNG);
    expect((await call(logoRoute, "GET", "/", { token: stranger.token, params: { id: owner.organization.id } })).status).toBe(404);
    expect((await call(logoRoute, "GET", "/", { params: { id: owner.organization.id } })).status).toBe(401);

    expect((await call(removeLogoRoute, "DELETE", "/", { token: owner.token })).status).toBe(204);
    expect((await organizationRow(owner.organization.id)).logoKey).toBeNull();
    expect((await call(logoRoute, "GET", "/", { token: owner.token, params: { id: owner.organization.id } })).status).toBe(404);
  });

  it("is for org.update holders: a member gets 403", async () => {
    const owner = await signUpUser({ organizationName: "Logo Guard" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await upload(member.token, PNG)).status).toBe(403);
    expect((await organizationRow(owner.organization.id)).logoKey).toBeNull();
  });
});
