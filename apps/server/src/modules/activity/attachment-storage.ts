import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachment bytes live, by key. The default keeps them in a folder; an S3-compatible
 * store implements the same three calls.
 */
export interface AttachmentStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when there are none under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; a key with none is no error. */
  delete(key: string): Promise<void>;
}

/** Keys are ours (`activity/12/<uuid>`): letters, digits, `-`, `_`, `.` and `/` between them. */
const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Attachments as files under a folder, a file per key. */
export class FolderStorage implements AttachmentStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.'))
      throw new Error(`not a storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { mode: 0o600 });
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

let configured: AttachmentStorage | null = null;

/** The storage the server keeps attachments in, set once at start (api/http/app.ts). */
export function useAttachmentStorage(storage: AttachmentStorage): void {
  configured = storage;
}

export function attachmentStorage(): AttachmentStorage {
  if (!configured) throw new Error('no attachment storage configured');
  return configured;
}
