'use strict';
/**
 * Deterministic benchmark data, written straight into the tables Strapi created (knex batched
 * inserts inside a booted Strapi): going through the document service would take hours at 100k.
 *
 * The rows are what Strapi itself writes (checked against a booted schema and against rows made by
 * the document service):
 *  - table and column names, link tables and their order columns come from Strapi's own metadata
 *    (`strapi.db.metadata.get(uid)`), nothing is hard-coded;
 *  - a draft & publish document is two rows with the same `document_id`: the draft
 *    (`published_at` NULL) and the published version (`published_at` set), each with its own link
 *    rows; a document that was never published has only its draft row; an edited-after-publishing
 *    document has a draft that differs from its published row (later `updated_at`, other title);
 *  - a type without draft & publish (units, berkala categories) is one row with `published_at` set;
 *  - `document_id` is a 24-character lowercase id starting with a letter (cuid2's shape), `locale`
 *    is NULL (no i18n), datetimes are Date objects (the driver stores them as Strapi does), dates are
 *    'YYYY-MM-DD' strings.
 *
 * Everything comes from a seeded PRNG (sfc32): the same seed and counts give the same rows.
 *
 * Module use: `await generate(strapi, { units, announcements, dipEntries, seed, benchCopy })`.
 * CLI: `node bench/generate.js [N]` boots the app on bench/.data/generate.db, loads N rows of each
 * and runs the sanity check (see bench/lib/strapi.js).
 */

const ANNOUNCEMENT = 'plugin::ppid.announcement';
const BENCH_ANNOUNCEMENT = 'api::bench-announcement.bench-announcement';
const UNIT = 'plugin::ppid.unit';
const CATEGORY = 'plugin::ppid.berkala-category';
const DIP = 'plugin::ppid.dip-entry';

const BATCH = 500;
const DAY = 24 * 3600 * 1000;
/** Publication times are spread over five years ending at this instant (fixed, for determinism). */
const END = Date.UTC(2026, 9, 31, 17, 0, 0);
const SPAN = 5 * 365 * DAY;

// ---------------------------------------------------------------------------------------------
// PRNG: xmur3 string hash -> sfc32. No Math.random anywhere.

function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

function rng(seed) {
  const s = xmur3(String(seed));
  let a = s();
  let b = s();
  let c = s();
  let d = s();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** Picks from [[value, weight], ...]. */
    weighted(pairs) {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    id() {
      const letters = 'abcdefghijklmnopqrstuvwxyz';
      const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
      let s = letters[Math.floor(next() * 26)];
      for (let i = 1; i < 24; i++) s += chars[Math.floor(next() * 36)];
      return s;
    },
    /** A permutation of 0..n-1 (Fisher-Yates). */
    permutation(n) {
      const p = new Uint32Array(n);
      for (let i = 0; i < n; i++) p[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = p[i];
        p[i] = p[j];
        p[j] = t;
      }
      return p;
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Text

const WORDS = (
  'informasi publik pengumuman layanan kegiatan program anggaran laporan keuangan realisasi pengadaan ' +
  'barang jasa kinerja pelayanan masyarakat data statistik rencana strategis evaluasi pelaksanaan ' +
  'kebijakan peraturan keputusan kepala dinas bidang seksi sekretariat warga desa kecamatan kabupaten ' +
  'kota provinsi tahun semester triwulan jadwal sosialisasi penyuluhan bantuan sosial kesehatan ' +
  'pendidikan infrastruktur jalan jembatan irigasi pertanian perikanan lingkungan hidup pariwisata ' +
  'kebudayaan perizinan investasi tenaga kerja pelatihan beasiswa rekrutmen seleksi hasil penetapan ' +
  'daftar peserta lokasi waktu tempat persyaratan dokumen formulir pendaftaran pengaduan keberatan ' +
  'permohonan akses transparansi akuntabilitas partisipasi digital aplikasi sistem website media'
).split(' ');
const TOPICS = [
  'Laporan Realisasi Anggaran', 'Rencana Kerja', 'Pengadaan Barang dan Jasa', 'Hasil Seleksi',
  'Jadwal Pelayanan', 'Sosialisasi Program', 'Penyaluran Bantuan Sosial', 'Peringatan Dini Cuaca',
  'Laporan Kinerja', 'Penerimaan Pegawai', 'Perubahan Jam Layanan', 'Pemeliharaan Jalan',
  'Laporan Akses Informasi', 'Daftar Penerima Beasiswa', 'Penutupan Sementara Layanan', 'Rapat Koordinasi',
];
const PLACES = ['Kantor Dinas', 'Sekretariat', 'Ruang Arsip', 'Gedung Pelayanan Terpadu', 'Kantor Bidang'];
const FORMS = ['softcopy', 'hardcopy', 'softcopy_hardcopy'];
const RETENTION = ['1 tahun', '2 tahun', '5 tahun', '10 tahun', 'Permanen', 'Selama berlaku'];
const MEDIA = ['PDF', 'Dokumen cetak', 'Website', 'Spreadsheet', 'Video'];

const cap = (w) => w[0].toUpperCase() + w.slice(1);
const words = (r, n) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
const sentence = (r, min, max) => `${cap(words(r, r.int(min, max)))}.`;
const paragraph = (r) => Array.from({ length: r.int(2, 4) }, () => sentence(r, 8, 16)).join(' ');
const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Schema-driven row writers

function model(strapi, uid) {
  const meta = strapi.db.metadata.get(uid);
  if (!meta) throw new Error(`No model ${uid}: is the app (and bench/api) loaded?`);
  return meta;
}

/** A table row from attribute values (camelCase keys -> Strapi's column names). */
function toRow(meta, values) {
  const row = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const attr = meta.attributes[key];
    if (!attr || !attr.columnName) throw new Error(`${meta.uid}: "${key}" is not a column attribute`);
    row[attr.columnName] = value;
  }
  return row;
}

/** A link-table row for relation `name` of `meta`, owner `ownerId` -> target `targetId`. */
function linkRow(meta, name, ownerId, targetId, inverseOrder = 1) {
  const jt = meta.attributes[name]?.joinTable;
  if (!jt) throw new Error(`${meta.uid}: "${name}" is not a relation with a link table`);
  const row = { [jt.joinColumn.name]: ownerId, [jt.inverseJoinColumn.name]: targetId };
  if (jt.orderColumnName) row[jt.orderColumnName] = 1;
  if (jt.inverseOrderColumnName) row[jt.inverseOrderColumnName] = inverseOrder;
  return row;
}

/** Buffers rows per table; flushes them in batches of BATCH rows, inside the caller's transaction. */
function writer(trx, counts) {
  const buffers = new Map();
  const flush = async (table) => {
    const rows = buffers.get(table);
    if (!rows || rows.length === 0) return;
    buffers.set(table, []);
    for (let i = 0; i < rows.length; i += BATCH) {
      try {
        await trx(table).insert(rows.slice(i, i + BATCH));
      } catch (e) {
        throw new Error(`insert into ${table} failed: ${String(e.message).slice(-300)}`);
      }
    }
    counts[table] = (counts[table] ?? 0) + rows.length;
  };
  return {
    async add(table, row) {
      if (!buffers.has(table)) buffers.set(table, []);
      const rows = buffers.get(table);
      rows.push(row);
      // Flush every table, in first-use order (content rows before the link rows pointing at them).
      if (rows.length >= BATCH) for (const t of buffers.keys()) await flush(t);
    },
    async flushAll() {
      for (const table of buffers.keys()) await flush(table);
    },
  };
}

async function maxId(knex, table) {
  const row = await knex(table).max({ m: 'id' }).first();
  return Number(row?.m ?? 0);
}

/** PostgreSQL: explicit ids do not move the id sequences; move them past what was inserted. */
async function fixSequences(knex, tables) {
  if (knex.client.config.client !== 'postgres' && knex.client.config.client !== 'pg') return;
  for (const table of tables) {
    await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM ??), 1))`, [
      table,
      table,
    ]);
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Loads `units` units (a tree: the agency, divisions, sections), `announcements` announcements
 * (plus the same rows in the bench copy type when `benchCopy` and that type exists) and
 * `dipEntries` DIP entries. Returns counts and timings.
 */
async function generate(strapi, opts = {}) {
  const seed = opts.seed ?? 'ppid-bench-1';
  const nUnits = Math.max(3, opts.units ?? 10);
  const nAnn = opts.announcements ?? 1000;
  const nDip = opts.dipEntries ?? nAnn;
  const benchCopy = opts.benchCopy !== false && Boolean(strapi.contentType(BENCH_ANNOUNCEMENT));
  const knex = strapi.db.connection;
  const started = Date.now();
  const counts = {};

  const U = model(strapi, UNIT);
  const C = model(strapi, CATEGORY);
  const A = model(strapi, ANNOUNCEMENT);
  const B = benchCopy ? model(strapi, BENCH_ANNOUNCEMENT) : null;
  const D = model(strapi, DIP);

  // Berkala categories are seeded by the plugin at bootstrap (the standard list).
  const categories = await knex(C.tableName).select('id').orderBy('id');
  if (categories.length === 0) throw new Error('No berkala categories: the ppid bootstrap did not seed them');
  const categoryIds = categories.map((c) => c.id);

  // ---- units ------------------------------------------------------------------------------
  const ru = rng(`${seed}:units`);
  const unitIds = [];
  const unitNames = [];
  await knex.transaction(async (trx) => {
    const w = writer(trx, counts);
    let id = await maxId(trx, U.tableName);
    const nDivisions = Math.max(1, Math.round((nUnits - 1) / 5));
    const children = new Map();
    for (let i = 0; i < nUnits; i++) {
      id += 1;
      let kind;
      let parent = null;
      let name;
      let code;
      if (i === 0) {
        kind = 'agency';
        name = 'Dinas Komunikasi dan Informatika';
        code = 'diskominfo';
      } else if (i <= nDivisions) {
        kind = i === 1 ? 'secretariat' : 'division';
        parent = unitIds[0];
        name = i === 1 ? 'Sekretariat' : `Bidang ${cap(ru.pick(WORDS))} ${cap(ru.pick(WORDS))} ${i}`;
        code = i === 1 ? 'sekretariat' : `bidang-${String(i).padStart(4, '0')}`;
      } else {
        kind = 'section';
        parent = unitIds[1 + ru.int(0, nDivisions - 1)];
        name = `Seksi ${cap(ru.pick(WORDS))} ${cap(ru.pick(WORDS))} ${i}`;
        code = `seksi-${String(i).padStart(5, '0')}`;
      }
      const at = new Date(END - SPAN - 30 * DAY + i * 1000);
      unitIds.push(id);
      unitNames.push(name);
      await w.add(
        U.tableName,
        toRow(U, {
          id,
          documentId: ru.id(),
          name,
          code,
          kind,
          publishes: true,
          email: `${code}@diskominfo.example.go.id`,
          phone: `0${ru.int(21, 99)}-${ru.int(1000000, 9999999)}`,
          address: `Jl. ${cap(ru.pick(WORDS))} No. ${ru.int(1, 200)}`,
          active: true,
          createdAt: at,
          updatedAt: at,
          publishedAt: at, // types without draft & publish have publishedAt set
          locale: null,
        })
      );
      if (parent !== null) {
        const order = (children.get(parent) ?? 0) + 1;
        children.set(parent, order);
        await w.add(U.attributes.parent.joinTable.name, linkRow(U, 'parent', id, parent, order));
      }
    }
    await w.flushAll();
  });

  // ---- announcements (and the bench copy) -------------------------------------------------
  const ra = rng(`${seed}:announcements`);
  const when = ra.permutation(nAnn); // distinct publication times, uncorrelated with ids
  const step = Math.floor(SPAN / Math.max(1, nAnn));
  let published = 0;
  let draftOnly = 0;
  let edited = 0;
  await knex.transaction(async (trx) => {
    const w = writer(trx, counts);
    const startA = await maxId(trx, A.tableName);
    const startB = B ? await maxId(trx, B.tableName) : 0;
    let offset = 0; // rows written so far (same in both tables)
    for (let i = 0; i < nAnn; i++) {
      const topic = ra.pick(TOPICS);
      const unitIdx = ra.int(0, unitIds.length - 1);
      const year = new Date(END - SPAN + when[i] * step).getUTCFullYear();
      const title = `${topic} ${unitNames[unitIdx]} ${cap(words(ra, ra.int(1, 3)))} ${year}`;
      const infoClass = ra.weighted([['berkala', 60], ['serta_merta', 15], ['setiap_saat', 25]]);
      const category = infoClass === 'berkala' ? ra.pick(categoryIds) : null;
      const publishedMs = END - SPAN + when[i] * step + ra.int(0, Math.max(0, Math.floor(step / 2) - 1));
      const createdMs = publishedMs - ra.int(1, 72) * 3600 * 1000;
      const state = ra.weighted([['published', 88], ['edited', 4], ['draft', 8]]);
      const base = {
        documentId: ra.id(),
        title,
        slug: `${slugify(title).slice(0, 100)}-${i + 1}`,
        summary: sentence(ra, 12, 30),
        body: Array.from({ length: ra.int(2, 3) }, () => paragraph(ra)).join('\n\n'),
        infoClass,
        informationDate: isoDay(publishedMs - ra.int(0, 10) * DAY),
        internalNote: ra.chance(0.3) ? sentence(ra, 5, 12) : null,
        createdAt: new Date(createdMs),
        locale: null,
      };
      const versions = [];
      if (state === 'draft') {
        draftOnly += 1;
        versions.push({ ...base, updatedAt: new Date(createdMs + 3600 * 1000), publishedAt: null });
      } else {
        published += 1;
        const updatedMs = publishedMs - 60 * 1000;
        const draft = { ...base, updatedAt: new Date(updatedMs), publishedAt: null };
        if (state === 'edited') {
          edited += 1;
          draft.title = `${title} (revisi)`;
          draft.updatedAt = new Date(publishedMs + ra.int(1, 30) * DAY);
        }
        // Strapi writes the draft first, then publishing adds the published row.
        versions.push(draft, { ...base, updatedAt: new Date(updatedMs), publishedAt: new Date(publishedMs) });
      }
      for (const v of versions) {
        offset += 1;
        const targets = [[A, startA + offset]];
        if (B) targets.push([B, startB + offset]);
        for (const [M, id] of targets) {
          await w.add(M.tableName, toRow(M, { id, ...v }));
          await w.add(M.attributes.unit.joinTable.name, linkRow(M, 'unit', id, unitIds[unitIdx]));
          if (category !== null) await w.add(M.attributes.berkalaCategory.joinTable.name, linkRow(M, 'berkalaCategory', id, category));
        }
      }
    }
    await w.flushAll();
  });

  // ---- DIP entries --------------------------------------------------------------------------
  const rd = rng(`${seed}:dip`);
  const dipWhen = rd.permutation(nDip);
  const dipStep = Math.floor(SPAN / Math.max(1, nDip));
  await knex.transaction(async (trx) => {
    const w = writer(trx, counts);
    let id = await maxId(trx, D.tableName);
    for (let i = 0; i < nDip; i++) {
      const publishedMs = END - SPAN + dipWhen[i] * dipStep + rd.int(0, Math.max(0, Math.floor(dipStep / 2) - 1));
      const year = new Date(publishedMs).getUTCFullYear();
      const infoClass = rd.weighted([['berkala', 50], ['serta_merta', 10], ['setiap_saat', 40]]);
      const category = infoClass === 'berkala' ? rd.pick(categoryIds) : null;
      const unitIdx = rd.int(0, unitIds.length - 1);
      const updatedMs = publishedMs - 60 * 1000;
      const base = {
        documentId: rd.id(),
        number: `${String(i + 1).padStart(6, '0')}/DIP/${year}`,
        title: `${rd.pick(TOPICS)} ${cap(words(rd, rd.int(1, 3)))} ${year}`,
        summary: sentence(rd, 12, 30),
        infoClass,
        holderOfficial: `Kepala ${unitNames[unitIdx]}`,
        responsibleOfficial: 'PPID Pelaksana',
        productionTime: String(year),
        productionPlace: rd.pick(PLACES),
        year,
        availableForm: rd.pick(FORMS),
        mediaType: rd.pick(MEDIA),
        retentionPeriod: rd.pick(RETENTION),
        documentUrl: rd.chance(0.5) ? `https://ppid.example.go.id/dokumen/${i + 1}.pdf` : null,
        internalNote: null,
        createdAt: new Date(publishedMs - rd.int(1, 48) * 3600 * 1000),
        updatedAt: new Date(updatedMs),
        locale: null,
      };
      const versions = rd.chance(0.92) ? [{ ...base, publishedAt: null }, { ...base, publishedAt: new Date(publishedMs) }] : [{ ...base, publishedAt: null }];
      for (const v of versions) {
        id += 1;
        await w.add(D.tableName, toRow(D, { id, ...v }));
        await w.add(D.attributes.holderUnit.joinTable.name, linkRow(D, 'holderUnit', id, unitIds[unitIdx]));
        if (category !== null) await w.add(D.attributes.berkalaCategory.joinTable.name, linkRow(D, 'berkalaCategory', id, category));
      }
    }
    await w.flushAll();
  });

  await fixSequences(knex, [U.tableName, A.tableName, D.tableName, ...(B ? [B.tableName] : [])]);
  // PostgreSQL's autovacuum would have analysed tables this size; SQLite never does it by itself
  // (Strapi does not run ANALYZE), so it is left as a real Strapi SQLite database would be.
  if (knex.client.config.client === 'postgres' || knex.client.config.client === 'pg') await knex.raw('ANALYZE');

  return {
    seed,
    units: nUnits,
    announcements: { documents: nAnn, published, draftOnly, editedAfterPublishing: edited },
    dipEntries: nDip,
    benchCopy,
    rows: counts,
    ms: Date.now() - started,
  };
}

/**
 * Checks the generated rows through Strapi's own read paths: the document service (draft and
 * published views), our public API and (when present) the core REST endpoint of the bench copy.
 * `http(path)` returns { status, body } for a GET on the running server. Throws on a mismatch.
 */
async function sanityCheck(strapi, http, info) {
  const problems = [];
  const expect = (cond, msg) => {
    if (!cond) problems.push(msg);
  };
  const docs = strapi.documents(ANNOUNCEMENT);
  const publishedCount = await docs.count({ status: 'published' });
  const draftCount = await docs.count({ status: 'draft' });
  expect(publishedCount === info.announcements.published, `documents().count(published) = ${publishedCount}, expected ${info.announcements.published}`);
  expect(draftCount === info.announcements.documents, `documents().count(draft) = ${draftCount}, expected ${info.announcements.documents}`);

  const top = await docs.findMany({
    status: 'published',
    sort: [{ publishedAt: 'desc' }],
    limit: 25,
    fields: ['title', 'slug', 'infoClass', 'publishedAt'],
    populate: { unit: { fields: ['code', 'name'] }, berkalaCategory: { fields: ['code', 'name'] } },
  });
  expect(top.length === Math.min(25, info.announcements.published), `documents().findMany gave ${top.length} rows`);
  for (const d of top) {
    expect(d.unit && d.unit.code, `document ${d.documentId} has no unit through the document service`);
    expect((d.infoClass === 'berkala') === Boolean(d.berkalaCategory), `document ${d.documentId}: category does not match class ${d.infoClass}`);
  }

  // An edited document: the draft view shows the revision, the published view the original.
  const editedDraft = await docs.findFirst({ status: 'draft', filters: { title: { $endsWith: '(revisi)' } }, fields: ['title'] });
  if (info.announcements.editedAfterPublishing > 0) {
    expect(Boolean(editedDraft), 'no edited draft found through the document service');
    if (editedDraft) {
      const pub = await docs.findOne({ documentId: editedDraft.documentId, status: 'published', fields: ['title'] });
      expect(pub && !pub.title.endsWith('(revisi)'), `published version of ${editedDraft.documentId} shows the draft's title`);
    }
  }

  const ours = await http('/api/ppid/announcements');
  expect(ours.status === 200, `GET /api/ppid/announcements answered ${ours.status}`);
  if (ours.status === 200) {
    expect(ours.body.meta.pagination.total === info.announcements.published, `our API total ${ours.body.meta.pagination.total}`);
    const ids = ours.body.data.map((d) => d.documentId);
    expect(JSON.stringify(ids) === JSON.stringify(top.map((d) => d.documentId)), 'our API first page differs from documents().findMany');
    expect(ours.body.data.every((d) => d.unit && d.unit.code), 'our API: an announcement without unit');
    expect(ours.body.data.every((d) => !d.title.endsWith('(revisi)')), 'our API shows a draft title');
  }

  if (info.benchCopy && info.coreQuery) {
    const core = await http(info.coreQuery);
    expect(core.status === 200, `core REST answered ${core.status}: ${JSON.stringify(core.body).slice(0, 300)}`);
    if (core.status === 200 && ours.status === 200) {
      expect(core.body.meta.pagination.total === info.announcements.published, `core REST total ${core.body.meta.pagination.total}`);
      const a = ours.body.data.map((d) => [d.documentId, d.slug, d.title, d.unit?.code, d.category?.code ?? null, d.publishedAt]);
      const b = core.body.data.map((d) => [d.documentId, d.slug, d.title, d.unit?.code, d.berkalaCategory?.code ?? null, d.publishedAt]);
      expect(JSON.stringify(a) === JSON.stringify(b), 'core REST first page differs from ours');
    }
  }

  if (problems.length) throw new Error(`Sanity check failed:\n - ${problems.join('\n - ')}`);
  return { publishedCount, draftCount, firstPage: top.length };
}

module.exports = { generate, sanityCheck, rng, ANNOUNCEMENT, BENCH_ANNOUNCEMENT };

if (require.main === module) {
  // eslint-disable-next-line global-require
  const { bootApp, grantPublic, httpGetter, CORE_QUERY } = require('./lib/strapi');
  const path = require('path');
  const n = Number(process.argv[2] || 1000);
  (async () => {
    const app = await bootApp({ dbFile: path.join(__dirname, '.data', 'generate.db') });
    const info = await generate(app.strapi, { units: Math.max(10, Math.round(n / 100)), announcements: n, dipEntries: n });
    console.log(JSON.stringify(info, null, 2));
    await grantPublic(app.strapi);
    const port = await app.listen();
    const checked = await sanityCheck(app.strapi, httpGetter(port), { ...info, coreQuery: CORE_QUERY });
    console.log('sanity check passed', checked);
    await app.stop();
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
