/**
 * The privacy check before publishing (issue: personal data in announcements): findings block the
 * publish step on every path; a reviewer who holds a review position and did not write the item
 * clears a finding with a reason, logged; the public API never shows an uncleared value; image
 * metadata is stripped on upload; unreadable files block until someone decides.
 */
import fs from 'fs';
import path from 'path';
import { adminSession, boot, ok, type Booted } from '../helpers/strapi';
import { announcementData, create, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { act, announcementChain, approveAnnouncement, holders, logOf, proveAnnouncement, type AnnouncementTeam, type Staff } from '../helpers/workflow';
import { jpegWithExif, pdfWith } from '../helpers/privacy-files';

const CM = '/content-manager/collection-types/plugin::ppid.';
const ANN = 'announcement';
const NIK = '6171054509870002';
const PHONE = '0812-3456-7890';
const BODY = `Penerima bantuan atas nama Budi, NIK ${NIK}, dapat dihubungi di ${PHONE}. Penyaluran dilakukan di kantor dinas.`;
const REASON = 'Nomor ini adalah nomor layanan resmi yang boleh diumumkan.';

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let root: Awaited<ReturnType<typeof adminSession>>;
let kepala: Staff, sekretaris: Staff, kabidIkp: Staff, kabidStat: Staff, dewi: Staff, ppid: Staff;
let team: AnnouncementTeam;
let serial = 0;

beforeAll(async () => {
  app = await boot('privacy-gate');
  units = await unitTree(app.strapi);
  root = await adminSession(app);
  const people = await holders(app, { ...announcementChain(units), kabidStat: ['Kabid Statistik', 'kabid', units.stat], ppid: ['PPID Utama', 'ppid_utama', units.agency] });
  ({ kepala, sekretaris, kabidIkp, kabidStat, dewi, ppid } = people);
  team = people;
});
afterAll(async () => {
  await app?.stop();
});

async function draft(over: Record<string, unknown> = {}) {
  serial += 1;
  const res = await dewi.as('post', `${CM}announcement`).send(
    announcementData({ title: `Pengumuman bantuan ${serial}`, slug: `bantuan-${serial}`, unit: { connect: [{ documentId: units.ikp.documentId }] }, body: BODY, ...over })
  );
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId as string;
}

/** Drafted by Dewi and approved by Kabid, Sekretaris and Kepala: at the publishing stage. */
async function approved(over: Record<string, unknown> = {}) {
  const doc = await draft(over);
  await approveAnnouncement(team, doc);
  await proveAnnouncement(app, doc);
  return doc;
}

const check = (who: Staff, doc: string, type = ANN) => who.as('get', `/ppid/privacy/items/${type}/${doc}`);
const clear = (who: Staff, doc: string, body: Record<string, unknown>, type = ANN) => who.as('post', `/ppid/privacy/items/${type}/${doc}/clearances`).send(body);
const publishedRows = (doc: string) => app.strapi.db.query(`plugin::ppid.${ANN}`).count({ where: { documentId: doc, publishedAt: { $notNull: true } } });

describe(`personal data blocks publishing (${TEST_DB})`, () => {
  let doc: string;

  it('the publish step is refused while a NIK and a mobile number stand in the body; nothing is published or logged', async () => {
    doc = await approved();
    const logBefore = (await logOf(app, ANN, doc)).length;
    const res = await act(dewi, ANN, doc, 'publishing->published:publish');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Pemeriksaan data pribadi: 2 temuan');
    expect(res.body.error.details.privacy.findings.map((f: any) => f.kind)).toEqual(['nik', 'phone']);
    expect(JSON.stringify(res.body)).not.toContain(NIK);
    expect(await publishedRows(doc)).toBe(0);
    expect((await logOf(app, ANN, doc)).length).toBe(logBefore);
  });

  it('the check shows members of the unit each finding with its span, masked, never the value', async () => {
    const res = await check(dewi, doc);
    expect(res.status).toBe(200);
    const { findings, blocking } = res.body.data;
    expect(blocking).toBe(2);
    expect(findings.map((f: any) => [f.kind, f.field, BODY.slice(f.start, f.end)])).toEqual([
      ['nik', 'body', NIK],
      ['phone', 'body', PHONE],
    ]);
    expect(findings[0].masked).toBe('61************02');
    expect(findings[0].excerpt).toContain('NIK 61************02');
    expect(JSON.stringify(res.body)).not.toContain(NIK);
    expect(JSON.stringify(res.body)).not.toContain(PHONE);
  });

  it('the check says who may clear: not the drafter (with why), the Kepala yes', async () => {
    const byDrafter = (await ok(check(dewi, doc))).body.data.clear;
    expect(byDrafter.allowed).toBe(false);
    expect(byDrafter.reason).toContain('You wrote this item');
    expect((await ok(check(kepala, doc))).body.data.clear).toEqual({ allowed: true, reason: null });
    expect((await ok(check(sekretaris, doc))).body.data.clear).toEqual({ allowed: true, reason: null });
  });

  it('the Kabid of another division cannot read the findings', async () => {
    const res = await check(kabidStat, doc);
    expect(res.status).toBe(403);
  });

  it('the drafter, another division\'s Kabid and a reason too short cannot clear; nothing is recorded', async () => {
    const { findings } = (await check(dewi, doc)).body.data;
    const phone = findings.find((f: any) => f.kind === 'phone');
    const byDrafter = await clear(dewi, doc, { key: phone.key, reason: REASON });
    expect(byDrafter.status).toBe(403);
    expect(byDrafter.body.error.message).toContain('You wrote this item');
    expect((await clear(kabidStat, doc, { key: phone.key, reason: REASON })).status).toBe(403);
    const short = await clear(kepala, doc, { key: phone.key, reason: 'boleh' });
    expect(short.status).toBe(400);
    expect(await app.strapi.db.query('plugin::ppid.privacy-clearance').count({ where: { subjectDocumentId: doc } })).toBe(0);
  });

  it('bad input is a 400 or 404 in Strapi\'s format', async () => {
    expect((await clear(kepala, doc, { key: 'x', reason: REASON })).status).toBe(400);
    expect((await clear(kepala, doc, { key: 'a'.repeat(24), reason: REASON })).status).toBe(404);
    const extra = await clear(kepala, doc, { key: 'a'.repeat(24), reason: REASON, approve: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error.name).toBe('ValidationError');
    expect((await kepala.as('get', `/ppid/privacy/items/unit/${doc}`)).status).toBe(404);
    expect((await check(kepala, doc).query({ full: 1 })).status).toBe(400);
  });

  it('the Kepala clears the phone number with a reason (logged); the NIK still blocks; cleared by the Sekretaris it publishes', async () => {
    const { findings } = (await check(dewi, doc)).body.data;
    const phone = findings.find((f: any) => f.kind === 'phone');
    const nik = findings.find((f: any) => f.kind === 'nik');
    const res = await ok(clear(kepala, doc, { key: phone.key, reason: REASON }));
    expect(res.body.data.blocking).toBe(1);
    expect(res.body.data.findings.find((f: any) => f.kind === 'phone').cleared).toMatchObject({ position: 'kepala', reason: REASON });
    const again = await clear(sekretaris, doc, { key: phone.key, reason: REASON });
    expect(again.status).toBe(409);
    const log = await logOf(app, ANN, doc);
    expect(log.at(-1)).toMatchObject({ action: 'privacy_clear', position: 'kepala', fromStage: 'publishing', toStage: 'publishing' });
    expect(log.at(-1).reason).toContain(REASON);
    expect(log.at(-1).reason).not.toContain('3456-7890');

    expect((await act(dewi, ANN, doc, 'publishing->published:publish')).status).toBe(400);
    await ok(clear(sekretaris, doc, { key: nik.key, reason: 'Data ini sudah diumumkan resmi oleh Dukcapil.' }));
    await ok(act(dewi, ANN, doc, 'publishing->published:publish'));
    expect(await publishedRows(doc)).toBe(1);
  });

  it('an allow-listed office contact of the unit is not flagged', async () => {
    await app.strapi.db.query('plugin::ppid.unit').update({ where: { id: units.agency.id }, data: { officeContacts: '0811-5678-900' } });
    const d = await draft({ body: 'Layanan pengaduan melalui WhatsApp 0811 5678 900 pada jam kerja.' });
    const res = await ok(check(dewi, d));
    expect(res.body.data.findings).toEqual([]);
  });
});

describe(`every path, files and the public API (${TEST_DB})`, () => {
  it('an exclusion (no workflow) is not published by the Content Manager while its text holds a NIK', async () => {
    const created = await create(app.strapi, 'exclusion', exclusionData({ title: 'Data penerima bantuan', unit: units.ikp.documentId, consequenceIfOpened: `Membuka NIK ${NIK} merugikan pemiliknya secara langsung.` }));
    const res = await root.as('post', `${CM}exclusion/${created.documentId}/actions/publish`).send({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Pemeriksaan data pribadi');
    expect(await app.strapi.db.query('plugin::ppid.exclusion').count({ where: { documentId: created.documentId, publishedAt: { $notNull: true } } })).toBe(0);
    // Without a workflow the PPID officials of the unit decide: the check offers it to them only.
    expect((await ok(check(ppid, created.documentId, 'exclusion'))).body.data.clear).toEqual({ allowed: true, reason: null });
    const byDrafter = (await ok(check(dewi, created.documentId, 'exclusion'))).body.data.clear;
    expect(byDrafter.allowed).toBe(false);
    expect(byDrafter.reason).toContain('"ppid_utama"');
  });

  it('a create with status "published" is checked on the values it writes: refused, nothing stored', async () => {
    const before = await app.strapi.db.query('plugin::ppid.exclusion').count();
    await expect(
      app.strapi.documents('plugin::ppid.exclusion').create({ data: exclusionData({ title: 'Data pemohon', unit: units.ikp.documentId, legalBasis: `Pemohon dapat dihubungi di ${PHONE} setiap hari.` }), status: 'published' } as any)
    ).rejects.toThrow('Pemeriksaan data pribadi');
    expect(await app.strapi.db.query('plugin::ppid.exclusion').count()).toBe(before);
  });

  it('a value published before the check existed is masked in the public API', async () => {
    const row = await create(app.strapi, 'exclusion', exclusionData({ title: 'Arsip lama', unit: units.ikp.documentId }));
    await app.strapi.db.query('plugin::ppid.exclusion').create({
      data: { ...exclusionData({ title: 'Arsip lama', legalBasis: `Hubungi ${PHONE} untuk salinan.` }), unit: units.ikp.id, documentId: row.documentId, publishedAt: new Date() },
    });
    const res = await app.http().get('/api/ppid/excluded');
    expect(res.status).toBe(200);
    const item = res.body.data.find((e: any) => e.documentId === row.documentId);
    expect(item.legalBasis).toBe('Hubungi 0812-****-**90 untuk salinan.');
    expect(JSON.stringify(res.body)).not.toContain(PHONE);
    // The downloads of the excluded list are public responses too.
    const csv = await app.http().get('/api/ppid/excluded.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Hubungi 0812-****-**90 untuk salinan.');
    expect(csv.text).not.toContain(PHONE);
  });

  it('a unit contact written by another instance is allowed in the next answer; a publish elsewhere reloads no unit', async () => {
    const knex = app.strapi.db.connection;
    // What another instance on the same database writes: the unit row, then (its lifecycles) the
    // public version and the units version.
    const otherInstance = async (unitContacts?: string | null) => {
      if (unitContacts !== undefined) await knex('ppid_units').where({ id: units.ikp.id }).update({ office_contacts: unitContacts });
      await knex('ppid_public_version')
        .where({ id: 1 })
        .update({ version: knex.raw('version + 1'), changed_at: new Date(), ...(unitContacts !== undefined ? { units_version: knex.raw('units_version + 1') } : {}) });
    };
    const legalBasis = async () => {
      const res = await app.http().get('/api/ppid/excluded');
      expect(res.status).toBe(200);
      return res.body.data.find((e: any) => e.title === 'Arsip lama' && e.legalBasis).legalBasis as string;
    };
    expect(await legalBasis()).toBe('Hubungi 0812-****-**90 untuk salinan.');
    try {
      await otherInstance(PHONE);
      expect(await legalBasis()).toBe(`Hubungi ${PHONE} untuk salinan.`);
      // A publish through another instance moves the public version only: the answer is rebuilt,
      // the units table is not read again.
      await otherInstance();
      const sql: string[] = [];
      const onQuery = (q: { sql: string }) => sql.push(q.sql);
      knex.on('query', onQuery);
      try {
        expect(await legalBasis()).toBe(`Hubungi ${PHONE} untuk salinan.`);
      } finally {
        knex.removeListener('query', onQuery);
      }
      expect(sql.some((q) => /from [`"]ppid_exclusions[`"]/.test(q))).toBe(true);
      expect(sql.filter((q) => /from [`"]ppid_units[`"]/.test(q))).toEqual([]);
    } finally {
      await otherInstance(null);
    }
    expect(await legalBasis()).toBe('Hubungi 0812-****-**90 untuk salinan.');
  });

  it('image metadata (GPS, owner, camera serial) is stripped on upload', async () => {
    const res = await root.as('post', '/upload').attach('files', await jpegWithExif(), { filename: 'foto-kegiatan.jpg', contentType: 'image/jpeg' });
    expect(res.status).toBe(201);
    const stored = fs.readFileSync(path.join(app.strapi.dirs.static.public, res.body[0].url));
    const exifr = (await import('exifr')).default;
    expect(await exifr.parse(stored, { gps: true, tiff: true, exif: true })).toBeUndefined();
  });

  it('a NIK inside an attached PDF is found; a broken PDF is "not checked" and blocks until decided', async () => {
    const good = await root.as('post', '/upload').attach('files', await pdfWith(['Lampiran daftar penerima', `Nama: Budi, NIK ${NIK}`]), { filename: 'lampiran.pdf', contentType: 'application/pdf' });
    const broken = await root.as('post', '/upload').attach('files', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'), { filename: 'rusak.pdf', contentType: 'application/pdf' });
    expect([good.status, broken.status]).toEqual([201, 201]);
    const d = await draft({ body: 'Daftar penerima terlampir.', attachments: [good.body[0].id, broken.body[0].id] });
    const res = await ok(check(dewi, d));
    const found = res.body.data.findings.map((f: any) => [f.kind, f.file?.name, f.reason?.en ?? null]);
    expect(found).toEqual([
      ['nik', 'lampiran.pdf', null],
      ['unchecked', 'rusak.pdf', 'broken or unreadable PDF'],
    ]);
    expect(res.body.data.blocking).toBe(2);
  });
});
