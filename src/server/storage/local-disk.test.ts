import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localDiskStorage } from "./local-disk";

const root = await mkdtemp(path.join(tmpdir(), "orgstack-storage-"));
afterAll(() => rm(root, { recursive: true, force: true }));

describe("local disk storage", () => {
  const storage = localDiskStorage(root);

  it("stores, reads back with its type, and deletes a file", async () => {
    await storage.put("logos/org1/abc.png", new Uint8Array([1, 2, 3]), "image/png");
    expect(await storage.get("logos/org1/abc.png")).toEqual({ bytes: new Uint8Array([1, 2, 3]), contentType: "image/png" });
    await storage.delete("logos/org1/abc.png");
    expect(await storage.get("logos/org1/abc.png")).toBeNull();
    await expect(storage.delete("logos/org1/abc.png")).resolves.toBeUndefined();
  });

  it("refuses keys that would leave its directory", async () => {
    await expect(storage.put("../escape.png", new Uint8Array([1]), "image/png")).rejects.toThrow(/Unsafe/);
    await expect(storage.get("logos/../../etc/passwd.txt")).rejects.toThrow(/Unsafe/);
  });
});
