import "server-only";

export type StoredFile = { bytes: Uint8Array; contentType: string };

/**
 * Where uploaded files live. The default writes to the local disk (local-disk.ts); a deployment with several app
 * instances implements this for S3, R2 or GCS — three methods — and returns it from storage() in index.ts.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  /** Deleting a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are our own ("logos/<org id>/<sha256>.png"), never user input; the check keeps a bug from escaping the root. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.[a-z0-9]+$/i.test(key)) throw new Error(`Unsafe storage key: ${key}`);
}
