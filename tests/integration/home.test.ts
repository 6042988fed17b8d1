/**
 * The PPID home (GET /ppid/home), as the people who open the admin each morning: the fungsional who
 * drafted an item, the Kabid whose disposition it awaits, the Kabid of another division, and a
 * staff member without any position. Each sees only what concerns them.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { assign, person, type Staff } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let dewi: Staff; // fungsional, Seksi Publikasi (under Bidang IKP)
let rina: Staff; // Kabid IKP
let rudi: Staff; // Kabid Statistik
let nina: Staff; // staff role, no position
let doc: string;

async function alert(over: Record<string, unknown>) {
  const now = new Date();
  return app.strapi.db.query('plugin::ppid.compliance-alert').create({
    data: { rule: 'content-minimum', subjectType: 'unit', severity: 'warning', state: 'open', title: { id: 'Peringatan', en: 'Alert' }, firstSeenAt: now, lastSeenAt: now, ...over },
  });
}

beforeAll(async () => {
  app = await boot('home');
  units = await unitTree(app.strapi);
  dewi = await person(app, 'Dewi', ['ppid-staff']);
  rina = await person(app, 'Rina', ['ppid-staff']);
  rudi = await person(app, 'Rudi', ['ppid-staff']);
  nina = await person(app, 'Nina', ['ppid-staff']);
  await assign(app, dewi, 'fungsional', units.seksi.documentId);
  await assign(app, rina, 'kabid', units.ikp.documentId);
  await assign(app, rudi, 'kabid', units.stat.documentId);
  const made = await dewi.as('post', `${CM}announcement`).send(announcementData({ title: 'Jadwal layanan informasi Desember', unit: { connect: [{ documentId: units.seksi.documentId }] } }));
  expect(made.status).toBe(201);
  doc = made.body.data.documentId;
  await alert({ subjectKey: 'bidang-ikp', openKey: 'content-minimum|bidang-ikp', unitId: units.ikp.id, recipients: ['kabid'], severity: 'critical', title: { id: 'Bidang IKP belum menerbitkan', en: 'IKP has published nothing' } });
  await alert({ subjectKey: 'bidang-statistik', openKey: 'content-minimum|bidang-statistik', unitId: units.stat.id, recipients: ['kabid'], title: { id: 'Bidang Statistik belum menerbitkan', en: 'Statistics has published nothing' } });
  await alert({ rule: 'dip-edition', subjectKey: 'agency', openKey: 'dip-edition|agency', unitId: units.agency.id, recipients: ['kepala'], details: { scope: 'agency' } });
  await alert({ subjectKey: 'resolved', unitId: units.ikp.id, recipients: ['kabid'], state: 'resolved' });
});
afterAll(async () => {
  await app?.stop();
});

describe(`the PPID home (${TEST_DB})`, () => {
  it('shows the Kabid the disposition awaiting him and the alert addressed to him', async () => {
    const res = await rina.as('get', '/ppid/home');
    expect(res.status).toBe(200);
    const { awaiting, inReview, alerts } = res.body.data;
    expect(awaiting).toMatchObject({ total: 1, overdue: 0 });
    expect(awaiting.items.map((i: any) => [i.type, i.documentId, i.title, i.stage])).toEqual([['announcement', doc, 'Jadwal layanan informasi Desember', 'disposition']]);
    // What awaits him is not listed a second time among his units' items.
    expect(inReview).toEqual({ total: 0, overdue: 0, items: [] });
    expect(alerts.total).toBe(1);
    expect(alerts.critical).toBe(1);
    expect(alerts.items[0]).toMatchObject({ rule: 'content-minimum', severity: 'critical', state: 'open', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, title: { id: 'Bidang IKP belum menerbitkan' } });
  });

  it("shows the drafter her unit's item in review, with its stage, and no alert meant for the Kabid", async () => {
    const res = await dewi.as('get', '/ppid/home');
    expect(res.status).toBe(200);
    const { awaiting, inReview, alerts } = res.body.data;
    expect(awaiting.total).toBe(0);
    expect(inReview.total).toBe(1);
    expect(inReview.items[0]).toMatchObject({ type: 'announcement', documentId: doc, unit: { code: 'seksi-publikasi' }, stage: 'disposition', overdue: false });
    expect(inReview.items[0].stageName.id).toBeTruthy();
    expect(alerts).toEqual({ total: 0, critical: 0, items: [] });
  });

  it('shows the Kabid of another division nothing of Bidang IKP, only his own alert', async () => {
    const res = await rudi.as('get', '/ppid/home');
    const { awaiting, inReview, alerts } = res.body.data;
    expect(awaiting.total).toBe(0);
    expect(inReview.total).toBe(0);
    expect(alerts.items.map((a: any) => a.unit?.code)).toEqual(['bidang-statistik']);
  });

  it('gives someone without a position an empty home, and refuses parameters and anonymous callers', async () => {
    const res = await nina.as('get', '/ppid/home');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ awaiting: { total: 0, overdue: 0, items: [] }, inReview: { total: 0, overdue: 0, items: [] }, alerts: { total: 0, critical: 0, items: [] } });
    const bad = await rina.as('get', '/ppid/home?all=true');
    expect(bad.status).toBe(400);
    expect(bad.body.error.name).toBe('ValidationError');
    expect((await app.http().get('/ppid/home')).status).toBe(401);
  });

  it("gives every admin page the agency's time zone", async () => {
    const res = await dewi.as('get', '/ppid/settings');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { timezone: 'Asia/Jakarta' } });
    expect((await dewi.as('get', '/ppid/settings?timezone=UTC')).status).toBe(400);
    expect((await app.http().get('/ppid/settings')).status).toBe(401);
  });
});
