/**
 * The compliance checker on a real app: the rules find what the SOPs require and is missing, a
 * second run changes nothing, a condition that clears resolves its alert, each window runs once
 * (and is taken over when its holder died), a missed daily window is caught up at start, the daily
 * digest is one mail per person, and the admin routes answer bad input with 400.
 */
import { boot, adminSession, type Booted } from '../helpers/strapi';
import { announcementData, category, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { assign, person, type Staff } from '../helpers/workflow';

const ALERT = 'plugin::ppid.compliance-alert';
const RUN = 'plugin::ppid.compliance-run';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let root: Awaited<ReturnType<typeof adminSession>>;
let kabid: Staff, subKoordinator: Staff, kepala: Staff, ketua: Staff, sekretaris: Staff;
const service = () => app.strapi.plugin('ppid').service('compliance-runs');
// A fixed clock: Wednesday 10 June 2026, 09:00 in Jakarta.
const NOW = new Date('2026-06-10T02:00:00.000Z');

const open = async (rule?: string) =>
  (await app.strapi.db.query(ALERT).findMany({ where: { state: { $in: ['open', 'acknowledged'] }, ...(rule ? { rule } : {}) }, orderBy: [{ id: 'asc' }] })) as any[];

beforeAll(async () => {
  app = await boot('compliance');
  units = await unitTree(app.strapi);
  root = await adminSession(app);
  [kabid, subKoordinator, kepala, ketua, sekretaris] = await Promise.all(['Kabid', 'Subkoor', 'Kepala', 'Ketua', 'Sekretaris'].map((n) => person(app, n)));
  await assign(app, sekretaris, 'sekretaris', units.agency.documentId);
  await assign(app, kabid, 'kabid', units.ikp.documentId);
  await assign(app, subKoordinator, 'sub_koordinator', units.ikp.documentId);
  await assign(app, kepala, 'kepala', units.agency.documentId);
  await assign(app, ketua, 'ketua_ppid', units.agency.documentId);
});
afterAll(async () => {
  await app?.stop();
});

describe(`compliance checker (${TEST_DB})`, () => {
  it('finds every missing obligation of a new agency, once per rule and subject', async () => {
    const result = await service().runNow({ now: NOW });
    expect(result).toMatchObject({ kind: 'manual', opened: result.findings, resolved: 0 });
    const alerts = await open();
    const byRule = (rule: string) => alerts.filter((a) => a.rule === rule).map((a) => a.subjectKey).sort();
    const ids = [units.agency, units.ikp, units.seksi, units.stat].map((u: any) => u.id);
    const unitIds = await Promise.all(ids.map(async (_, i) => (await app.strapi.db.query('plugin::ppid.unit').findOne({ where: { documentId: [units.agency, units.ikp, units.seksi, units.stat][i].documentId } })).id));
    const [agencyId] = unitIds;
    expect(byRule('content-minimum')).toEqual(unitIds.map((id) => `unit:${id}`).sort());
    // One website plan per agency and quarter (web SOP A1), addressed where the website's Sub Koordinator sits.
    expect(byRule('content-plan')).toEqual([`agency:${agencyId}:2026-Q2`]);
    expect(alerts.find((a) => a.rule === 'content-plan')).toMatchObject({ unitId: unitIds[1], recipients: ['sub_koordinator', 'kabid'] });
    // C1 goes to the Koordinator: the Kepala Bidang of the unit where the website's Sub Koordinator sits.
    expect(alerts.find((a) => a.rule === 'evaluation-coordinator')).toMatchObject({ unitId: unitIds[1], recipients: ['kabid'] });
    expect(byRule('monthly-upload')).toEqual([`agency:${agencyId}`]);
    expect(byRule('evaluation-coordinator')).toEqual([`agency:${agencyId}`]);
    expect(byRule('evaluation-head')).toEqual([`agency:${agencyId}`]);
    expect(byRule('dip-edition')).toEqual([`agency:${agencyId}:2026`]);
    expect(byRule('service-report')).toEqual([`agency:${agencyId}:2026`]);
    expect(alerts.find((a) => a.rule === 'service-report')).toMatchObject({ severity: 'critical', title: { en: 'Dinas Kominfo Uji: the 2025 public information service report is overdue (due 2026-03-31)' } });
    expect(alerts.find((a) => a.rule === 'monthly-upload').title.en).toBe('Dinas Kominfo Uji: no content uploaded in 2026-05');
    expect(alerts.every((a) => a.state === 'open' && a.openKey === `${a.rule}|${a.subjectKey}`)).toBe(true);
  });

  it('is idempotent: a second run opens nothing and keeps the same alerts', async () => {
    const before = await open();
    const again = await service().runNow({ now: new Date(NOW.getTime() + 60_000) });
    expect(again).toMatchObject({ opened: 0, updated: 0, resolved: 0, findings: before.length });
    const after = await open();
    expect(after.map((a) => [a.id, a.firstSeenAt])).toEqual(before.map((a) => [a.id, a.firstSeenAt]));
    expect(after.every((a) => new Date(a.lastSeenAt).getTime() === NOW.getTime() + 60_000)).toBe(true);
  });

  it('resolves an alert when its condition clears, and opens a new one when it returns', async () => {
    const ikpId = (await app.strapi.db.query('plugin::ppid.unit').findOne({ where: { code: 'bidang-ikp' } })).id;
    const item = await create(app.strapi, 'announcement', announcementData({ slug: 'terbit-ikp', unit: units.ikp.documentId }), true);
    // Published the day before the fixed clock (the publication time is set on the published row).
    await app.strapi.db.query('plugin::ppid.announcement').updateMany({ where: { documentId: item.documentId, publishedAt: { $notNull: true } }, data: { publishedAt: new Date('2026-06-09T03:00:00.000Z') } });
    const later = new Date(NOW.getTime() + 120_000);
    await service().runNow({ now: later });
    const gone = await app.strapi.db.query(ALERT).findOne({ where: { rule: 'content-minimum', subjectKey: `unit:${ikpId}` }, orderBy: [{ id: 'desc' }] });
    expect(gone).toMatchObject({ state: 'resolved', openKey: null });
    expect(new Date(gone.resolvedAt).getTime()).toBe(later.getTime());
    // Four months later the unit is quiet again: a new alert, the old one stays resolved.
    const quiet = new Date(later.getTime() + 124 * 86_400_000);
    await service().runNow({ now: quiet });
    const rows = await app.strapi.db.query(ALERT).findMany({ where: { rule: 'content-minimum', subjectKey: `unit:${ikpId}` }, orderBy: [{ id: 'asc' }] });
    expect(rows.map((r: any) => r.state)).toEqual(['resolved', 'open']);
    expect(rows[1].title.en).toBe('Bidang IKP: nothing published in the last 3 months (last on 2026-06-09)');
    await app.strapi.plugin('ppid').service('workflow').asSystem(() => app.strapi.documents('plugin::ppid.announcement').unpublish({ documentId: item.documentId }));
  });

  it('runs each schedule window once; a window whose holder died is taken over', async () => {
    const window = service().daily(NOW);
    expect(window.key).toBe('daily:2026-06-10');
    const first = await service().runWindow(window, NOW);
    const second = await service().runWindow(window, NOW);
    expect(first.skipped).toBeUndefined();
    expect(second).toMatchObject({ skipped: true });
    expect(await app.strapi.db.query(RUN).count({ where: { windowKey: window.key } })).toBe(1);
    expect(await app.strapi.db.query(RUN).findOne({ where: { windowKey: window.key } })).toMatchObject({ state: 'done', kind: 'daily' });

    // Another instance claimed yesterday's window and died: its lease has run out.
    const stale = service().daily(new Date(NOW.getTime() - 86_400_000));
    await app.strapi.db.query(RUN).create({ data: { windowKey: stale.key, kind: 'daily', state: 'running', holder: 'dead-host:1', lockedUntil: new Date(NOW.getTime() - 1000), startedAt: new Date(NOW.getTime() - 3_600_000), checkedAt: new Date(NOW.getTime() - 3_600_000) } });
    const taken = await service().runWindow(stale, NOW);
    expect(taken.skipped).toBeUndefined();
    expect(await app.strapi.db.query(RUN).findOne({ where: { windowKey: stale.key } })).toMatchObject({ state: 'done', holder: service().holder });
    // A live lease is left alone.
    const live = service().daily(new Date(NOW.getTime() - 2 * 86_400_000));
    await app.strapi.db.query(RUN).create({ data: { windowKey: live.key, kind: 'daily', state: 'running', holder: 'busy-host:2', lockedUntil: new Date(NOW.getTime() + 60_000), startedAt: NOW, checkedAt: NOW } });
    expect(await service().runWindow(live, NOW)).toMatchObject({ skipped: true });
  });

  it('mails one digest per responsible person per day, through the outbox', async () => {
    // Earlier daily windows of this suite (10 June, 9 June) sent their own digests: look at 11 June's.
    const outbox = () => app.strapi.db.query('plugin::ppid.notification').findMany({ where: { template: 'compliance-digest', dedupeKey: { $startsWith: 'compliance-digest:2026-06-11:' } } });
    const day = new Date('2026-06-11T00:30:00.000Z'); // 07:30 in Jakarta
    const result = await service().runWindow(service().daily(day), day);
    expect(result.digests).toBeGreaterThan(0);
    const mails = await outbox();
    const recipients = mails.map((m: any) => m.email).sort();
    // The Sekretaris too: the fixture's units have stages nobody can act at (no Fungsional, no Operator).
    expect(recipients).toEqual([kabid.email, kepala.email, ketua.email, sekretaris.email, subKoordinator.email].sort());
    const forSekretaris = mails.find((m: any) => m.email === sekretaris.email);
    expect(forSekretaris.payload.items.map((i: any) => i.title.en)).toEqual(expect.arrayContaining([expect.stringContaining('nobody holds the position for stage "Drafting"')]));
    const forKabid = mails.find((m: any) => m.email === kabid.email);
    expect(forKabid.payload.items.map((i: any) => i.title.en)).toEqual(expect.arrayContaining(["Dinas Kominfo Uji: no Koordinator's 6-monthly evaluation yet"]));
    const forKepala = mails.find((m: any) => m.email === kepala.email);
    expect(forKepala.payload.items.map((i: any) => i.title.en)).not.toContain("Dinas Kominfo Uji: no Koordinator's 6-monthly evaluation yet");
    const forKetua = mails.find((m: any) => m.email === ketua.email);
    expect(forKetua.dedupeKey).toBe(`compliance-digest:2026-06-11:${ketua.id}`);
    expect(forKetua.payload.items.map((i: any) => i.severity)[0]).toBe('critical'); // worst first
    expect(forKetua.payload.items.map((i: any) => i.title.en)).toEqual(expect.arrayContaining([expect.stringContaining('DIP has not been enacted')]));
    // The same day again (a manual run with digest): no second mail.
    await service().runNow({ now: day, digest: true });
    expect((await outbox()).length).toBe(mails.length);
  });

  it('flags items overdue at their stage and escalates them after a working day', async () => {
    const doc = (await create(app.strapi, 'announcement', announcementData({ slug: 'lambat', title: 'Pengumuman yang lambat', unit: units.ikp.documentId }))).documentId;
    const user = await app.strapi.plugin('ppid').service('workflow-people').loadUser(kabid.id);
    await app.strapi.plugin('ppid').service('workflow-views').view('announcement', doc, user); // starts its workflow: disposition, due in 15 working minutes
    const inst = await app.strapi.db.query('plugin::ppid.workflow-instance').findOne({ where: { subjectDocumentId: doc } });
    const due = new Date(inst.dueAt);
    const justAfter = new Date(due.getTime() + 60_000);
    const pass = await service().runWindow(service().sla(justAfter), justAfter);
    expect(pass.rules).toEqual(['sla-overdue', 'serta-merta-retro']);
    const [alert] = (await open('sla-overdue')).filter((a) => a.subjectKey === `announcement:${doc}:disposition`);
    expect(alert).toMatchObject({ severity: 'warning', recipients: ['kabid'], title: { en: 'Overdue at stage Disposition: Pengumuman yang lambat' } });
    // Two working days later: critical, and the Sekretaris (above the Kabid) is told.
    const twoDays = new Date(due.getTime() + 4 * 86_400_000);
    await service().runWindow(service().sla(twoDays), twoDays);
    const escalated = await app.strapi.db.query(ALERT).findOne({ where: { id: alert.id } });
    expect(escalated).toMatchObject({ state: 'open', severity: 'critical', recipients: ['kabid', 'sekretaris'] });
    expect(escalated.details).toMatchObject({ escalated: true, escalatedTo: 'sekretaris' });
    // The Sekretaris is told at once, one mail for this overdue step, however many passes see it.
    const mails = () => app.strapi.db.query('plugin::ppid.notification').findMany({ where: { template: 'sla-escalated' } });
    await service().runWindow(service().sla(new Date(twoDays.getTime() + 300_000)), new Date(twoDays.getTime() + 300_000));
    const sent = await mails();
    expect(sent.map((m: any) => [m.email, m.dedupeKey])).toEqual([[sekretaris.email, `sla-escalated:announcement:${doc}:disposition:${sekretaris.id}`]]);
    expect(sent[0].payload).toMatchObject({ title: 'Pengumuman yang lambat', unitName: 'Bidang IKP', stageName: { en: 'Disposition' } });
    expect(sent[0].subject).toBe('[PPID] Terlambat, dieskalasi kepada Anda: Pengumuman yang lambat');
    // The SLA pass leaves the daily rules' alerts alone.
    expect((await open('dip-edition')).length).toBe(1);
    // Acted on: the alert resolves at the next pass.
    const drafter = await person(app, 'Penyusun');
    await assign(app, drafter, 'fungsional', units.ikp.documentId);
    const res = await kabid.as('post', `/ppid/workflow/items/announcement/${doc}/transitions`).send({ transition: 'disposition->drafting:forward', revision: 1, assignee: drafter.id, agendaNumber: '005/IKP/2026' });
    expect(res.status).toBe(200);
    await service().runWindow(service().sla(new Date(twoDays.getTime() + 900_000)), new Date(twoDays.getTime() + 900_000));
    expect((await app.strapi.db.query(ALERT).findOne({ where: { id: alert.id } })).state).toBe('resolved');
  });

  it('the service-report rule reads the issued reports: an announcement in the old category clears nothing, last year’s issued report does', async () => {
    const agencyId = (await app.strapi.db.query('plugin::ppid.unit').findOne({ where: { code: 'kominfo-uji' } })).id;
    const current = () => app.strapi.db.query(ALERT).findOne({ where: { rule: 'service-report', subjectKey: `agency:${agencyId}:2026`, state: { $in: ['open', 'acknowledged'] } } });
    // What the rule used to take for the report: a berkala announcement in "laporan-akses-informasi" this year.
    const report = await category(app.strapi, 'laporan-akses-informasi');
    const item = await create(app.strapi, 'announcement', announcementData({ slug: 'laporan-akses-2025', infoClass: 'berkala', berkalaCategory: report.documentId, unit: units.agency.documentId }), true);
    await app.strapi.db.query('plugin::ppid.announcement').updateMany({ where: { documentId: item.documentId, publishedAt: { $notNull: true } }, data: { publishedAt: new Date('2026-03-20T03:00:00.000Z') } });
    const at = new Date('2026-06-13T02:00:00.000Z'); // Saturday 13 June 2026, 09:00 WIB
    await service().runNow({ now: at });
    expect(await current()).toMatchObject({ severity: 'critical', details: { year: 2025, dueBy: '2026-03-31' } });
    // The Ketua PPID issues the 2025 report (on the suite's clock; the route is tested in service-reports.test.ts).
    const issued = await app.strapi.plugin('ppid').service('service-reports').issue({ id: ketua.id, firstname: 'Ketua' }, 2025, {}, at);
    expect(issued).toMatchObject({ year: 2025, revision: 1, state: 'current', agency: { code: 'kominfo-uji' } });
    const later = new Date(at.getTime() + 60_000);
    await service().runNow({ now: later });
    expect(await current()).toBeNull();
    expect(await app.strapi.db.query(ALERT).findOne({ where: { rule: 'service-report', subjectKey: `agency:${agencyId}:2026` }, orderBy: [{ id: 'desc' }] })).toMatchObject({ state: 'resolved', openKey: null });
    await app.strapi.plugin('ppid').service('workflow').asSystem(() => app.strapi.documents('plugin::ppid.announcement').unpublish({ documentId: item.documentId }));
  });
});

describe(`compliance admin routes (${TEST_DB})`, () => {
  it('lists alerts with filters and pagination, worst first', async () => {
    const res = await root.as('get', '/ppid/compliance/alerts?pageSize=5');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 5 });
    expect(res.body.data.length).toBeLessThanOrEqual(5);
    expect(res.body.data[0]).toEqual(
      expect.objectContaining({ id: expect.any(Number), rule: expect.any(String), severity: expect.any(String), state: expect.any(String), title: { id: expect.any(String), en: expect.any(String) } })
    );
    const dip = await root.as('get', '/ppid/compliance/alerts?rule=dip-edition');
    expect(dip.body.data).toHaveLength(1);
    expect(dip.body.data[0]).toMatchObject({ rule: 'dip-edition', severity: 'critical', unit: { code: 'kominfo-uji' }, scope: 'agency' });
    const byUnit = await root.as('get', '/ppid/compliance/alerts?unit=bidang-statistik&rule=content-minimum');
    expect(byUnit.body.data.map((a: any) => a.unit.code)).toEqual(['bidang-statistik']);
    const plan = await root.as('get', '/ppid/compliance/alerts?unit=bidang-ikp&rule=content-plan');
    expect(plan.body.data.map((a: any) => a.unit.code)).toEqual(['bidang-ikp']);
    expect((await root.as('get', '/ppid/compliance/alerts?unit=tidak-ada')).body.data).toEqual([]);
  });

  it('acknowledges an open alert once; it stays current but leaves the digest', async () => {
    const [alert] = (await root.as('get', '/ppid/compliance/alerts?rule=monthly-upload')).body.data;
    const ack = await root.as('post', `/ppid/compliance/alerts/${alert.id}/acknowledge`).send({ note: 'Operator sedang cuti, unggahan menyusul.' });
    expect(ack.status).toBe(200);
    expect(ack.body.data).toMatchObject({ id: alert.id, state: 'acknowledged', acknowledgedNote: 'Operator sedang cuti, unggahan menyusul.' });
    const twice = await root.as('post', `/ppid/compliance/alerts/${alert.id}/acknowledge`).send({});
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toBe(`Alert ${alert.id} is acknowledged: only an open alert can be acknowledged`);
    expect((await root.as('post', '/ppid/compliance/alerts/999999/acknowledge').send({})).status).toBe(404);
    expect((await root.as('post', '/ppid/compliance/alerts/abc/acknowledge').send({})).status).toBe(400);
    // Still counted as current by the next run (not re-opened as a new alert).
    await service().runNow({ now: new Date('2026-06-12T02:00:00.000Z') });
    expect((await app.strapi.db.query(ALERT).findOne({ where: { id: alert.id } })).state).toBe('acknowledged');
  });

  it('runs on demand and reports; refuses bad input with 400 and changes nothing', async () => {
    const runs = await app.strapi.db.query(RUN).count();
    for (const [url, message] of [
      ['/ppid/compliance/alerts?state=bogus', '"state" is one of open, acknowledged, resolved, all'],
      ['/ppid/compliance/alerts?pageSize=1000', '"pageSize" must be at most 100'],
      ['/ppid/compliance/alerts?populate=*', 'Unknown query parameter "populate"'],
      ['/ppid/compliance/alerts?rule=nope', expect.stringContaining('"rule" is one of content-minimum')],
    ] as const) {
      const res = await root.as('get', url);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message } });
    }
    const bad = await root.as('post', '/ppid/compliance/run').send({ force: true });
    expect(bad.status).toBe(400);
    expect(await app.strapi.db.query(RUN).count()).toBe(runs);
    const ok = await root.as('post', '/ppid/compliance/run').send({});
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ kind: 'manual', rules: expect.arrayContaining(['content-minimum', 'sla-overdue']) });
    const summary = await root.as('get', '/ppid/compliance/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.data.runs[0]).toMatchObject({ kind: 'manual', state: 'done' });
    expect(summary.body.data.schedule).toMatchObject({ enabled: false, dailyAt: '07:00', timezone: 'Asia/Jakarta', slaIntervalMinutes: 5 });
  });

  it('needs the plugin permissions: Editors read, only managers run or acknowledge', async () => {
    const editor = await person(app, 'Editor');
    expect((await editor.as('get', '/ppid/compliance/alerts')).status).toBe(200);
    expect((await editor.as('post', '/ppid/compliance/run').send({})).status).toBe(403);
    expect((await app.http().get('/ppid/compliance/alerts')).status).toBe(401);
  });
});

describe(`compliance schedule (${TEST_DB})`, () => {
  it('schedules its jobs only when enabled, catches up the missed daily window once the server listens, removes the jobs on destroy', async () => {
    const names = () => (app.strapi.cron.jobs as any[]).map((j) => j.name);
    expect(names()).not.toContain('ppid-compliance-daily');
    await app.stop({ keepDatabase: true });
    app = await boot('compliance', { PPID_COMPLIANCE: 'true', PPID_NOTIFICATIONS: 'false' }, app.db);
    const window = app.strapi.plugin('ppid').service('compliance-runs').daily(new Date());
    // Nothing runs before the server listens (bootstraps, e.g. a demo seed, may still be writing).
    await new Promise((r) => setTimeout(r, 300));
    expect(await app.strapi.db.query(RUN).findOne({ where: { windowKey: window.key } })).toBeNull();
    await app.listen();
    // The catch-up runs right after the boot: today's (or yesterday's) window has no run yet.
    let run: any = null;
    for (let i = 0; i < 100 && !(run && run.state === 'done'); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      run = await app.strapi.db.query(RUN).findOne({ where: { windowKey: window.key } });
    }
    expect(run).toMatchObject({ state: 'done', kind: 'daily' });
    expect(names()).toEqual(expect.arrayContaining(['ppid-compliance-daily', 'ppid-compliance-sla']));
    const daily = (app.strapi.cron.jobs as any[]).find((j) => j.name === 'ppid-compliance-daily');
    expect(daily.options).toMatchObject({ rule: '0 7 * * *', tz: 'Asia/Jakarta' });
    await app.strapi.plugin('ppid').service('compliance-runs').stop();
    expect(names()).not.toContain('ppid-compliance-daily');
    expect(names()).not.toContain('ppid-compliance-sla');
  });
});
