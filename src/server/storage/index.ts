import "server-only";
import { env } from "@/env";
import type { FileStorage } from "./file-storage";
import { localDiskStorage } from "./local-disk";

export type { FileStorage, StoredFile } from "./file-storage";

let instance: FileStorage | undefined;

/** The application's file storage: the local disk under STORAGE_DIR (default .data/uploads). */
export function storage(): FileStorage {
  return (instance ??= localDiskStorage(env.STORAGE_DIR));
}
