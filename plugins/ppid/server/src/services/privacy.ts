/**
 * The privacy check of an item (privacy/): reads its public fields and files, finds personal data,
 * subtracts the agency's allow-list and the reviewers' clearances, and answers what still blocks
 * publishing. The publish gate (document-middlewares/privacy-gate.ts, the engine's publish step)
 * and the public API (redaction, as a second line) ask here.
 */
import path from 'path';
import { promises as fs } from 'fs';
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { refuse } from '../errors';
import { detect, parseAllowList, redact, type AllowList } from '../privacy/detect';
import { extract, type Extraction } from '../privacy/extract';
import { blocking, fileFindings, textFindings, type Finding } from '../privacy/findings';
import { isPrivacyChecked, PRIVACY_FIELDS } from '../privacy/fields';
import { getConfig } from '../utils';

type Row = Record<string, any>;

const FILE_SELECT = ['id', 'name', 'ext', 'mime', 'url', 'hash', 'size', 'provider', 'updatedAt'];
const CACHE_SIZE = 300;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const enabled = () => getConfig(strapi).privacy?.enabled !== false;

  /** What was read of a file, by its stored hash and size (a replaced file is read again). */
  const extractions = new Map<string, Extraction>();
  async function readFile(file: Row): Promise<Extraction> {
    const cacheKey = `${file.hash}:${file.size}:${file.url}`;
    const cached = extractions.get(cacheKey);
    if (cached) return cached;
    let result: Extraction;
    if (file.provider && file.provider !== 'local') {
      result = { kind: 'unchecked', reason: { id: 'berkas disimpan di luar server ini dan tidak dapat dibaca', en: 'the file is stored outside this server and cannot be read' } };
    } else {
      const publicDir = strapi.dirs.static.public;
      const filePath = path.resolve(publicDir, `.${String(file.url ?? '').split('?')[0]}`);
      const buf = filePath.startsWith(path.resolve(publicDir)) ? await fs.readFile(filePath).catch(() => null) : null;
      result = buf ? await extract(buf, file) : { kind: 'unchecked', reason: { id: 'berkas tidak ditemukan di penyimpanan', en: 'the file is missing from storage' } };
    }
    extractions.set(cacheKey, result);
    if (extractions.size > CACHE_SIZE) extractions.delete(extractions.keys().next().value!);
    return result;
  }

  /** Units with what they allow: their office e-mail and phone and their officials' office contacts. */
  async function loadUnits(): Promise<Map<number, Row>> {
    const rows = await strapi.db.query(uid('unit')).findMany({ select: ['id', 'code', 'email', 'phone', 'officeContacts'], populate: { parent: { select: ['id'] } } });
    return new Map(rows.map((u: Row) => [u.id, u]));
  }

  /**
   * The units with their contacts (the allow-lists). A public request carries the units version it
   * is answered at (public-api/cache.ts): every write to a unit, in this instance or another one on
   * the same database, moves it, and nothing else does. The table read at a units version serves
   * every public request of that version (publishing content does not reload the units).
   */
  let unitsAtVersion: { version: number; table: Promise<Map<number, Row>> } | null = null;
  function unitsTable(): Promise<Map<number, Row>> {
    const version: unknown = (strapi.requestContext.get() as any)?.state?.ppidUnitsVersion;
    if (typeof version !== 'number') return loadUnits();
    if (unitsAtVersion?.version === version) return unitsAtVersion.table;
    const table = loadUnits();
    unitsAtVersion = { version, table };
    table.catch(() => {
      if (unitsAtVersion?.table === table) unitsAtVersion = null;
    });
    return table;
  }

  /** The allow-list of a unit: its own contacts and those of every unit above it. */
  function allowOf(units: Map<number, Row>, unitId: number | null | undefined): AllowList {
    const texts: (string | null)[] = [];
    const seen = new Set<number>();
    for (let u = unitId ? units.get(unitId) : undefined; u && !seen.has(u.id); u = u.parent?.id ? units.get(u.parent.id) : undefined) {
      seen.add(u.id);
      texts.push(u.email, u.phone, u.officeContacts);
    }
    return parseAllowList(...texts);
  }

  async function allowFor(unitId: number | null | undefined): Promise<AllowList> {
    return allowOf(await unitsTable(), unitId);
  }

  /** The draft of a checked type, with its unit and files. */
  async function draftRow(type: string, documentId: string): Promise<Row | null> {
    const spec = PRIVACY_FIELDS[type];
    const populate: Row = { [spec.unitField]: { select: ['id', 'code'] } };
    for (const f of spec.files) populate[f] = { select: FILE_SELECT };
    return strapi.db.query(uid(type)).findOne({ where: { documentId, publishedAt: null }, populate });
  }

  /** Every finding in the row's public fields and files (no clearances applied). */
  async function scan(type: string, row: Row): Promise<Finding[]> {
    const spec = PRIVACY_FIELDS[type];
    const allow = await allowFor(row[spec.unitField]?.id ?? null);
    const out: Finding[] = [];
    for (const field of spec.text) {
      if (typeof row[field] === 'string' && row[field]) out.push(...textFindings(field, row[field], allow));
    }
    for (const field of spec.files) {
      const files = ([] as Row[]).concat(row[field] ?? []).filter(Boolean);
      for (const file of files) out.push(...fileFindings(field, file as { id: number; name: string | null; hash: string }, await readFile(file), allow));
    }
    return out;
  }

  async function clearancesOf(type: string, documentIds: string[]): Promise<Map<string, Map<string, Row>>> {
    const out = new Map<string, Map<string, Row>>();
    if (documentIds.length === 0) return out;
    const rows = await strapi.db.query(uid('privacy-clearance')).findMany({ where: { subjectType: type, subjectDocumentId: { $in: documentIds } }, orderBy: { id: 'asc' } });
    for (const r of rows) {
      if (!out.has(r.subjectDocumentId)) out.set(r.subjectDocumentId, new Map());
      out.get(r.subjectDocumentId)!.set(r.findingKey, r);
    }
    return out;
  }

  /** The item's findings with the clearances applied: what the admin shows and the gate counts. */
  async function check(type: string, documentId: string, row?: Row | null) {
    if (!isPrivacyChecked(type)) refuse(404, `Items of type "${type}" are not checked for personal data`);
    const draft = row ?? (await draftRow(type, documentId));
    if (!draft) refuse(404, `No ${type} with documentId "${documentId}"`);
    const cleared = (await clearancesOf(type, [documentId])).get(documentId) ?? new Map();
    const findings = (await scan(type, draft)).map((f) => {
      const c = cleared.get(f.key);
      return c ? { ...f, cleared: { by: c.clearedByName ?? null, position: c.position ?? null, at: new Date(c.clearedAt).toISOString(), reason: c.reason } } : f;
    });
    return { type, documentId, enabled: enabled(), checkedAt: new Date().toISOString(), blocking: blocking(findings).length, findings };
  }

  /** Refuses (400) to publish an item while a finding is neither fixed nor cleared. */
  async function assertPublishable(type: string, documentId: string, row?: Row | null) {
    if (!enabled() || !isPrivacyChecked(type)) return;
    const result = await check(type, documentId, row);
    const open = blocking(result.findings);
    if (open.length === 0) return;
    const list = open.map((f) => `${f.kind} (${f.file ? `berkas ${f.file.name ?? f.file.id}` : f.field}: ${f.masked})`).join(', ');
    refuse(400, `Pemeriksaan data pribadi: ${open.length} temuan belum diperbaiki atau diputuskan: ${list}. / Privacy check: ${open.length} finding(s) not fixed nor cleared by a reviewer.`, {
      privacy: { blocking: open.length, findings: open.map(({ key, kind, field, file, masked, excerpt, reason }) => ({ key, kind, field, file, masked, excerpt, reason })) },
    });
  }

  /**
   * A second line for the public API: masks any personal value in the given public rows' text
   * fields that no reviewer cleared (rows published before the check existed, or by code).
   */
  /**
   * What the detector finds in a public text, remembered by text and allow-list: `detect` is a
   * pure function of the two, and a public list shows the same rows again and again. Bounded;
   * the oldest entry goes first.
   */
  const detected = new Map<string, ReturnType<typeof detect>>();
  const DETECTED_MAX = 5000;
  function detectRemembered(text: string, allow: AllowList, allowKey: string) {
    const key = `${allowKey}\u0001${text}`;
    let found = detected.get(key);
    if (!found) {
      found = detect(text, allow);
      if (detected.size >= DETECTED_MAX) detected.delete(detected.keys().next().value as string);
      detected.set(key, found);
    }
    return found;
  }

  async function redactPublic<T extends Row>(type: string, rows: T[]): Promise<T[]> {
    if (!enabled() || !isPrivacyChecked(type) || rows.length === 0) return rows;
    const spec = PRIVACY_FIELDS[type];
    const units = await unitsTable();
    const byCode = new Map([...units.values()].map((u) => [u.code, u.id]));
    // One allow-list per unit for the whole answer.
    const allows = new Map<string | null, { allow: AllowList; key: string }>();
    const allowFrom = (unitCode: string | null) => {
      let found = allows.get(unitCode);
      if (!found) {
        const allow = allowOf(units, unitCode ? byCode.get(unitCode) : null);
        found = { allow, key: [...allow].sort().join('\u0002') };
        allows.set(unitCode, found);
      }
      return found;
    };
    let clearances: Map<string, Map<string, Row>> | null = null;
    const out: T[] = [];
    for (const row of rows) {
      const unitCode = (row as Row).unit?.code ?? (row as Row).holderUnit?.code ?? null;
      const { allow, key } = allowFrom(unitCode);
      let copy: Row | null = null;
      for (const field of spec.text) {
        const value = row[field];
        if (typeof value !== 'string' || !value) continue;
        const found = detectRemembered(value, allow, key);
        if (found.length === 0) continue;
        clearances ??= await clearancesOf(type, rows.map((r) => r.documentId).filter(Boolean));
        const cleared = clearances.get(row.documentId) ?? new Map();
        const open = found.filter((f) => !cleared.has(f.key));
        if (open.length === 0) continue;
        copy ??= { ...row };
        copy[field] = redact(value, open);
      }
      out.push((copy ?? row) as T);
    }
    return out;
  }

  return { check, scan, assertPublishable, redactPublic, clearancesOf, draftRow, allowFor, enabled };
};
