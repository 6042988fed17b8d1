/**
 * The requester's identity document (issue 14, point 6): personal data, kept in the plugin's private
 * file store (services/private-files.ts), never in the upload plugin (no public `/uploads/` URL, not in
 * the Media Library). Checked like every upload (size, type by content: uploads/policy.ts), read back
 * only by those who handle the request (request-desk `handled`: requests.handle + request-access),
 * deleted with the identity data after the retention period (request-clock).
 *
 * Installs that kept identity documents in the upload plugin (the former media field
 * `identityDocument`): `moveLegacy` (bootstrap) moves each into the store and deletes the upload.
 */
import type { Core } from '@strapi/strapi';
import { promises as fs } from 'fs';
import path from 'path';
import { REQUEST_LIMITS } from '../../../shared/requests';
import { uid } from '../content-types/builders';
import { inLanguageOf, refuse, type Text } from '../errors';
import { safeFileName } from '../files/private-store';
import { checkFile, extensionOf } from '../uploads/policy';
import { getService } from '../utils';
import { bilingual } from './request-intake';
import type { User } from './workflow-people';

type Row = Record<string, any>;
export type IncomingFile = { filepath?: string; path?: string; originalFilename?: string; name?: string; size?: number; mimetype?: string };
/** The request row's fields that describe its stored identity document. */
export type IdentityFileFields = { identityFileKey: string; identityFileName: string; identityFileMime: string; identityFileSize: number; identityFileSha256: string };

const REQUEST = uid('info-request');
const FILE = 'plugin::upload.file';
/** The former media field's name in the upload plugin's links. */
const LEGACY_FIELD = 'identityDocument';
const FALLBACK_NAME = 'identitas-pemohon';

/** The identity-document fields emptied when the document is erased. */
export const NO_IDENTITY_FILE = { identityFileKey: null, identityFileName: null, identityFileMime: null, identityFileSize: null, identityFileSha256: null } as const;

/** What the request panel shows of a stored document (no key, no path): null when none or erased. */
export const identityDocumentView = (row: Row) =>
  row.identityFileKey && !row.identityErasedAt ? { name: String(row.identityFileName), mime: String(row.identityFileMime), size: Number(row.identityFileSize) } : null;

const NONE: Text = { id: 'Permohonan ini tidak menyimpan dokumen identitas (tidak dilampirkan, atau sudah dihapus setelah masa retensi)', en: 'This request holds no identity document (none was attached, or it was erased after the retention period)' };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => getService(strapi, 'private-files');

  /** Checks an identity document like every upload (size, name and content), then stores it privately. */
  async function keep(file: IncomingFile): Promise<IdentityFileFields> {
    const name = String(file.originalFilename ?? file.name ?? '');
    const bad = (t: Text) => refuse(400, bilingual(t), { errors: [{ path: [LEGACY_FIELD], message: t.en, name: 'ValidationError' }] });
    const max = REQUEST_LIMITS.identityFileMaxBytes;
    if ((file.size ?? 0) > max) bad({ id: `Berkas identitas paling besar ${max / 1048576} MB`, en: `The identity document can be at most ${max / 1048576} MB` });
    const source = file.filepath ?? file.path;
    if (!source) bad({ id: 'Berkas identitas tidak dapat dibaca', en: 'The identity document could not be read' });
    const verdict = checkFile(name, await readHead(source!));
    if (!verdict.ok || !(REQUEST_LIMITS.identityFileTypes as readonly string[]).includes(verdict.type.mime)) {
      bad({ id: `Berkas identitas harus PDF, JPEG atau PNG ("${name}" tidak dapat diterima)`, en: `The identity document must be a PDF, JPEG or PNG ("${name}" is not accepted)` });
    }
    const mime = verdict.ok ? verdict.type.mime : '';
    const stored = await store().put(source!);
    if (stored.size > max) {
      await store().remove(stored.key);
      bad({ id: `Berkas identitas paling besar ${max / 1048576} MB`, en: `The identity document can be at most ${max / 1048576} MB` });
    }
    return { identityFileKey: stored.key, identityFileName: safeFileName(name, mime, FALLBACK_NAME), identityFileMime: mime, identityFileSize: stored.size, identityFileSha256: stored.sha256 };
  }

  /** The document of a request for one who handles it: 404 when there is none (or it was erased), 403 for others. */
  async function download(user: User & { preferedLanguage?: string | null }, documentId: string) {
    const { row } = await getService(strapi, 'request-desk').handled(user, documentId);
    const view = identityDocumentView(row);
    const stream = view ? await store().open(row.identityFileKey) : null;
    if (!view || !stream) {
      if (view) strapi.log.warn(`[ppid] the identity document of request ${documentId} is missing from the private store`);
      refuse(404, inLanguageOf(user, NONE));
    }
    return { stream: stream!, file: view! };
  }

  /** Deletes a stored document (its key); nothing when there is none. */
  async function discard(key: string | null | undefined) {
    await store().remove(key);
  }

  /** The bytes of a file of the upload plugin: the local provider's file under public/, else its URL. */
  async function uploadedBytes(file: Row): Promise<Buffer | null> {
    const url = String(file.url ?? '');
    try {
      if (url.startsWith('/')) return await fs.readFile(path.join(strapi.dirs.static.public, url));
      if (/^https?:\/\//.test(url)) {
        const res = await fetch(url);
        return res.ok ? Buffer.from(await res.arrayBuffer()) : null;
      }
    } catch {
      return null;
    }
    return null;
  }

  /**
   * Moves identity documents kept by the upload plugin (the former media field) into the private
   * store, and deletes the upload file and its link. Idempotent: a request that already has a stored
   * document (or whose identity data is erased) only loses the upload; a file whose bytes cannot be
   * read is left for the next start. Runs at bootstrap.
   */
  async function moveLegacy(): Promise<{ moved: number; removed: number }> {
    const knex = strapi.db.connection;
    const jt = (strapi.db.metadata.get(FILE) as any)?.attributes?.related?.joinTable;
    const table: string = jt?.name ?? 'files_related_mph';
    const fileCol: string = jt?.joinColumn?.name ?? 'file_id';
    const idCol: string = jt?.morphColumn?.idColumn?.name ?? 'related_id';
    const typeCol: string = jt?.morphColumn?.typeColumn?.name ?? 'related_type';
    const report = { moved: 0, removed: 0 };
    if (!(await knex.schema.hasTable(table))) return report;
    const links: Row[] = await knex(table).where({ [typeCol]: REQUEST, field: LEGACY_FIELD }).select(fileCol, idCol);
    for (const link of links) {
      const fileId = Number(link[fileCol]);
      const file: Row | null = await strapi.db.query(FILE).findOne({ where: { id: fileId } });
      const row: Row | null = await strapi.db.query(REQUEST).findOne({ where: { id: Number(link[idCol]) }, select: ['id', 'documentId', 'identityFileKey', 'identityErasedAt'] });
      if (file && row && !row.identityFileKey && !row.identityErasedAt) {
        const bytes = await uploadedBytes(file);
        if (!bytes) {
          strapi.log.warn(`[ppid] the identity document (upload #${fileId}) of request ${row.documentId} could not be read: left in the upload plugin for the next start`);
          continue;
        }
        const name = `${file.name ?? FALLBACK_NAME}`;
        const verdict = checkFile(extensionOf(name) ? name : `${name}${file.ext ?? ''}`, bytes.subarray(0, 64));
        const mime = verdict.ok ? verdict.type.mime : String(file.mime ?? 'application/octet-stream');
        const stored = await store().put(bytes);
        const data: IdentityFileFields = { identityFileKey: stored.key, identityFileName: safeFileName(name, mime, FALLBACK_NAME), identityFileMime: mime, identityFileSize: stored.size, identityFileSha256: stored.sha256 };
        const n = await strapi.db.query(REQUEST).updateMany({ where: { id: row.id, identityFileKey: { $null: true } }, data });
        if (n.count) report.moved += 1;
        else await store().remove(stored.key);
      }
      if (file) await strapi.plugin('upload').service('upload').remove(file);
      await knex(table).where({ [fileCol]: fileId, [typeCol]: REQUEST, field: LEGACY_FIELD }).del();
      report.removed += 1;
    }
    if (report.removed) strapi.log.info(`[ppid] identity documents moved to the private store: ${report.moved}; upload files removed: ${report.removed}`);
    return report;
  }

  return { keep, download, discard, moveLegacy };
};

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await fs.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, 64, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
