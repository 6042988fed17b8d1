/**
 * Bad input through the Content Manager routes the admin UI calls, as a super admin and as an
 * Editor: every case answers 4xx (never 500) in Strapi's error format, names the field, and
 * changes nothing (every row of the type, relations included, is the same before and after).
 * Then the relation forms that must keep working, and what a clone copies.
 */
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { announcementData, create, dipData, unitTree } from '../helpers/fixtures';
import { assign, atSigning, person, signList } from '../helpers/workflow';
import { TEST_DB } from '../helpers/db';

const P = 'plugin::ppid.';
const CM = `/content-manager/collection-types/${P}`;

type Session = { as: (method: 'get' | 'post' | 'put' | 'delete', url: string) => any };
type World = {
  units: Awaited<ReturnType<typeof unitTree>>;
  ids: Record<string, number>;
  announcement: string;
  plan: string;
  enacted: string;
  draftEdition: string;
};
type Case = {
  name: string;
  type: string;
  method: 'post' | 'put';
  /** The path after `/content-manager/collection-types/plugin::ppid.`. */
  url: (w: World) => string;
  body: (w: World) => unknown;
  path: string[];
  status?: number;
};

let app: Booted;
let world: World;
const sessions: Record<string, Session> = {};

const idOf = async (type: string, documentId: string) =>
  (await app.strapi.db.query(`${P}${type}`).findOne({ where: { documentId }, select: ['id'] })).id as number;

beforeAll(async () => {
  app = await boot('bad-input');
  const units = await unitTree(app.strapi);
  sessions['super admin'] = await adminSession(app);
  sessions.editor = await person(app, 'Editor Uji');
  // The Editor heads the agency's units (Kabid at the agency): the checks below are about the input, not about who writes.
  await assign(app, sessions.editor as any, 'kabid', units.agency.documentId);
  const announcement = (await create(app.strapi, 'announcement', announcementData({ slug: 'sudah-ada', unit: units.ikp.documentId }))).documentId;
  const plan = (await create(app.strapi, 'content-plan', { title: 'Rencana Q1', unit: units.ikp.documentId, year: 2026, quarter: 1 })).documentId;
  const admin = sessions['super admin'];
  // Only the head signs (enacts) an edition.
  const head = await person(app, 'Kepala Uji');
  await assign(app, head, 'kepala', units.agency.documentId);
  const edition = async (title: string) =>
    (await admin.as('post', `${CM}dip-edition`).send({ year: 2026, title, agency: { connect: [{ documentId: units.agency.documentId }] } })).body.data.documentId as string;
  const enacted = await edition('DIP 2026');
  await atSigning(app, 'dip-edition', enacted);
  const res = await signList(head, app, 'dip-edition', enacted, { decreeNumber: '045/2026', signedAt: '2026-01-10' });
  if (res.status !== 200) throw new Error(`enact: ${res.status} ${JSON.stringify(res.body)}`);
  const draftEdition = await edition('DIP 2026 perubahan');
  const ids = {
    agency: await idOf('unit', units.agency.documentId),
    ikp: await idOf('unit', units.ikp.documentId),
    seksi: await idOf('unit', units.seksi.documentId),
  };
  world = { units, ids, announcement, plan, enacted, draftEdition };
});
afterAll(async () => {
  await app?.stop();
});

/** Every row of the type with its first-level relations, in id order: "nothing changed" is equality. */
async function rowsOf(type: string) {
  const rows = await app.strapi.db.query(`${P}${type}`).findMany({ populate: true, orderBy: [{ id: 'asc' }] });
  return JSON.parse(JSON.stringify(rows));
}

const ann = (over: Record<string, unknown>) => (w: World) => announcementData({ slug: 'baru', unit: w.units.ikp.documentId, ...over });
const annPost = (name: string, over: Record<string, unknown>, path: string[]): Case => ({ name, type: 'announcement', method: 'post', url: () => 'announcement', body: ann(over), path });
const annPut = (name: string, body: Record<string, unknown> | ((w: World) => Record<string, unknown>), path: string[]): Case => ({
  name,
  type: 'announcement',
  method: 'put',
  url: (w) => `announcement/${w.announcement}`,
  body: typeof body === 'function' ? body : () => body,
  path,
});
const enact = (signedAt: unknown): Case => ({
  name: `enacting an edition with signedAt ${JSON.stringify(signedAt)}`,
  type: 'dip-edition',
  method: 'put',
  url: (w) => `dip-edition/${w.draftEdition}`,
  body: () => ({ state: 'enacted', decreeNumber: '046/2026', signedAt }),
  path: ['signedAt'],
});
const plan = (name: string, unit: (w: World) => unknown, path = ['quarter'], over: Record<string, unknown> = {}): Case => ({
  name,
  type: 'content-plan',
  method: 'post',
  url: () => 'content-plan',
  body: (w) => ({ title: 'Rencana kedua', year: 2026, quarter: 1, unit: unit(w), ...over }),
  path,
});
const unitPut = (name: string, target: keyof World['units'], body: (w: World) => Record<string, unknown>, path = ['parent']): Case => ({
  name,
  type: 'unit',
  method: 'put',
  url: (w) => `unit/${w.units[target].documentId}`,
  body,
  path,
});

const CASES: Case[] = [
  // Characters PostgreSQL refuses (a driver error, 500, before) and other control characters.
  annPost('a NUL byte in a title', { title: 'Pengumuman\u0000 banjir' }, ['title']),
  annPut('a NUL byte in the body of a saved draft', { body: 'Isi\u0000' }, ['body']),
  annPost('a bell character in a summary', { summary: 'Ringkasan \u0007 pengumuman ini.' }, ['summary']),
  annPost('a lone surrogate in a title', { title: 'Pengumuman \ud83d' }, ['title']),
  { name: 'a NUL byte in a unit name', type: 'unit', method: 'post', url: () => 'unit', body: () => ({ name: 'Bidang\u0000X', code: 'bidang-x', kind: 'division' }), path: ['name'] },
  { name: 'a NUL byte in a clone', type: 'announcement', method: 'post', url: (w) => `announcement/clone/${w.announcement}`, body: () => ({ slug: 'salinan', title: 'Salinan\u0000' }), path: ['title'] },
  // Types.
  annPost('a number as a title', { title: 12345 }, ['title']),
  annPost('an unknown information class', { infoClass: 'rahasia' }, ['infoClass']),
  annPost('a title longer than its 255 characters (on a draft)', { title: 'x'.repeat(300) }, ['title']),
  { name: 'a word as a year', type: 'dip-entry', method: 'post', url: () => 'dip-entry', body: (w) => dipData({ number: 'X-1', holderUnit: w.units.ikp.documentId, year: 'dua ribu' }), path: ['year'] },
  plan('a word as a quarter (500 before)', (w) => w.units.stat.documentId, ['quarter'], { quarter: 'abc' }),
  // Dates.
  annPost('a number as a date', { informationDate: 20260101 }, ['informationDate']),
  annPost('a month 13', { informationDate: '2026-13-45' }, ['informationDate']),
  annPost('30 February', { informationDate: '2026-02-30' }, ['informationDate']),
  annPost('an empty date', { informationDate: '' }, ['informationDate']),
  annPost('a date with a time (stored as the UTC day before)', { informationDate: '2026-01-01T20:00:00Z' }, ['informationDate']),
  annPost('an object as a date', { informationDate: {} }, ['informationDate']),
  enact(20260101),
  enact({}),
  enact([]),
  enact(true),
  enact('2026-02-30'),
  {
    name: 'a number as a datetime',
    type: 'publication-record',
    method: 'post',
    url: () => 'publication-record',
    body: (w) => ({ announcement: w.announcement, channel: 'website', url: 'https://kominfo.go.id/a', channelPublishedAt: 5 }),
    path: ['channelPublishedAt'],
  },
  {
    name: 'a date without time as a datetime',
    type: 'publication-record',
    method: 'post',
    url: () => 'publication-record',
    body: (w) => ({ announcement: w.announcement, channel: 'website', url: 'https://kominfo.go.id/a', channelPublishedAt: '2026-05-04' }),
    path: ['channelPublishedAt'],
  },
  // What the workflow needs, even on a draft.
  annPost('an announcement without a unit', { unit: undefined }, ['unit']),
  annPost('an announcement with unit null', { unit: null }, ['unit']),
  annPost('an announcement with an empty unit set', { unit: { set: [] } }, ['unit']),
  annPost('an announcement without an information class', { infoClass: null }, ['infoClass']),
  annPut('removing the unit of a draft', { unit: null }, ['unit']),
  annPut('disconnecting the unit of a draft', (w) => ({ unit: { connect: [], disconnect: [{ documentId: w.units.ikp.documentId }] } }), ['unit']),
  { name: 'a DIP entry without a holder unit', type: 'dip-entry', method: 'post', url: () => 'dip-entry', body: () => dipData({ number: 'X-2' }), path: ['holderUnit'] },
  plan('a content plan without a unit', () => undefined, ['unit']),
  // Relation garbage.
  annPost('true as a relation', { unit: true }, ['unit']),
  annPost('a nested list as a relation', { unit: [[1]] }, ['unit']),
  annPost('an object with unknown keys as a relation', { unit: { foo: 1 } }, ['unit']),
  annPost('connect [true] (500 before)', { unit: { connect: [true] } }, ['unit']),
  annPost('connect [null]', { unit: { connect: [null] } }, ['unit']),
  annPost('connect as a string', { unit: { connect: 'x' } }, ['unit']),
  annPost('set mixed with connect', { unit: { set: [], connect: [{ id: 1 }] } }, ['unit']),
  { name: 'two units in a to-one relation', type: 'announcement', method: 'post', url: () => 'announcement', body: (w) => ann({ unit: [w.units.ikp.documentId, w.units.stat.documentId] })(w), path: ['unit'] },
  annPost('a unit that does not exist (documentId)', { unit: 'zzzzzzzzzzzzzzzzzzzzzzzz' }, ['unit']),
  annPost('a unit that does not exist (id)', { unit: 999999 }, ['unit']),
  annPost('a unit that does not exist (connect)', { unit: { connect: [{ documentId: 'tidakada' }] } }, ['unit']),
  annPost('a word as a media id', { coverImage: 'abc' }, ['coverImage']),
  annPost('a media file that does not exist', { coverImage: 999999 }, ['coverImage']),
  annPost('an object with unknown keys as media', { attachments: { foo: 1 } }, ['attachments']),
  { name: 'garbage relation in a clone', type: 'announcement', method: 'post', url: (w) => `announcement/clone/${w.announcement}`, body: () => ({ slug: 'salinan-2', unit: { connect: [true] } }), path: ['unit'] },
  {
    name: 'an excluded DIP entry with an empty exclusion set',
    type: 'dip-entry',
    method: 'post',
    url: () => 'dip-entry',
    body: (w) => dipData({ number: 'X-3', holderUnit: w.units.ikp.documentId, infoClass: 'dikecualikan', exclusion: { set: [] } }),
    path: ['exclusion'],
  },
  // Rules that read relations: every form.
  plan('a second plan for the quarter, unit as [documentId]', (w) => [w.units.ikp.documentId]),
  plan('a second plan for the quarter, unit as { set }', (w) => ({ set: [{ documentId: w.units.ikp.documentId }] })),
  plan('a second plan for the quarter, unit as an id', (w) => w.ids.ikp),
  plan('a second plan for the quarter, unit as { id }', (w) => ({ id: w.ids.ikp })),
  { name: 'a clone of a plan for the same quarter', type: 'content-plan', method: 'post', url: (w) => `content-plan/clone/${w.plan}`, body: () => ({}), path: ['quarter'] },
  unitPut('the agency below its section, parent as [documentId] (200 before)', 'agency', (w) => ({ parent: [w.units.seksi.documentId] })),
  unitPut('the agency below its section, parent as { set }', 'agency', (w) => ({ parent: { set: [w.units.seksi.documentId] } })),
  unitPut('the agency below its section, parent as an id', 'agency', (w) => ({ parent: w.ids.seksi })),
  unitPut('a division as its own parent, as { documentId }', 'ikp', (w) => ({ parent: { documentId: w.units.ikp.documentId } })),
  unitPut('a section taking the agency as its child', 'seksi', (w) => ({ children: { connect: [{ documentId: w.units.agency.documentId }] } }), ['children']),
  // The archive.
  { name: 'changing an enacted edition', type: 'dip-edition', method: 'put', url: (w) => `dip-edition/${w.enacted}`, body: () => ({ title: 'Diubah' }), path: ['title'] },
];

describe.each(['super admin', 'editor'])(`bad input through the Content Manager as %s (${TEST_DB})`, (who) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await rowsOf(c.type);
    const editionsBefore = c.type === 'dip-edition' ? null : await rowsOf('dip-edition');
    const res = await sessions[who].as(c.method, `${CM}${c.url(world)}`).send(c.body(world) as object);

    expect({ status: res.status, body: res.body }).toMatchObject({ status: c.status ?? 400 });
    expect(res.body).toMatchObject({ data: null, error: { status: c.status ?? 400, name: 'ValidationError', message: expect.any(String) } });
    expect(res.body.error.details.errors.map((e: any) => e.path)).toContainEqual(c.path);
    for (const e of res.body.error.details.errors) expect(e).toMatchObject({ path: expect.any(Array), message: expect.any(String), name: 'ValidationError' });

    expect(await rowsOf(c.type)).toEqual(before);
    if (editionsBefore) expect(await rowsOf('dip-edition')).toEqual(editionsBefore);
  });
});

describe(`what keeps working (${TEST_DB})`, () => {
  const admin = () => sessions['super admin'];
  const unitOf = async (documentId: string) =>
    (await app.strapi.db.query(`${P}announcement`).findOne({ where: { documentId }, populate: { unit: { select: ['documentId'] } } })).unit?.documentId;

  it('takes every relation form Strapi documents, and stores the unit it names', async () => {
    const { ikp, stat } = world.units;
    const forms: [string, unknown, string][] = [
      ['documentId', stat.documentId, stat.documentId],
      ['id', world.ids.ikp, ikp.documentId],
      ['[documentId]', [stat.documentId], stat.documentId],
      ['{ set: [{ documentId }] }', { set: [{ documentId: ikp.documentId }] }, ikp.documentId],
      ['{ documentId }', { documentId: stat.documentId }, stat.documentId],
      ['the Content Manager form', { connect: [{ id: world.ids.ikp, documentId: ikp.documentId, locale: null, isTemporary: true, position: { end: true } }], disconnect: [] }, ikp.documentId],
    ];
    for (const [label, unit, expected] of forms) {
      const res = await admin().as('post', `${CM}announcement`).send(announcementData({ slug: `bentuk-${label.replace(/[^a-z]/gi, '')}`, unit }));
      expect({ label, status: res.status }).toEqual({ label, status: 201 });
      expect(await unitOf(res.body.data.documentId)).toBe(expected);
    }
  });

  it('reads a bare documentId that starts with a digit as a documentId, not as an id', async () => {
    // Its documentId starts with the id of another unit: Strapi's shorthand (parseInt) would link that one.
    const documentId = `${world.ids.ikp}abcdefghijklmnopqrstuvwxyz`.slice(0, 24);
    const digit = await app.strapi.documents(`${P}unit`).create({ data: { documentId, name: 'Bidang Digit', code: 'bidang-digit', kind: 'division', parent: world.units.agency.documentId } });
    expect(digit.documentId).toMatch(/^\d/);
    const res = await admin().as('post', `${CM}announcement`).send(announcementData({ slug: 'digit', unit: digit.documentId }));
    expect(res.status).toBe(201);
    expect(await unitOf(res.body.data.documentId)).toBe(digit.documentId);
  });

  it('a clone keeps the source whole: records, sub-units and the archive stay where they were', async () => {
    const source = (await create(app.strapi, 'announcement', announcementData({ slug: 'sumber', unit: world.units.ikp.documentId }))).documentId;
    await create(app.strapi, 'publication-record', { announcement: source, channel: 'website', url: 'https://kominfo.go.id/b', channelPublishedAt: '2026-05-04T03:00:00.000Z' });
    const copy = await admin().as('post', `${CM}announcement/clone/${source}`).send({ slug: 'sumber-salinan' });
    expect(copy.status).toBe(200);
    const records = async (documentId: string) =>
      (await app.strapi.db.query(`${P}announcement`).findOne({ where: { documentId }, populate: ['publicationRecords'] })).publicationRecords.length;
    expect(await records(source)).toBe(1);
    expect(await records(copy.body.data.documentId)).toBe(0);

    const unitCopy = await admin().as('post', `${CM}unit/clone/${world.units.ikp.documentId}`).send({ code: 'bidang-ikp-salinan', name: 'Bidang IKP (salinan)' });
    expect(unitCopy.status).toBe(200);
    const seksi = await app.strapi.db.query(`${P}unit`).findOne({ where: { documentId: world.units.seksi.documentId }, populate: { parent: { select: ['documentId'] } } });
    expect(seksi.parent.documentId).toBe(world.units.ikp.documentId);

    const editionCopy = await admin().as('post', `${CM}dip-edition/clone/${world.enacted}`).send({ title: 'DIP 2026 (salinan)' });
    expect(editionCopy.status).toBe(200);
    const rows = await app.strapi.db.query(`${P}dip-edition`).findMany({ where: { documentId: { $in: [world.enacted, editionCopy.body.data.documentId] } } });
    const byId = Object.fromEntries(rows.map((r: any) => [r.documentId, r]));
    expect(byId[world.enacted]).toMatchObject({ state: 'enacted', snapshotHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(byId[editionCopy.body.data.documentId]).toMatchObject({ state: 'draft', snapshotHash: null, snapshot: null, enactedAt: null, entryCount: null });
  });

  it('copies a signed content plan as a draft plan', async () => {
    const signed = (await create(app.strapi, 'content-plan', { title: 'Rencana Q3', unit: world.units.stat.documentId, year: 2026, quarter: 3 })).documentId;
    await app.strapi.db.query(`${P}content-plan`).update({ where: { documentId: signed }, data: { state: 'signed', signedAt: '2026-06-30' } });
    const copy = await admin().as('post', `${CM}content-plan/clone/${signed}`).send({ quarter: 4 });
    expect(copy.status).toBe(200);
    const row = await app.strapi.db.query(`${P}content-plan`).findOne({ where: { documentId: copy.body.data.documentId } });
    expect(row).toMatchObject({ quarter: 4, state: 'draft' });
  });
});

describe(`bodies that are not objects (${TEST_DB})`, () => {
  it('a Content Manager write with an array, a string or a number as its body answers 400 and writes nothing', async () => {
    const before = await app.strapi.db.query(`${P}announcement`).count();
    for (const body of [[{ title: 'Satu' }, { title: 'Dua' }], 'judul', 42]) {
      const res = await sessions['super admin'].as('post', `${CM}announcement`).set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
      // An array reaches the Content Manager (a ValidationError); a bare string or number is refused by the JSON parser (strict).
      expect(res.body.error).toMatchObject({ status: 400, name: Array.isArray(body) ? 'ValidationError' : expect.any(String) });
    }
    expect(await app.strapi.db.query(`${P}announcement`).count()).toBe(before);
  });
});
