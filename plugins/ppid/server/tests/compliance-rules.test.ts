/**
 * The compliance rules at their boundaries, with a fixed clock: the agency's time zone (an instant
 * that is still yesterday in UTC), month ends (31 May minus 3 months), leap years (29 February),
 * quarter starts, due dates (31 January, 31 March) and the SLA escalation delay in working time.
 * Plus the alert diff, the digest grouping and the schedule windows.
 */
import { alertRecipients, diffAlerts, digestByPerson, openKey } from '../src/compliance/alerts';
import { dateThisYear, emptyFacts, evaluate, lastMonth, monthsBefore, quarterOf, rootsOf, RULE_FUNCTIONS, type Facts, type RuleContext } from '../src/compliance/rules';
import { cronRules, dailyWindow, slaWindow } from '../src/compliance/schedule';
import { DEFAULT_COMPLIANCE, legacyComplianceWarnings, RULES, validateComplianceSettings, type ComplianceSettings } from '../src/compliance/settings';
import { createClock } from '../src/workflow/clock';
import pluginConfig from '../src/config';

const TZ = 'Asia/Jakarta';
/** A local Jakarta wall time as an instant. */
const wib = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const clock = createClock({ timezone: TZ, officeHours: { start: '08:00', end: '16:00' }, holidays: true, extraHolidays: [] });
const ctx = (now: Date, over: Partial<ComplianceSettings['rules']> = {}): RuleContext => ({
  now,
  timezone: TZ,
  settings: { ...DEFAULT_COMPLIANCE, rules: { ...DEFAULT_COMPLIANCE.rules, ...over } },
  addWorking: (s, a, u) => clock.addWorking(s, a, u),
});
const agency = { id: 1, code: 'dinas', name: 'Dinas', parentId: null, publishes: true, active: true };
const ikp = { id: 2, code: 'ikp', name: 'Bidang IKP', parentId: 1, publishes: true, active: true };
const quiet = { id: 3, code: 'umum', name: 'Subbag Umum', parentId: 1, publishes: false, active: true };
const facts = (over: Partial<Facts> = {}): Facts => ({ ...emptyFacts(), units: [agency, ikp, quiet], ...over });
const run = (rule: keyof typeof RULE_FUNCTIONS, f: Facts, c: RuleContext) => RULE_FUNCTIONS[rule](f, c);
const keys = (findings: { subjectKey: string }[]) => findings.map((x) => x.subjectKey);

describe('calendar helpers in the agency time zone', () => {
  it('goes back calendar months the way a calendar does, month ends and leap years included', () => {
    expect(monthsBefore(wib('2026-05-31T10:00:00'), 3, TZ)).toEqual(wib('2026-02-28T10:00:00'));
    expect(monthsBefore(wib('2028-05-31T10:00:00'), 3, TZ)).toEqual(wib('2028-02-29T10:00:00'));
    expect(monthsBefore(wib('2028-08-29T10:00:00'), 6, TZ)).toEqual(wib('2028-02-29T10:00:00'));
    expect(monthsBefore(wib('2026-08-31T00:30:00'), 6, TZ)).toEqual(wib('2026-02-28T00:30:00'));
  });

  it('reads quarters and last month locally: 1 July 00:30 WIB is already Q3 although UTC is still 30 June', () => {
    const now = wib('2026-07-01T00:30:00');
    expect(now.toISOString()).toBe('2026-06-30T17:30:00.000Z');
    expect(quarterOf(now, TZ)).toMatchObject({ year: 2026, quarter: 3 });
    expect(lastMonth(now, TZ)).toEqual({ start: wib('2026-06-01T00:00:00'), end: wib('2026-07-01T00:00:00'), label: '2026-06' });
    expect(lastMonth(wib('2026-01-15T12:00:00'), TZ).label).toBe('2025-12');
  });

  it('places "MM-DD" in the current year, 29 February falling back to the 28th', () => {
    expect(dateThisYear(wib('2026-06-01T00:00:00'), '03-31', TZ)).toBe('2026-03-31');
    expect(dateThisYear(wib('2027-06-01T00:00:00'), '02-29', TZ)).toBe('2027-02-28');
    expect(dateThisYear(wib('2028-06-01T00:00:00'), '02-29', TZ)).toBe('2028-02-29');
  });

  it('finds the agency of every unit', () => {
    expect([...rootsOf([agency, ikp, { ...quiet, parentId: 2 }])]).toEqual([[1, 1], [2, 1], [3, 1]]);
  });
});

describe('content minimum (web SOP A1: every publishing unit, every rolling 3 months)', () => {
  const now = wib('2026-05-31T09:00:00');
  it('is met by a publication exactly 3 calendar months ago and missed one second earlier', () => {
    const edge = wib('2026-02-28T09:00:00');
    expect(keys(run('content-minimum', facts({ lastPublished: [{ unitId: 1, at: edge }, { unitId: 2, at: new Date(edge.getTime() - 1000) }] }), ctx(now)))).toEqual(['unit:2']);
  });
  it('names units that never published, leaves non-publishing and inactive units alone', () => {
    const findings = run('content-minimum', facts({ units: [agency, ikp, quiet, { ...ikp, id: 4, code: 'lama', active: false }] }), ctx(now));
    expect(keys(findings)).toEqual(['unit:1', 'unit:2']);
    expect(findings[1]).toMatchObject({ severity: 'warning', scope: 'unit', recipients: ['kabid', 'sub_koordinator'], title: { en: 'Bidang IKP: nothing published in the last 12 months' } });
  });
  it('looks back four times the window to say when the unit last published', () => {
    expect(require('../src/compliance/rules').lookbackOf(DEFAULT_COMPLIANCE, 'content-minimum')).toBe(12);
    expect(require('../src/compliance/rules').lookbackOf(DEFAULT_COMPLIANCE, 'berkala-freshness')).toBe(24);
  });
  it('takes the threshold from the settings', () => {
    const f = facts({ lastPublished: [{ unitId: 1, at: wib('2026-01-15T00:00:00') }, { unitId: 2, at: wib('2026-01-15T00:00:00') }] });
    expect(run('content-minimum', f, ctx(now, { 'content-minimum': { enabled: true, months: 6 } }))).toEqual([]);
  });
});

describe('content plan (one signed website plan per agency and quarter, rows per unit)', () => {
  it('starts asking graceDays into the quarter, in local time; a plan of any unit of the agency covers it', () => {
    expect(run('content-plan', facts({ plannedUnits: [1] }), ctx(wib('2026-07-08T00:00:00')))).toEqual([]);
    expect(run('content-plan', facts({ plannedUnits: [2] }), ctx(wib('2026-07-08T00:00:00')))).toEqual([]);
    const f = facts({ websiteDesks: [2] });
    expect(run('content-plan', f, ctx(wib('2026-07-07T23:59:00')))).toEqual([]);
    const late = run('content-plan', f, ctx(wib('2026-07-08T00:00:00')));
    expect(late).toEqual([
      expect.objectContaining({ subjectKey: 'agency:1:2026-Q3', unitId: 2, scope: 'unit', recipients: ['sub_koordinator', 'kabid'], title: expect.objectContaining({ en: 'Dinas: no signed website content plan for Q3 2026' }) }),
    ]);
    expect(keys(run('content-plan', f, ctx(wib('2026-07-01T00:00:00'), { 'content-plan': { enabled: true, graceDays: 0 } })))).toEqual(['agency:1:2026-Q3']);
  });
  it('with no website Sub Koordinator recorded, asks the agency and its head', () => {
    expect(run('content-plan', facts(), ctx(wib('2026-07-08T00:00:00')))[0]).toMatchObject({ unitId: 1, scope: 'agency', recipients: ['sub_koordinator', 'kepala'] });
  });
});

describe('monthly upload (web SOP A2)', () => {
  it('checks the last full month, per agency, counting uploads of every unit below it', () => {
    const now = wib('2026-03-01T07:00:00');
    expect(keys(run('monthly-upload', facts(), ctx(now)))).toEqual(['agency:1']);
    expect(run('monthly-upload', facts(), ctx(now))[0].title.en).toBe('Dinas: no content uploaded in 2026-02');
    expect(run('monthly-upload', facts({ uploadsLastMonth: [{ unitId: 3, count: 2 }] }), ctx(now))).toEqual([]);
  });
});

describe('berkala freshness (UU 14/2008 Pasal 9: renewed every 6 months)', () => {
  it('flags a unit and category whose latest announcement is older than 6 months, leap day included', () => {
    const now = wib('2028-08-29T10:00:00');
    const row = (code: string, at: Date) => ({ unitId: 2, categoryCode: code, categoryName: code, at });
    const f = facts({ berkala: [row('laporan-keuangan', wib('2028-02-29T10:00:00')), row('kinerja', wib('2028-02-29T09:59:59'))] });
    expect(keys(run('berkala-freshness', f, ctx(now)))).toEqual(['unit:2:category:kinerja']);
  });
});

describe('SLA overdue and escalation (working time)', () => {
  const item = { type: 'announcement', documentId: 'd1', title: 'Jadwal', unitId: 2, stage: 'review_kabid', stageName: { id: 'Pemeriksaan', en: 'Review' }, actor: 'kabid' as const };
  it('is overdue right after the due time, escalates to the position above one working day later', () => {
    const dueAt = wib('2026-06-12T15:00:00'); // Friday 15:00
    expect(run('sla-overdue', facts({ overdue: [{ ...item, dueAt }] }), ctx(dueAt))).toEqual([]);
    const warn = run('sla-overdue', facts({ overdue: [{ ...item, dueAt }] }), ctx(wib('2026-06-12T15:01:00')));
    expect(warn[0]).toMatchObject({ severity: 'warning', recipients: ['kabid'], subjectKey: 'announcement:d1:review_kabid' });
    // One working day after Friday 15:00 is Monday 15:00 (the weekend does not count).
    expect(run('sla-overdue', facts({ overdue: [{ ...item, dueAt }] }), ctx(wib('2026-06-15T14:59:00')))[0].severity).toBe('warning');
    const up = run('sla-overdue', facts({ overdue: [{ ...item, dueAt }] }), ctx(wib('2026-06-15T15:00:00')));
    expect(up[0]).toMatchObject({ severity: 'critical', recipients: ['kabid', 'sekretaris'], details: { escalated: true, escalatedTo: 'sekretaris' } });
    expect(up[0].title.en).toBe('Overdue at stage Review: Jadwal (escalated to sekretaris)');
  });
  it('skips national holidays when counting the escalation delay (17 August 2026)', () => {
    const dueAt = wib('2026-08-14T15:00:00'); // Friday before Independence Day (Monday)
    const f = facts({ overdue: [{ ...item, dueAt }] });
    expect(run('sla-overdue', f, ctx(wib('2026-08-17T15:00:00')))[0].severity).toBe('warning');
    expect(run('sla-overdue', f, ctx(wib('2026-08-18T15:00:00')))[0].severity).toBe('critical');
  });
});

describe('evaluations (web SOP C)', () => {
  it("wants the Koordinator's evaluation within 6 months plus grace, the head's within a month plus grace", () => {
    const now = wib('2026-07-15T08:00:00');
    const f = (coordinator: string, head: string) =>
      facts({ evaluations: [{ unitId: 2, kind: 'coordinator_semiannual', periodEnd: coordinator }, { unitId: null, kind: 'head_monthly', periodEnd: head }] });
    // 15 July - 6 months - 14 days = 1 January; - 1 month - 7 days = 8 June.
    expect(run('evaluation-coordinator', f('2026-01-01', '2026-06-08'), ctx(now))).toEqual([]);
    expect(run('evaluation-head', f('2026-01-01', '2026-06-08'), ctx(now))).toEqual([]);
    expect(keys(run('evaluation-coordinator', f('2025-12-31', '2026-06-08'), ctx(now)))).toEqual(['agency:1']);
    const head = run('evaluation-head', f('2026-01-01', '2026-06-07'), ctx(now));
    expect(head[0]).toMatchObject({ scope: 'agency', recipients: ['kepala'] });
    expect(head[0].title.en).toBe("Dinas: the last head of agency's monthly evaluation covers the period up to 2026-06-07");
  });
  it("alerts the Koordinator (Kepala Bidang where the website's Sub Koordinator sits) for C1, the head without a website team", () => {
    const now = wib('2026-07-15T08:00:00');
    expect(run('evaluation-coordinator', facts({ websiteDesks: [2] }), ctx(now))).toEqual([
      expect.objectContaining({ subjectKey: 'agency:1', unitId: 2, scope: 'unit', recipients: ['kabid'], title: expect.objectContaining({ en: "Dinas: no Koordinator's 6-monthly evaluation yet" }) }),
    ]);
    expect(run('evaluation-coordinator', facts(), ctx(now))[0]).toMatchObject({ unitId: 1, scope: 'agency', recipients: ['kepala'] });
  });
});

describe('DIP edition (enacted at least yearly)', () => {
  it('is due after 31 January local time; an enacted edition of this year clears it', () => {
    expect(run('dip-edition', facts(), ctx(wib('2026-01-31T23:59:00')))).toEqual([]);
    const late = run('dip-edition', facts(), ctx(wib('2026-02-01T00:00:00')));
    expect(late[0]).toMatchObject({ subjectKey: 'agency:1:2026', severity: 'critical' });
    expect(run('dip-edition', facts({ enactedEditionAgencies: [1] }), ctx(wib('2026-02-01T00:00:00')))).toEqual([]);
  });
});

describe('excluded information periods', () => {
  it('warns 30 days ahead, is critical once the period has ended without re-opening', () => {
    const now = wib('2026-06-10T08:00:00');
    const x = (endsOn: string) => ({ documentId: endsOn, title: 'Data pribadi', unitId: 2, endsOn });
    const found = run('exclusion-expiry', facts({ exclusions: [x('2026-07-10'), x('2026-07-11'), x('2026-06-10'), x('2026-06-09')] }), ctx(now));
    expect(found.map((f) => [f.subjectKey, f.severity])).toEqual([
      ['exclusion:2026-07-10', 'warning'],
      ['exclusion:2026-06-10', 'warning'],
      ['exclusion:2026-06-09', 'critical'],
    ]);
    expect(found[0].title.en).toBe('The exclusion period of "Data pribadi" ends on 2026-07-10 (in 30 days)');
  });
});

describe('serta merta retrospective approval', () => {
  it('waits (warning) until its window ends, then is critical, addressed to the approvers', () => {
    const r = { type: 'announcement', documentId: 'sm', title: 'Banjir', unitId: 2, dueAt: wib('2026-06-10T10:00:00'), approvers: ['kepala', 'sekretaris'] as any };
    expect(run('serta-merta-retro', facts({ retroPending: [r] }), ctx(wib('2026-06-10T10:00:00')))[0]).toMatchObject({ severity: 'warning', recipients: ['kepala', 'sekretaris'] });
    expect(run('serta-merta-retro', facts({ retroPending: [r] }), ctx(wib('2026-06-10T10:00:01')))[0].severity).toBe('critical');
  });
});

describe('annual service report (by 31 March)', () => {
  it('warns 30 days before, is critical after; the issued report of the previous year clears it', () => {
    expect(run('service-report', facts(), ctx(wib('2026-02-28T23:59:00')))).toEqual([]);
    expect(run('service-report', facts(), ctx(wib('2026-03-01T00:00:00')))[0]).toMatchObject({ severity: 'warning', subjectKey: 'agency:1:2026' });
    expect(run('service-report', facts(), ctx(wib('2026-03-31T23:59:00')))[0].severity).toBe('warning');
    expect(run('service-report', facts(), ctx(wib('2026-04-01T00:00:00')))[0]).toMatchObject({ severity: 'critical', title: { en: 'Dinas: the 2025 public information service report is overdue (due 2026-03-31)' } });
    expect(run('service-report', facts({ serviceReports: [{ agencyId: 1, year: 2025 }] }), ctx(wib('2026-04-01T00:00:00')))).toEqual([]);
    expect(run('service-report', facts({ serviceReports: [{ agencyId: 1, year: 2025 }] }), ctx(wib('2026-03-01T00:00:00')))).toEqual([]);
  });
  it('reads only the previous year and only the agency that issued it', () => {
    const second = { id: 9, code: 'dinkes', name: 'Dinas Kesehatan', parentId: null, publishes: true, active: true };
    const now = ctx(wib('2026-04-01T00:00:00'));
    // Another year's report (the one before, or this year's) does not count for 2025.
    expect(keys(run('service-report', facts({ serviceReports: [{ agencyId: 1, year: 2024 }, { agencyId: 1, year: 2026 }] }), now))).toEqual(['agency:1:2026']);
    // One agency's report clears its alert only; a sub-unit id is no agency.
    const two = facts({ units: [agency, ikp, quiet, second], serviceReports: [{ agencyId: 9, year: 2025 }, { agencyId: 2, year: 2025 }] });
    expect(run('service-report', two, now)).toEqual([
      expect.objectContaining({ subjectKey: 'agency:1:2026', unitId: 1, severity: 'critical', recipients: ['ketua_ppid', 'ppid_utama'], details: { year: 2025, dueBy: '2026-03-31' } }),
    ]);
  });
  it('counts 30 days back from 31 March in a leap year too (1 March either way)', () => {
    expect(run('service-report', facts(), ctx(wib('2028-02-29T23:59:00')))).toEqual([]);
    expect(run('service-report', facts(), ctx(wib('2028-03-01T00:00:00')))).toHaveLength(1);
  });
});

describe('evaluate()', () => {
  it('runs only enabled rules among those asked for', () => {
    const now = wib('2026-06-10T08:00:00');
    const all = evaluate(RULES, facts(), ctx(now));
    expect(new Set(all.map((f) => f.rule))).toEqual(new Set(['content-minimum', 'content-plan', 'monthly-upload', 'evaluation-coordinator', 'evaluation-head', 'dip-edition', 'service-report']));
    const off = evaluate(RULES, facts(), ctx(now, { 'dip-edition': { enabled: false, dueBy: '01-31' } }));
    expect(off.some((f) => f.rule === 'dip-edition')).toBe(false);
    expect(evaluate(['dip-edition'], facts(), ctx(now)).map((f) => f.rule)).toEqual(['dip-edition']);
  });
});

describe('alert diff', () => {
  const finding = (subjectKey: string, severity: 'warning' | 'critical' = 'warning') => ({
    rule: 'content-minimum' as const,
    subjectType: 'unit' as const,
    subjectKey,
    unitId: 1,
    scope: 'unit' as const,
    severity,
    title: { id: subjectKey, en: subjectKey },
    details: {},
    recipients: ['kabid' as const],
  });
  const current = (id: number, subjectKey: string, rule = 'content-minimum', severity = 'warning') => ({ id, rule, subjectKey, severity, title: { id: subjectKey, en: subjectKey }, recipients: ['kabid'] });

  it('opens new subjects, keeps seen ones, updates changed ones, resolves cleared ones of the rules that ran', () => {
    const diff = diffAlerts(
      [current(1, 'unit:1'), current(2, 'unit:2'), current(3, 'unit:3'), current(4, 'agency:1', 'dip-edition')],
      [finding('unit:1'), finding('unit:2', 'critical'), finding('unit:9'), finding('unit:9')],
      ['content-minimum']
    );
    expect(diff.open.map((f) => f.subjectKey)).toEqual(['unit:9']);
    expect(diff.seen).toEqual([1, 2]);
    expect(diff.update.map((u) => [u.id, u.finding.severity])).toEqual([[2, 'critical']]);
    expect(diff.resolve).toEqual([3]); // not 4: dip-edition did not run
    expect(openKey('content-minimum', 'unit:9')).toBe('content-minimum|unit:9');
  });
  it('two identical runs: the second opens, updates and resolves nothing', () => {
    const first = diffAlerts([], [finding('unit:1'), finding('unit:2')], ['content-minimum']);
    const stored = first.open.map((f, i) => current(i + 1, f.subjectKey));
    expect(diffAlerts(stored, [finding('unit:1'), finding('unit:2')], ['content-minimum'])).toEqual({ open: [], update: [], seen: [1, 2], resolve: [] });
  });
  it('groups a digest per person, each alert once per person, worst first', () => {
    const alerts = [
      { id: 1, severity: 'warning', to: [10, 11] },
      { id: 2, severity: 'critical', to: [10, 10] },
      { id: 3, severity: 'info', to: [11] },
    ];
    const digest = digestByPerson(alerts, (a) => a.to);
    expect([...digest].map(([u, list]) => [u, list.map((a) => a.id)])).toEqual([
      [10, [2, 1]],
      [11, [1, 3]],
    ]);
  });
});

describe('schedule windows', () => {
  it('names the latest daily window that has begun, in local time', () => {
    expect(dailyWindow(wib('2026-06-10T07:00:00'), '07:00', TZ)).toEqual({ kind: 'daily', key: 'daily:2026-06-10', scheduledAt: wib('2026-06-10T07:00:00') });
    expect(dailyWindow(wib('2026-06-10T06:59:59'), '07:00', TZ).key).toBe('daily:2026-06-09');
    expect(dailyWindow(wib('2026-03-01T06:00:00'), '07:00', TZ).key).toBe('daily:2026-02-28');
    expect(dailyWindow(wib('2028-03-01T06:00:00'), '07:00', TZ).key).toBe('daily:2028-02-29');
  });
  it('floors SLA windows to the interval; cron rules follow the settings', () => {
    expect(slaWindow(new Date('2026-06-10T02:04:59.999Z'), 5).key).toBe('sla:2026-06-10T02:00:00.000Z');
    expect(slaWindow(new Date('2026-06-10T02:05:00.000Z'), 5).key).toBe('sla:2026-06-10T02:05:00.000Z');
    expect(cronRules('07:00', 5)).toEqual({ daily: '0 7 * * *', sla: '*/5 * * * *' });
    expect(cronRules('18:30', 0)).toEqual({ daily: '30 18 * * *', sla: null });
  });
});

describe('settings validation', () => {
  it('accepts the defaults and names each bad option', () => {
    expect(validateComplianceSettings(DEFAULT_COMPLIANCE)).toEqual([]);
    const bad = { ...DEFAULT_COMPLIANCE, dailyAt: '7am', slaIntervalMinutes: 7, rules: { ...DEFAULT_COMPLIANCE.rules, 'dip-edition': { enabled: true, dueBy: '13-01' } } };
    expect(validateComplianceSettings(bad)).toEqual([
      '"compliance.dailyAt" must be a local time "HH:mm", e.g. "07:00"',
      '"compliance.slaIntervalMinutes" must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60), or be 0 for no SLA pass',
      '"compliance.rules.dip-edition.dueBy" must be "MM-DD", e.g. "01-31"',
    ]);
  });
  it('still accepts a config that carries the retired service-report category, with one warning', () => {
    const old = { ...DEFAULT_COMPLIANCE, rules: { ...DEFAULT_COMPLIANCE.rules, 'service-report': { enabled: true, dueBy: '03-31', warnDays: 30, category: 'laporan-akses-informasi' } } };
    expect(validateComplianceSettings(old as ComplianceSettings)).toEqual([]);
    expect(legacyComplianceWarnings(old)).toEqual([
      '"compliance.rules.service-report.category" is no longer used and is ignored: the service-report rule checks the issued annual service reports (Laporan > Terbitkan laporan). Remove the option from config/plugins.',
    ]);
    expect(legacyComplianceWarnings(DEFAULT_COMPLIANCE)).toEqual([]);
    // The plugin's config validator (what Strapi runs at start) accepts it too.
    expect(() => pluginConfig.validator({ ...pluginConfig.default, compliance: old } as any)).not.toThrow();
    expect(legacyComplianceWarnings(undefined)).toEqual([]);
  });
});

describe('stage-without-actor', () => {
  it('raises one critical alert per workflow stage and unit nobody can act at, to the Sekretaris and the head', () => {
    const facts = {
      ...emptyFacts(),
      units: [{ id: 7, code: 'bidang-x', name: 'Bidang X', parentId: 1, publishes: true, active: true }],
      uncovered: [
        { contentType: 'announcement', workflowKey: 'pengumuman-diskominfo-kalbar', workflowName: { id: 'Pengumuman', en: 'Announcing' }, stage: 'drafting', stageName: { id: 'Penyusunan konsep', en: 'Drafting' }, actor: 'fungsional' as const, unitId: 7 },
      ],
    };
    const found = evaluate(['stage-without-actor'], facts, { now: new Date('2026-12-02T01:00:00Z'), timezone: 'Asia/Jakarta', settings: DEFAULT_COMPLIANCE, addWorking: (d: Date) => d } as any);
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'stage-without-actor',
        subjectKey: 'stage:pengumuman-diskominfo-kalbar:drafting:unit:7',
        unitId: 7,
        severity: 'critical',
        recipients: ['sekretaris', 'kepala'],
        title: { id: 'Bidang X: tidak ada pemegang jabatan untuk tahap "Penyusunan konsep" (Pengumuman)', en: 'Bidang X: nobody holds the position for stage "Drafting" (Announcing)' },
      }),
    ]);
    expect(evaluate(['stage-without-actor'], emptyFacts(), { now: new Date(), timezone: 'Asia/Jakarta', settings: DEFAULT_COMPLIANCE, addWorking: (d: Date) => d } as any)).toEqual([]);
  });
});

describe('alertRecipients', () => {
  const units = new Map([
    [1, { id: 1, code: 'dinas', name: 'Dinas', parentId: null }],
    [2, { id: 2, code: 'ikp', name: 'Bidang IKP', parentId: 1 }],
    [3, { id: 3, code: 'seksi', name: 'Seksi', parentId: 2 }],
    [4, { id: 4, code: 'stat', name: 'Bidang Statistik', parentId: 1 }],
    [9, { id: 9, code: 'lain', name: 'Dinas lain', parentId: null }],
  ]);
  const a = (userId: number, position: string, unitId: number, endsOn: string | null = null) => ({ userId, position: position as any, unitId, holding: 'definitive' as const, startsOn: '2020-01-01', endsOn });
  const assignments = [a(10, 'kabid', 2), a(11, 'kabid', 4), a(12, 'kepala', 1), a(13, 'kepala', 9), a(14, 'kabid', 2, '2021-01-01'), a(15, 'sekretaris', 1)];
  const date = '2026-12-05';

  it('sends a unit alert to the holders for that unit, the nearest unit up the tree', () => {
    expect(alertRecipients({ unitId: 3, recipients: ['kabid'] }, units, assignments, date)).toEqual([10]);
    expect(alertRecipients({ unitId: 4, recipients: ['kabid', 'sekretaris'] }, units, assignments, date)).toEqual([11, 15]);
  });

  it("sends an agency alert to the holders anywhere in the unit's agency, not another agency's", () => {
    expect(alertRecipients({ unitId: 2, recipients: ['kepala'], details: { scope: 'agency' } }, units, assignments, date)).toEqual([12]);
  });

  it('sends an alert without a unit to every holder of its positions, each once; none without positions', () => {
    expect(alertRecipients({ unitId: null, recipients: ['kepala', 'kepala'] }, units, assignments, date)).toEqual([12, 13]);
    expect(alertRecipients({ unitId: 2, recipients: null }, units, assignments, date)).toEqual([]);
  });
});
