/**
 * Re-opening excluded information when its exclusion period has ended (issue 9 point 2): a recorded
 * action by the PPID officials, with a reason and the open class the DIP entry takes; the public DIP
 * shows the entry as open at once; the checker's expiry alert resolves; nobody types it in a form.
 */
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { assign, person, type Staff } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
const P = 'plugin::ppid.';
let app: Booted;
let ketua: Staff;
let kabid: Staff;
let ended: string;
let running: string;

const reopen = (who: Staff, documentId: string, body: unknown) => who.as('post', `/ppid/exclusions/${documentId}/reopen`).send(body as object);
const rowsOf = async (type: string) => JSON.parse(JSON.stringify(await app.strapi.db.query(`${P}${type}`).findMany({ orderBy: [{ id: 'asc' }] })));
const publicEntry = async (number: string) => {
  const res = await app.http().get(`/api/ppid/dip?filters[number][$eq]=${encodeURIComponent(number)}`);
  expect(res.status).toBe(200);
  return res.body.data[0];
};

beforeAll(async () => {
  app = await boot('dip-reopen');
  const units = await unitTree(app.strapi);
  [ketua, kabid] = await Promise.all(['Ketua PPID', 'Kabid IKP'].map((n) => person(app, n)));
  await assign(app, ketua, 'ketua_ppid', units.agency.documentId);
  await assign(app, kabid, 'kabid', units.ikp.documentId);
  // An exclusion whose period ended on 31 December 2025, and one that runs until 2030.
  ended = (await create(app.strapi, 'exclusion', exclusionData({ title: 'Dokumen lelang 2024', unit: units.ikp.documentId, testedOn: '2024-03-01', exclusionEndsOn: '2025-12-31' }), true)).documentId;
  running = (await create(app.strapi, 'exclusion', exclusionData({ title: 'Data pribadi pemohon', unit: units.ikp.documentId }), true)).documentId;
  await create(app.strapi, 'dip-entry', dipData({ number: 'DK-01', title: 'Dokumen lelang pengadaan 2024', infoClass: 'dikecualikan', holderUnit: units.ikp.documentId, exclusion: ended }), true);
  await create(app.strapi, 'dip-entry', dipData({ number: 'DK-02', title: 'Data pribadi pemohon bantuan', infoClass: 'dikecualikan', holderUnit: units.ikp.documentId, exclusion: running }), true);
});
afterAll(async () => {
  await app?.stop();
});

describe(`re-opening excluded information (${TEST_DB})`, () => {
  it('is refused with a clear 4xx and nothing changed: wrong position, ended-not, bad reason or class, bad input', async () => {
    const before = { exclusions: await rowsOf('exclusion'), entries: await rowsOf('dip-entry') };
    const good = { reason: 'Masa pengecualian berakhir; lelang telah selesai dan diumumkan.', newClass: 'setiap_saat' };

    const byKabid = await reopen(kabid, ended, good);
    expect(byKabid.status).toBe(403);
    expect(byKabid.body.error).toMatchObject({ name: 'ForbiddenError', message: 'Hanya PPID Utama, Ketua PPID atau Kepala yang dapat membuka kembali informasi yang dikecualikan' });

    const notEnded = await reopen(ketua, running, good);
    expect(notEnded.status).toBe(400);
    expect(notEnded.body.error.message).toBe('Jangka waktu pengecualian belum berakhir');
    expect(notEnded.body.error.details.errors[0].path).toEqual(['exclusionEndsOn']);

    const cases: [unknown, string, string[] | undefined][] = [
      [{ newClass: 'setiap_saat' }, '"reason" (why the information is open again) is required', ['reason']],
      [{ ...good, reason: 'singkat' }, 'Sebutkan alasan pembukaan (minimal 10 karakter)', ['reason']],
      [{ ...good, newClass: 'dikecualikan' }, 'Klasifikasi baru harus salah satu dari: berkala, serta_merta, setiap_saat', ['newClass']],
      [{ ...good, newClass: 42 }, '"newClass" (berkala, serta_merta or setiap_saat) is required', ['newClass']],
      [{ ...good, reopenedOn: '2026-01-01' }, 'Unknown field "reopenedOn"', undefined],
    ];
    for (const [body, message, path] of cases) {
      const res = await reopen(ketua, ended, body);
      expect({ status: res.status, name: res.body.error.name, message: res.body.error.message }).toEqual({ status: 400, name: 'ValidationError', message });
      if (path) expect(res.body.error.details.errors[0].path).toEqual(path);
    }
    expect((await reopen(ketua, 'tidakadaitemsepertiini', good)).status).toBe(404);
    expect((await app.http().post(`/ppid/exclusions/${ended}/reopen`).send(good)).status).toBe(401);
    expect({ exclusions: await rowsOf('exclusion'), entries: await rowsOf('dip-entry') }).toEqual(before);
  });

  it('is typed by nobody: the Content Manager refuses the re-open fields', async () => {
    const admin = await adminSession(app);
    const res = await admin.as('put', `${CM}exclusion/${ended}`).send({ reopenedOn: '2026-01-02' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('"reopenedOn" is recorded by the re-open action (POST /ppid/exclusions/:documentId/reopen) and cannot be written');
  });

  it('records who, when, why and the new class; the public DIP shows the entry open at once; the expiry alert resolves', async () => {
    const runs = app.strapi.plugin('ppid').service('compliance-runs');
    const alerts = () => app.strapi.db.query(`${P}compliance-alert`).findMany({ where: { rule: 'exclusion-expiry', subjectKey: `exclusion:${ended}` } });
    await runs.runNow();
    expect((await alerts()).map((a: any) => a.state)).toEqual(['open']);
    expect(await publicEntry('DK-01')).toMatchObject({ number: 'DK-01', class: 'dikecualikan' });
    const cached = await app.http().get('/api/ppid/dip?filters[number][$eq]=DK-01');
    expect(cached.headers['x-cache']).toBe('HIT');

    const res = await reopen(ketua, ended, { reason: 'Masa pengecualian berakhir; lelang telah selesai dan diumumkan.', newClass: 'setiap_saat' });
    expect(res.status).toBe(200);
    const today = app.strapi.plugin('ppid').service('workflow-people').localToday(new Date());
    expect(res.body.data).toMatchObject({
      documentId: ended,
      reopenedOn: today,
      reopenedBy: { id: ketua.id, name: 'Ketua PPID Uji', position: 'ketua_ppid', holding: 'definitive' },
      newClass: 'setiap_saat',
      entries: [{ number: 'DK-01', infoClass: 'setiap_saat' }],
    });
    // Draft and published rows alike.
    const exclusionRows = await app.strapi.db.query(`${P}exclusion`).findMany({ where: { documentId: ended }, populate: { reopenedBy: { select: ['id'] } } });
    expect(exclusionRows).toHaveLength(2);
    for (const row of exclusionRows) {
      expect(row).toMatchObject({ reopenedOn: today, reopenedByName: 'Ketua PPID Uji', reopenReason: 'Masa pengecualian berakhir; lelang telah selesai dan diumumkan.', reopenedClass: 'setiap_saat', reopenedBy: { id: ketua.id } });
    }
    const entryRows = await app.strapi.db.query(`${P}dip-entry`).findMany({ where: { number: { $in: ['DK-01', 'DK-02'] } }, select: ['number', 'infoClass'] });
    expect(entryRows.filter((r: any) => r.number === 'DK-01').map((r: any) => r.infoClass)).toEqual(['setiap_saat', 'setiap_saat']);
    expect(entryRows.filter((r: any) => r.number === 'DK-02').map((r: any) => r.infoClass)).toEqual(['dikecualikan', 'dikecualikan']);

    const open = await app.http().get('/api/ppid/dip?filters[number][$eq]=DK-01');
    expect(open.headers['x-cache']).toBe('MISS');
    expect(open.body.data[0]).toMatchObject({ number: 'DK-01', class: 'setiap_saat', exclusion: null, reopenedOn: today });
    const excluded = await app.http().get('/api/ppid/excluded');
    expect(excluded.body.data.find((x: any) => x.title === 'Dokumen lelang 2024')).toMatchObject({ status: 'reopened', reopenedOn: today });

    await runs.runNow();
    expect((await alerts()).map((a: any) => a.state)).toEqual(['resolved']);

    const again = await reopen(ketua, ended, { reason: 'Sekali lagi dibuka untuk uji.', newClass: 'berkala' });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe('Informasi ini tidak (lagi) dikecualikan');
  });
});
