/**
 * The quick start's demo agency: seeded on boot with PPID_SEED_DEMO=true, readable through the
 * public API, with a working admin login; seeding again adds nothing.
 */
import path from 'path';
import { boot, type Booted } from '../helpers/strapi';
import { TEST_DB } from '../helpers/db';

let app: Booted;
const TABLES = ['unit', 'position-assignment', 'announcement', 'publication-record', 'dip-entry', 'dip-edition', 'exclusion', 'backlog-item', 'meeting-minute', 'update-request', 'approval-form', 'evaluation', 'content-plan', 'info-request', 'objection', 'service-report'];

const counts = async () =>
  Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await app.strapi.db.query(`plugin::ppid.${t}`).count()])));

/** What the first start wrote to the log at level info (what `npm run develop` shows). */
let printed = '';

beforeAll(async () => {
  // Strapi makes its logger with @strapi/logger's createLogger: keep every info line of the boot.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const strapiLogger = require('@strapi/logger');
  const createLogger = strapiLogger.createLogger;
  const spy = jest.spyOn(strapiLogger, 'createLogger').mockImplementation((...args: unknown[]) => {
    const logger = createLogger(...args);
    const info = logger.info.bind(logger);
    logger.info = (message: unknown, ...rest: unknown[]) => {
      printed += `${String(message)}\n`;
      return info(message, ...rest);
    };
    return logger;
  });
  try {
    app = await boot('demo', { PPID_SEED_DEMO: 'true', PPID_ADMIN_EMAIL: 'demo.admin@ppid.local', PPID_ADMIN_PASSWORD: 'Demo-Rahasia-42' });
  } finally {
    spy.mockRestore();
  }
});
afterAll(async () => {
  await app?.stop();
});

describe(`demo data (${TEST_DB})`, () => {
  it('holds one agency with every position, every DIP class and the website work', async () => {
    const c = await counts();
    for (const t of TABLES) expect(c[t]).toBeGreaterThan(0);
    const positions = await app.strapi.db.query('plugin::ppid.position-assignment').findMany({ select: ['position', 'holding'] });
    const { POSITIONS } = require(path.resolve(__dirname, '../../plugins/ppid/server/src/domain/constants'));
    expect(new Set(positions.map((p: any) => p.position))).toEqual(new Set(POSITIONS));
    expect(positions.some((p: any) => p.holding !== 'definitive')).toBe(true);

    const dip = await app.http().get('/api/ppid/dip?pageSize=100');
    expect(dip.status).toBe(200);
    expect(new Set(dip.body.data.map((e: any) => e.class))).toEqual(new Set(['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan']));
    const drafts = await app.strapi.documents('plugin::ppid.announcement').findMany({ status: 'draft' });
    const published = await app.http().get('/api/ppid/announcements?pageSize=100');
    expect(published.body.meta.pagination.total).toBeGreaterThan(0);
    expect(drafts.length).toBeGreaterThan(published.body.meta.pagination.total); // some are drafts only
    expect((await app.http().get('/api/ppid/excluded')).body.data.length).toBeGreaterThan(0);
  });

  it('puts every item under its workflow, and some drafts are already on their way', async () => {
    const W = 'plugin::ppid.workflow-instance';
    for (const [type, uid] of [['announcement', 'plugin::ppid.announcement'], ['dip-entry', 'plugin::ppid.dip-entry'], ['content-plan', 'plugin::ppid.content-plan'], ['backlog-item', 'plugin::ppid.backlog-item']]) {
      const docs = new Set((await app.strapi.db.query(uid).findMany({ select: ['documentId'] })).map((r: any) => r.documentId));
      expect(await app.strapi.db.query(W).count({ where: { subjectType: type } })).toBe(docs.size);
    }
    // Published items joined as published; drafts at the stage the demo walked them to.
    const stageOf = async (slug: string) => {
      const row = await app.strapi.db.query('plugin::ppid.announcement').findOne({ where: { slug, publishedAt: null } });
      return (await app.strapi.db.query(W).findOne({ where: { subjectType: 'announcement', subjectDocumentId: row.documentId } })).stage;
    };
    expect(await stageOf('peringatan-dini-banjir-sintang-melawi-kapuas-hulu')).toBe('published');
    // Web SOP B: the backlog items the website team took on stand where the demo walked them, with the engine's state.
    const backlogAt = async (title: string) => {
      const item = await app.strapi.db.query('plugin::ppid.backlog-item').findOne({ where: { title }, select: ['documentId', 'state'] });
      const inst = await app.strapi.db.query(W).findOne({ where: { subjectType: 'backlog-item', subjectDocumentId: item.documentId } });
      return [inst.stage, item.state];
    };
    expect(await backlogAt('Tabel DIP terpotong pada layar ponsel')).toEqual(['offline_update', 'in_progress']);
    expect(await backlogAt('Sertifikat SSL situs PPID kedaluwarsa')).toEqual(['done', 'done']);
    expect(await backlogAt('Integrasi dataset Satu Data Kalbar pada halaman informasi berkala')).toEqual(['raised', 'proposed']);
    const { PEOPLE } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    // The Sekretaris finds the procurement plan in the inbox, the returned one is back with its drafter.
    const { DEMO_STAFF_PASSWORD } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    const login = async (key: string) => {
      const email = PEOPLE.find((p: any) => p.key === key).email;
      const res = await app.http().post('/admin/login').send({ email, password: DEMO_STAFF_PASSWORD });
      expect(res.status).toBe(200);
      return (await app.http().get('/ppid/workflow/inbox').set('Authorization', `Bearer ${res.body.data.token}`)).body;
    };
    const sekretaris = await login('sekretaris');
    expect(sekretaris.data.map((t: any) => t.stage)).toContain('review_secretary');
    const rina = await login('rina');
    const returned = rina.data.find((t: any) => t.stage === 'drafting');
    expect(returned).toBeDefined();
    const history = await app.strapi.db.query('plugin::ppid.workflow-transition').findMany({ where: { subjectDocumentId: returned.documentId }, orderBy: [{ id: 'asc' }] });
    expect(history.map((h: any) => h.action)).toEqual(['start', 'forward', 'forward', 'return']);
    expect(history[3].reason).toMatch(/denah jalur evakuasi/);
  });

  it('has no stage nobody can act at: every publishing unit takes an announcement, a DIP entry and a content plan from its first stage to published', async () => {
    expect(await app.strapi.plugin('ppid').service('workflow-definitions').coverage()).toEqual([]);
    const { PEOPLE } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    const { DEMO_STAFF_PASSWORD } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    const tokens = new Map<number, string>();
    const as = async (userId: number) => {
      if (!tokens.has(userId)) {
        const { email } = await app.strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['email'] });
        expect(PEOPLE.some((p: any) => p.email === email)).toBe(true);
        const res = await app.http().post('/admin/login').send({ email, password: DEMO_STAFF_PASSWORD });
        tokens.set(userId, res.body.data.token);
      }
      const token = tokens.get(userId)!;
      return (method: 'get' | 'post', url: string) => app.http()[method](url).set('Authorization', `Bearer ${token}`);
    };
    const units = await app.strapi.db.query('plugin::ppid.unit').findMany({ where: { publishes: true, active: true } });
    expect(units.length).toBeGreaterThan(4);
    let serial = 0;
    for (const unit of units) {
      const items: [string, () => Promise<string>][] = [
        ['announcement', async () => (await app.strapi.documents('plugin::ppid.announcement').create({ data: { title: `Uji alur ${unit.code}`, slug: `uji-alur-${unit.code}`, summary: 'Pengumuman untuk menguji alur setiap unit.', body: 'Isi pengumuman.', infoClass: 'setiap_saat', unit: unit.documentId } })).documentId],
        ['dip-entry', async () => (await app.strapi.documents('plugin::ppid.dip-entry').create({ data: { number: `UJI-${unit.id}`, title: `Uji alur DIP ${unit.code}`, summary: 'Entri DIP untuk menguji alur setiap unit.', infoClass: 'setiap_saat', holderUnit: unit.documentId, holderOfficial: 'Kepala unit', responsibleOfficial: 'Kepala unit', productionTime: '2026', productionPlace: 'Pontianak', year: 2026, availableForm: 'softcopy', mediaType: 'Website', retentionPeriod: '5 tahun', documentUrl: `https://ppid.uji.go.id/dip/${unit.code}.pdf` } })).documentId],
        ['content-plan', async () => (await app.strapi.documents('plugin::ppid.content-plan').create({ data: { title: `Rencana uji ${unit.code}`, unit: unit.documentId, year: 2040, quarter: 1 } })).documentId],
      ];
      for (const [type, make] of items) {
        const doc = await make();
        const url = `/ppid/workflow/items/${type}/${doc}`;
        for (let step = 0; step < 12; step += 1) {
          const inst = await app.strapi.db.query('plugin::ppid.workflow-instance').findOne({ where: { subjectType: type, subjectDocumentId: doc } });
          if (inst.status === 'published') break;
          // Whoever the view names as an actor, and who may move it on, takes the next step.
          let moved = false;
          const actors = (await app.strapi.plugin('ppid').service('workflow-views').view(type, doc, { id: 0, roles: [] })).actors;
          expect([type, unit.code, inst.stage, actors.length > 0]).toEqual([type, unit.code, inst.stage, true]);
          for (const actor of actors) {
            const http = await as(actor.id);
            let view = (await http('get', url)).body.data;
            if (type === 'announcement' && view.transitions.some((t: any) => t.proofRequired) && !(await app.strapi.db.query('plugin::ppid.publication-record').count({ where: { announcement: { documentId: doc } } }))) {
              // The person publishing records where it was announced (online and offline), as SOP 190 step 6 asks.
              for (const channel of ['website', 'notice_board']) {
                serial += 1;
                const proof = await http('post', '/content-manager/collection-types/plugin::ppid.publication-record').send({ announcement: { connect: [{ documentId: doc }] }, channel, url: `https://ppid.uji.go.id/bukti/${serial}`, channelPublishedAt: '2026-05-04T03:00:00.000Z' });
                expect([unit.code, proof.status]).toEqual([unit.code, 201]);
              }
              view = (await http('get', url)).body.data;
            }
            const next = view.transitions.find((t: any) => t.allowed && (t.action === 'forward' || t.action === 'publish'));
            if (!next) continue;
            // The head names someone other than themselves (a Plt Kabid may also be the unit's Fungsional).
            const named = next.assigns ? (next.candidates.find((c: any) => c.id !== actor.id) ?? next.candidates[0]) : null;
            const extra = named ? { assignee: named.id, agendaNumber: `000.9/${serial}/UJI` } : {};
            const res = await http('post', `${url}/transitions`).send({ transition: next.key, revision: view.state.revision, ...extra });
            expect([type, unit.code, next.key, res.status]).toEqual([type, unit.code, next.key, 200]);
            moved = true;
            break;
          }
          expect([type, unit.code, inst.stage, moved]).toEqual([type, unit.code, inst.stage, true]);
        }
        const done = await app.strapi.db.query('plugin::ppid.workflow-instance').findOne({ where: { subjectType: type, subjectDocumentId: doc } });
        expect([type, unit.code, done.status]).toEqual([type, unit.code, 'published']);
      }
    }
  });

  it("shows this year's DIP in collection: one unit submitted, one returned with a row's reason", async () => {
    const W = 'plugin::ppid.workflow-instance';
    const year = new Date().getFullYear();
    const editions = await app.strapi.db.query('plugin::ppid.dip-edition').findMany({ select: ['documentId', 'year', 'state'], orderBy: [{ year: 'asc' }] });
    const current = editions.find((e: any) => e.state === 'draft');
    expect(current).toBeDefined();
    expect([year - 1, year]).toContain(current.year);
    expect(await app.strapi.db.query(W).findOne({ where: { subjectType: 'dip-edition', subjectDocumentId: current.documentId } })).toMatchObject({ stage: 'collection', status: 'active' });
    const subs = await app.strapi.db.query('plugin::ppid.dip-submission').findMany({ where: { editionKey: current.documentId }, select: ['documentId', 'unitCode', 'state', 'returnedRows'] });
    const stage = async (code: string) => {
      const s = subs.find((x: any) => x.unitCode === code);
      return { stage: (await app.strapi.db.query(W).findOne({ where: { subjectType: 'dip-submission', subjectDocumentId: s.documentId } })).stage, returned: (s.returnedRows ?? []).length };
    };
    expect(subs.map((s: any) => s.unitCode).sort()).toEqual(['bidang-aptika', 'bidang-ikp', 'bidang-persandian', 'bidang-statistik', 'sekretariat']);
    expect(await stage('bidang-ikp')).toEqual({ stage: 'check', returned: 0 });
    expect((await stage('bidang-statistik')).stage).toBe('filling');
    expect(await stage('sekretariat')).toEqual({ stage: 'filling', returned: 0 });
  });

  it('dates the published items over the past two years: year filters, charts and the checker have a history', async () => {
    const { makeClock } = require(path.resolve(__dirname, '../../dist/src/demo/clock.js'));
    const { completedQuarters } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    const c = makeClock('Asia/Jakarta');
    const now = Date.now();
    const twoYears = 2 * 366 * 86_400_000;
    const published = await app.strapi.db.query('plugin::ppid.announcement').findMany({ where: { publishedAt: { $notNull: true } }, select: ['slug', 'publishedAt', 'updatedAt'] });
    const times = published.map((a: any) => Date.parse(new Date(a.publishedAt).toISOString()));
    expect(Math.max(...times)).toBeLessThan(now);
    expect(Math.min(...times)).toBeGreaterThan(now - twoYears);
    expect(Math.min(...times)).toBeLessThan(now - 600 * 86_400_000); // reaches well into the year before last
    // Every one of the last eight quarters has its berkala budget report, published after the quarter ended.
    const quarters = completedQuarters(c);
    expect(quarters).toHaveLength(8);
    for (const q of quarters) {
      const report = published.find((a: any) => a.slug === `laporan-realisasi-anggaran-triwulan-${q.quarter}-${q.year}`);
      expect([q.year, q.quarter, !!report]).toEqual([q.year, q.quarter, true]);
      expect(new Date(report.publishedAt).toISOString().slice(0, 10) > q.end).toBe(true);
    }
    // The public year filter finds last year's and the year before's announcements, each in its year.
    for (const year of [c.year, c.year - 1, c.year - 2]) {
      const res = await app.http().get(`/api/ppid/announcements?year=${year}&pageSize=100`);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeGreaterThan(year === c.year - 2 ? 0 : 3);
      for (const a of res.body.data) expect(new Date(new Date(a.publishedAt).getTime() + 7 * 3600_000).getUTCFullYear()).toBe(year);
    }
    // Published months per unit: at least twelve distinct months of publications (the charts' history).
    const months = new Set(times.map((t: number) => new Date(t).toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
    // DIP entries: last year's published in last year, before its edition was signed on 31 January.
    // (The entries the coverage test above made and published today start with "UJI-".)
    const dip = (await app.strapi.db.query('plugin::ppid.dip-entry').findMany({ where: { publishedAt: { $notNull: true } }, select: ['number', 'year', 'publishedAt'] })).filter((e: any) => !e.number.startsWith('UJI-'));
    expect(dip.length).toBeGreaterThan(15);
    for (const e of dip) {
      const day = new Date(new Date(e.publishedAt).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
      if (e.year === c.year - 1) expect(day < `${c.year - 1}-02-01` && day >= `${c.year - 1}-01-01`).toBe(true);
      else expect(day >= `${c.year}-01-01` && day < c.today).toBe(true);
    }
    // A backdated item does not read as modified: both versions carry the same timestamps.
    const banjir = await app.strapi.db.query('plugin::ppid.announcement').findMany({ where: { slug: 'peringatan-dini-banjir-sintang-melawi-kapuas-hulu' }, select: ['updatedAt', 'publishedAt'] });
    expect(banjir).toHaveLength(2);
    expect(new Set(banjir.map((r: any) => new Date(r.updatedAt).toISOString())).size).toBe(1);
  });

  it('gives the checker a sensible run on the demo', async () => {
    const result = await app.strapi.plugin('ppid').service('compliance-runs').runNow();
    expect(result).toMatchObject({ kind: 'manual' });
    const alerts = await app.strapi.db.query('plugin::ppid.compliance-alert').findMany({ where: { state: 'open' }, select: ['rule', 'subjectKey', 'severity', 'unitId'] });
    const byRule: Record<string, string[]> = {};
    for (const a of alerts) (byRule[a.rule] ??= []).push(`${a.severity} ${a.subjectKey}`);
    // eslint-disable-next-line no-console
    if (process.env.PPID_DEMO_ALERTS) require('fs').writeFileSync(process.env.PPID_DEMO_ALERTS, JSON.stringify(byRule, null, 2));
    // With the history: the profile (announced 190 days ago) is due for renewal, and nothing else
    // berkala is stale (the quarterly budget report is two weeks to three months old).
    expect(byRule['berkala-freshness']).toEqual([expect.stringMatching(/^warning unit:\d+:category:profil$/)]);
    // The tender's exclusion ends in 18 days (warning), the memo's ended 12 days ago (critical).
    expect((byRule['exclusion-expiry'] ?? []).map((a) => a.split(' ')[0]).sort()).toEqual(['critical', 'warning']);
    // Every publishing unit published within the checked months, every stage has an actor.
    for (const rule of ['content-minimum', 'monthly-upload', 'stage-without-actor', 'service-report']) expect([rule, byRule[rule] ?? []]).toEqual([rule, []]);
  });

  it("issued last year's annual service report as the PPID Utama before 31 March: public, and the checker's report rule quiet even in December", async () => {
    const { makeClock } = require(path.resolve(__dirname, '../../dist/src/demo/clock.js'));
    const c = makeClock('Asia/Jakarta');
    const year = c.year - 1;
    const rows = await app.strapi.db.query('plugin::ppid.service-report').findMany({ select: ['year', 'revision', 'state', 'issuedAt', 'signerPosition', 'signerName', 'reason'], populate: { agency: { select: ['code'] }, issuedBy: { select: ['email'] } } });
    const { PEOPLE, AGENCY_CODE } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    const utama = PEOPLE.find((p: any) => p.key === 'ppidUtama');
    // Signed with the name the PPID Utama's position assignment carries (services/request-documents.ts `signer`).
    const held = await app.strapi.db.query('plugin::ppid.position-assignment').findOne({ where: { position: 'ppid_utama', user: { email: utama.email } }, select: ['officialName'] });
    expect(rows).toEqual([
      expect.objectContaining({ year, revision: 1, state: 'current', reason: null, signerPosition: 'PPID Utama', signerName: held.officialName, agency: expect.objectContaining({ code: AGENCY_CODE }), issuedBy: expect.objectContaining({ email: utama.email }) }),
    ]);
    const issuedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(rows[0].issuedAt));
    expect(issuedOn >= `${c.year}-01-01` && issuedOn < `${c.year}-03-31` && issuedOn <= c.today).toBe(true);
    expect(new Date(rows[0].issuedAt).getTime()).toBeLessThanOrEqual(Date.now());

    // Public at once, with its figures and stored PDF.
    const pub = await app.http().get(`/api/ppid/service-reports/${year}`);
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({ year, revision: 1 });
    expect(pub.body.data.figures.requests.total).toBeGreaterThanOrEqual(6);
    const pdf = await app.http().get(`/api/ppid/service-reports/${year}.pdf`);
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);

    // The 31 March rule finds the report: nothing on 15 December, the critical alert without it.
    const { evaluate } = require(path.resolve(__dirname, '../../plugins/ppid/server/src/compliance/rules'));
    const { complianceSettings } = require(path.resolve(__dirname, '../../plugins/ppid/server/src/services/compliance-facts'));
    const december = new Date(`${c.year}-12-15T03:00:00Z`);
    const facts = await app.strapi.plugin('ppid').service('compliance-facts').gatherFacts(['service-report'], december);
    const ctx = { now: december, timezone: 'Asia/Jakarta', settings: complianceSettings(app.strapi), addWorking: () => december };
    expect(evaluate(['service-report'], facts, ctx)).toEqual([]);
    const without = evaluate(['service-report'], { ...facts, serviceReports: facts.serviceReports.filter((r: any) => r.year !== year) }, ctx);
    expect(without.map((f: any) => [f.rule, f.severity, f.title.id])).toEqual([['service-report', 'critical', expect.stringContaining(`laporan layanan informasi publik tahun ${year} terlambat`)]]);
  });

  it('has requests and objections at the desk: the PPID Pelaksana sees every state, with the tabs\' counts and the units to send one to', async () => {
    const { PEOPLE, UNITS } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    const { DEMO_STAFF_PASSWORD } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    const email = PEOPLE.find((p: any) => p.key === 'ppidPelaksana').email;
    const login = await app.http().post('/admin/login').send({ email, password: DEMO_STAFF_PASSWORD });
    expect(login.status).toBe(200);
    const as = (url: string) => app.http().get(url).set('Authorization', `Bearer ${login.body.data.token}`);

    // Not a super admin, and not a reader of the organisation: the desk gives what the panel needs.
    expect((await as('/ppid/organisation')).status).toBe(403);
    const all = await as('/ppid/requests?view=all&pageSize=100');
    expect(all.status).toBe(200);
    expect(all.body.meta.counts).toEqual({ open: 6, due_soon: 1, overdue: 1, incomplete: 1, answered: 7, all: 14 });
    expect(new Set(all.body.data.map((r: any) => r.state))).toEqual(new Set(['registered', 'checking', 'incomplete', 'closed', 'assigned', 'delivered']));
    expect(new Set(all.body.data.map((r: any) => r.outcome).filter(Boolean))).toEqual(new Set(['granted_full', 'granted_part', 'refused', 'not_held', 'held_elsewhere']));
    expect(all.body.data.filter((r: any) => r.extended).length).toBe(2);
    const overdue = (await as('/ppid/requests?view=overdue')).body.data;
    expect(overdue.map((r: any) => r.requesterName)).toEqual(['Agus Salim']);
    const detail = await as(`/ppid/requests/${overdue[0].documentId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data.holderUnit).toMatchObject({ code: 'bidang-aptika' });
    expect(detail.body.data.choices.units.map((u: any) => u.code).sort()).toEqual(UNITS.map((u: any) => u.code).sort());

    // Numbers follow the days of receipt within a year; each request and objection is under its workflow.
    const rows = await app.strapi.db.query('plugin::ppid.info-request').findMany({ select: ['documentId', 'year', 'sequence', 'receivedAt', 'signedAt', 'answeredOnTime'], orderBy: [{ receivedAt: 'asc' }] });
    for (const year of new Set(rows.map((r: any) => r.year))) {
      const seq = rows.filter((r: any) => r.year === year).map((r: any) => r.sequence);
      expect(seq).toEqual(seq.map((_: unknown, i: number) => i + 1));
    }
    expect(rows.filter((r: any) => r.signedAt).map((r: any) => r.answeredOnTime).sort()).toEqual([false, true, true, true, true, true, true]);
    const W = 'plugin::ppid.workflow-instance';
    expect(await app.strapi.db.query(W).count({ where: { subjectType: 'info-request' } })).toBe(14);
    const objections = await as('/ppid/objections');
    expect(objections.body.meta.counts).toMatchObject({ all: 2, decided: 1, examining: 1 });
    expect(await app.strapi.db.query(W).count({ where: { subjectType: 'objection' } })).toBe(2);
    // Last year's annual report has figures: six requests are dated in it by calendar day (February to
    // November); the ones dated in working days before today join them early in a year.
    const year = new Date().getUTCFullYear() - 1;
    const report = await as(`/ppid/reports/service/${year}`);
    expect(report.status).toBe(200);
    const figures = report.body.data;
    expect(figures.requests.total).toBeGreaterThanOrEqual(6);
    for (const key of ['closedIncomplete', 'extended', 'late']) expect([key, figures.requests[key] >= 1]).toEqual([key, true]);
    expect(figures.requests.onTime).toBeGreaterThanOrEqual(4);
    expect(figures.requests.byOutcome.granted_full).toBeGreaterThanOrEqual(3);
    expect(figures.requests.byOutcome.granted_part).toBeGreaterThanOrEqual(1);
    expect(figures.requests.refusalsByArticle.b).toBeGreaterThanOrEqual(1);
    expect(figures.objections.byDecision.upheld_in_part).toBeGreaterThanOrEqual(1);
  });

  it('printed every demo login at first start and lets each of them in', async () => {
    const { PEOPLE } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    const { DEMO_STAFF_PASSWORD } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    // eslint-disable-next-line no-console
    if (process.env.PPID_DEMO_LOG) require('fs').writeFileSync(process.env.PPID_DEMO_LOG, printed);
    for (const p of PEOPLE) expect(printed).toContain(p.email);
    expect(printed).toMatch(/\| Position +\| Unit +\| Name +\| E-mail +\| Password +\|/);
    expect(printed).toContain('demo.admin@ppid.local');
    for (const p of PEOPLE) {
      const res = await app.http().post('/admin/login').send({ email: p.email, password: DEMO_STAFF_PASSWORD });
      expect([p.email, res.status]).toEqual([p.email, 200]);
    }
  });

  it('creates the admin login from the environment', async () => {
    const res = await app.http().post('/admin/login').send({ email: 'demo.admin@ppid.local', password: 'Demo-Rahasia-42' });
    expect(res.status).toBe(200);
    expect(res.body.data.token).toEqual(expect.any(String));
  });

  it('seeds idempotently', async () => {
    const before = await counts();
    const users = await app.strapi.db.query('admin::user').count();
    const { seedDemo } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    await seedDemo(app.strapi);
    expect(await counts()).toEqual(before);
    expect(await app.strapi.db.query('admin::user').count()).toBe(users);
  });
});
