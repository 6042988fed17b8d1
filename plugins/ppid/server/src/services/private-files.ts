/**
 * The private file store's Strapi glue (rules: files/private-store.ts): the folder from the plugin
 * config (`privateFiles.dir`), refused at start when it lies inside the public folder; put a file
 * (copied with its size and SHA-256, written whole or not at all), open, remove.
 */
import type { Core } from '@strapi/strapi';
import { createHash, randomBytes } from 'crypto';
import { createReadStream, createWriteStream, promises as fs, type ReadStream } from 'fs';
import path from 'path';
import { Readable, Transform } from 'stream';
import { pipeline } from 'stream/promises';
import { isInside, isKey, keyPath, newKey, storeRoot } from '../files/private-store';
import { getConfig } from '../utils';

export type StoredFile = { key: string; size: number; sha256: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const root = () => storeRoot(getConfig(strapi).privateFiles?.dir, strapi.dirs.app.root);

  /** Refuses to start when the store would be served to the public (inside `public/`). */
  async function prepare(): Promise<string> {
    const dir = root();
    const publicDir = strapi.dirs.static.public;
    if (isInside(dir, publicDir) || isInside(publicDir, dir)) {
      throw new Error(`ppid: "privateFiles.dir" (${dir}) must lie outside the public folder (${publicDir})`);
    }
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    return dir;
  }

  /** Stores a file (a path on disk, or bytes) under a new key: its key, size and SHA-256. */
  async function put(source: string | Buffer): Promise<StoredFile> {
    const key = newKey(randomBytes);
    const target = keyPath(root(), key);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const partial = `${target}.part`;
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      const input = typeof source === 'string' ? createReadStream(source) : Readable.from([source]);
      await pipeline(input, measure, createWriteStream(partial, { mode: 0o600, flags: 'wx' }));
      await fs.rename(partial, target);
    } catch (error) {
      await fs.rm(partial, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  /** The file of a key as a stream; null when the key is malformed or its file is not there. */
  async function open(key: string | null | undefined): Promise<ReadStream | null> {
    if (!isKey(key)) return null;
    const file = keyPath(root(), key);
    try {
      await fs.access(file);
    } catch {
      return null;
    }
    return createReadStream(file);
  }

  async function exists(key: string | null | undefined): Promise<boolean> {
    if (!isKey(key)) return false;
    return fs.access(keyPath(root(), key)).then(
      () => true,
      () => false
    );
  }

  /** Deletes a key's file (nothing when it is already gone). */
  async function remove(key: string | null | undefined): Promise<void> {
    if (!isKey(key)) return;
    await fs.rm(keyPath(root(), key), { force: true });
  }

  return { root, prepare, put, open, exists, remove, pathOf: (key: string) => keyPath(root(), key) };
};
