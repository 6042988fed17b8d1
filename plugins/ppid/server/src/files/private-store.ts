/**
 * The plugin's private file store (issue 14, point 6): files of requesters (the identity document)
 * kept outside `public/`, where no static route serves them and the Media Library does not list them.
 * Each file is stored under a random key; the row that owns it records the key with the file's name,
 * MIME type, size and SHA-256. Only the plugin's guarded routes read them back.
 *
 * Pure rules (no Strapi, no file system): where the store lives, where a key's file lies in it, which
 * keys are valid (nothing else ever becomes a path), and the name a download is offered under (the
 * download's headers: controllers/http.ts, audience `private`).
 */
import path from 'path';

/** The store's folder when the plugin config leaves `privateFiles.dir` empty, relative to the app root. */
export const DEFAULT_PRIVATE_DIR = path.join('.tmp', 'ppid-private-files');

/** 128 random bits as 32 lowercase hex digits. */
export const KEY_PATTERN = /^[0-9a-f]{32}$/;

export const isKey = (key: unknown): key is string => typeof key === 'string' && KEY_PATTERN.test(key);

/** A new key from 16 random bytes (crypto.randomBytes in the glue; injectable for tests). */
export function newKey(randomBytes: (n: number) => Buffer): string {
  const key = randomBytes(16).toString('hex');
  if (!isKey(key)) throw new Error('private store: the random source gave a malformed key');
  return key;
}

/**
 * The store's folder: the configured one (absolute, or relative to the app root), or the default
 * under the app's `.tmp` (next to the default SQLite database, kept across restarts).
 */
export function storeRoot(setting: string | null | undefined, appRoot: string): string {
  const dir = (setting ?? '').trim();
  return path.resolve(appRoot, dir || DEFAULT_PRIVATE_DIR);
}

/** Whether `child` is `parent` or lies inside it. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Where a key's file lies: `<root>/<first two digits>/<key>` (a malformed key is refused, never a path). */
export function keyPath(root: string, key: string): string {
  if (!isKey(key)) throw new Error('private store: not a file key');
  return path.join(root, key.slice(0, 2), key);
}

const EXT_BY_MIME: Record<string, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' };

/**
 * The name a file is offered under: the uploaded name without folders, accents, quotes or control
 * characters (ASCII letters, digits, dot, dash, underscore), at most 100 characters, ending with the
 * extension of its detected type; `fallback` when nothing of the name is left.
 */
export function safeFileName(name: string | null | undefined, mime: string, fallback = 'berkas'): string {
  const base = String(name ?? '').split(/[\\/]/).pop() ?? '';
  const ext = EXT_BY_MIME[mime] ?? '';
  const dot = base.lastIndexOf('.');
  const stem = (dot >= 0 ? base.slice(0, dot) : base)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100 - ext.length);
  return `${stem || fallback}${ext}`;
}
