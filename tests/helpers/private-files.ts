/**
 * The plugin's private file store as the suites see it: the files on disk (relative paths) and the
 * SHA-256 of some bytes, to compare with what a request row records.
 */
import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file in the private store of the booted app (its folder from the plugin config). */
export function storedFiles(strapi: any): string[] {
  const root: string = strapi.plugin('ppid').service('private-files').root();
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(root, p)).isFile()).sort();
}

/** Every file under the app's public/uploads (the upload plugin's local provider). */
export function publicUploads(strapi: any): string[] {
  const dir = path.join(strapi.dirs.static.public, 'uploads');
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) => !p.endsWith('.gitkeep') && fs.statSync(path.join(dir, p)).isFile()).sort();
}
