/**
 * Web SOP B1-B5 as data: the `web-backlog` template (validated like any definition), the state the
 * engine writes at each stage, the fields an edge requires, the receipt edge, and the checker's
 * rule for backlog items past their due date.
 */
import { validateDefinition, transitionKey, type WorkflowDefinition } from '../src/workflow/definition';
import { decideTransition, missingRequired, type InstanceState } from '../src/workflow/rules';
import { parseDefinition } from '../src/workflow/schema';
import { SUBJECTS } from '../src/workflow/subjects';
import { webBacklog } from '../src/workflow/templates';
import { backlogStateAt } from '../src/website/backlog';
import { emptyFacts, RULE_FUNCTIONS, type Facts, type RuleContext } from '../src/compliance/rules';
import { DEFAULT_COMPLIANCE } from '../src/compliance/settings';
import { BACKLOG_STATUSES } from '../src/domain/constants';
import { COMPUTED_FIELDS } from '../src/domain/validation';

const actorOf = (stage: string) => webBacklog.stages.find((s) => s.key === stage)?.actor;
const edge = (key: string) => webBacklog.transitions.find((t) => transitionKey(t) === key)!;

describe('the web-backlog template (web SOP B1-B5)', () => {
  it('is a valid definition that parses as an admin would send it', () => {
    expect(validateDefinition(webBacklog)).toEqual([]);
    expect(parseDefinition(JSON.parse(JSON.stringify(webBacklog)))).toMatchObject({ ok: true });
    expect(webBacklog.contentType).toBe('backlog-item');
    expect(webBacklog.name).toEqual({ id: 'Pengembangan website PPID (backlog)', en: 'PPID website development (backlog)' });
  });

  it('follows B1-B5: each step by the position the SOP names', () => {
    const forward = webBacklog.transitions.filter((t) => t.action === 'forward' || t.action === 'publish').map((t) => [t.from, actorOf(t.from), t.to]);
    expect(forward).toEqual([
      ['raised', 'sub_koordinator', 'discussion'],
      ['discussion', 'kabid', 'receipt'],
      ['receipt', 'web_developer', 'presentation'],
      ['presentation', 'web_developer', 'offline_update'],
      ['offline_update', 'web_developer', 'check_sub'],
      ['check_sub', 'sub_koordinator', 'content_entry'],
      ['content_entry', 'operator', 'check_online'],
      ['check_online', 'kabid', 'done'],
    ]);
  });

  it('asks for the minutes, the presentation mode and a signed approval form, and makes the receipt the Web Developer\'s own step', () => {
    expect(webBacklog.transitions.filter((t) => t.requires).map((t) => [transitionKey(t), t.requires])).toEqual([
      ['discussion->receipt:forward', ['minutes']],
      ['presentation->offline_update:forward', ['presentationMode']],
      ['content_entry->check_online:forward', ['signedApprovalForm']],
    ]);
    expect(webBacklog.transitions.filter((t) => t.receipt).map(transitionKey)).toEqual(['receipt->presentation:forward']);
    expect(webBacklog.transitions.filter((t) => t.action === 'return').every((t) => t.reasonRequired)).toBe(true);
  });

  it('refuses a receipt or a requirement on an edge that cannot carry one', () => {
    const bad: WorkflowDefinition = {
      ...webBacklog,
      transitions: webBacklog.transitions.map((t) =>
        transitionKey(t) === 'discussion->raised:return' ? { ...t, receipt: true } : transitionKey(t) === 'raised->discussion:forward' ? { ...t, requires: ['not a field'] } : t
      ),
    };
    expect(validateDefinition(bad).map((p) => p.path.join('.'))).toEqual(['transitions.0.requires', 'transitions.3.receipt']);
  });
});

describe('taking a backlog edge', () => {
  const state = (stage: string): InstanceState => ({ stage, status: 'active', revision: 3, drafters: [1], retro: null, approvals: [] });
  const kabid = { userId: 2, position: 'kabid' as const, holding: 'definitive' as const, unitId: 5 };
  const dev = { userId: 3, position: 'web_developer' as const, holding: 'definitive' as const, unitId: 6 };
  const actor = (userId: number) => ({ userId, superAdmin: false, superAdminsMayAct: false });

  it('lists what the item still lacks', () => {
    expect(missingRequired(edge('discussion->receipt:forward'), () => false)).toEqual(['minutes']);
    expect(missingRequired(edge('discussion->receipt:forward'), (f) => f === 'minutes')).toEqual([]);
    expect(missingRequired(edge('raised->discussion:forward'), () => false)).toEqual([]);
  });

  it('refuses leaving the discussion without minutes (400, in the person\'s language), after checking who acts', () => {
    const missing = [{ field: 'minutes', label: SUBJECTS['backlog-item'].fieldLabels!.minutes }];
    const say = (t: { id: string; en: string }) => t.id;
    expect(decideTransition(webBacklog, state('discussion'), 'discussion->receipt:forward', { actor: actor(2), holders: [kabid], missing, say })).toEqual({
      ok: false,
      status: 400,
      message: '"Serahkan ke Web Developer" belum dapat dilakukan: lengkapi dulu notulen rapat (minutes) pada item ini',
    });
    expect(decideTransition(webBacklog, state('discussion'), 'discussion->receipt:forward', { actor: actor(3), holders: [kabid], missing })).toMatchObject({ ok: false, status: 403 });
    expect(decideTransition(webBacklog, state('discussion'), 'discussion->receipt:forward', { actor: actor(2), holders: [kabid], missing: [] })).toMatchObject({ ok: true });
  });

  it('refuses entering the content without a signed approval form, naming what is missing in both languages', () => {
    const operator = { userId: 4, position: 'operator' as const, holding: 'definitive' as const, unitId: 5 };
    const missing = [{ field: 'signedApprovalForm', label: SUBJECTS['backlog-item'].fieldLabels!.signedApprovalForm }];
    const ctx = { actor: actor(4), holders: [operator], missing };
    expect(decideTransition(webBacklog, state('content_entry'), 'content_entry->check_online:forward', { ...ctx, say: (t) => t.id })).toEqual({
      ok: false,
      status: 400,
      message: '"Ajukan form persetujuan" belum dapat dilakukan: lengkapi dulu form persetujuan yang sudah ditandatangani Sub Koordinator dan Koordinator (approvalForm) pada item ini',
    });
    expect(decideTransition(webBacklog, state('content_entry'), 'content_entry->check_online:forward', ctx)).toMatchObject({
      message: '"Submit the approval form" cannot be taken yet: first fill in an approval form signed by the Sub Koordinator and the Koordinator (approvalForm) on this item',
    });
  });

  it('lets only the Web Developer give the receipt', () => {
    expect(decideTransition(webBacklog, state('receipt'), 'receipt->presentation:forward', { actor: actor(2), holders: [dev] })).toMatchObject({ ok: false, status: 403 });
    expect(decideTransition(webBacklog, state('receipt'), 'receipt->presentation:forward', { actor: actor(3), holders: [dev] })).toMatchObject({ ok: true, acting: { position: 'web_developer' } });
  });
});

describe('the state the engine writes on a backlog item', () => {
  it('follows the template\'s stages', () => {
    expect(webBacklog.stages.map((s) => [s.key, backlogStateAt(webBacklog, s.key)])).toEqual([
      ['raised', 'proposed'],
      ['discussion', 'discussed'],
      ['receipt', 'accepted'],
      ['presentation', 'in_progress'],
      ['offline_update', 'in_progress'],
      ['check_sub', 'in_review'],
      ['content_entry', 'in_review'],
      ['check_online', 'in_review'],
      ['done', 'done'],
      ['cancelled', 'rejected'],
    ]);
  });

  it('reads an agency\'s own workflow by the kind of its stages, always within the allowed states', () => {
    const own: WorkflowDefinition = {
      ...webBacklog,
      key: 'backlog-sendiri',
      initialStage: 'usul',
      stages: [
        { key: 'usul', name: { id: 'Usul', en: 'Proposal' }, actor: 'sub_koordinator', kind: 'work' },
        { key: 'kerja', name: { id: 'Kerja', en: 'Work' }, actor: 'web_developer', kind: 'work' },
        { key: 'periksa', name: { id: 'Periksa', en: 'Check' }, actor: 'kabid', kind: 'review' },
        { key: 'beres', name: { id: 'Beres', en: 'Done' }, kind: 'published' },
      ],
    };
    expect(own.stages.map((s) => backlogStateAt(own, s.key))).toEqual(['proposed', 'in_progress', 'in_review', 'done']);
    for (const s of own.stages) expect(BACKLOG_STATUSES).toContain(backlogStateAt(own, s.key));
  });

  it('keeps the state, the receipt and the resolution among the fields only the server writes', () => {
    expect(COMPUTED_FIELDS['backlog-item']).toEqual(['state', 'receivedBy', 'receivedAt', 'resolvedBy', 'resolvedAt']);
    const spec = SUBJECTS['backlog-item'];
    expect([spec.publishState?.field, spec.receipt?.by, spec.receipt?.at, spec.publishState?.by, spec.publishState?.at].every((f) => COMPUTED_FIELDS['backlog-item'].includes(f!))).toBe(true);
  });
});

describe('backlog-overdue rule', () => {
  const TZ = 'Asia/Jakarta';
  const ctx = (now: Date): RuleContext => ({ now, timezone: TZ, settings: DEFAULT_COMPLIANCE, addWorking: (s) => s });
  const item = (over: Partial<Facts['backlogDue'][number]> = {}): Facts['backlogDue'][number] => ({
    documentId: 'bl1',
    title: 'Tabel DIP terpotong',
    unitId: 2,
    dueOn: '2026-06-09',
    stage: 'offline_update',
    stageName: { id: 'Perbaikan offline', en: 'Updating offline' },
    actor: 'web_developer',
    ...over,
  });
  const run = (items: Facts['backlogDue'], now: Date) => RULE_FUNCTIONS['backlog-overdue']({ ...emptyFacts(), backlogDue: items }, ctx(now));

  it('raises an alert the day after the due date, in the agency\'s time zone, to whoever acts at the item\'s stage', () => {
    // 10 June 00:30 WIB is still 9 June in UTC: the due date (9 June) has passed locally.
    const findings = run([item()], new Date('2026-06-09T17:30:00.000Z'));
    expect(findings).toEqual([
      {
        rule: 'backlog-overdue',
        subjectType: 'item',
        subjectKey: 'backlog-item:bl1:2026-06-09',
        unitId: 2,
        scope: 'unit',
        severity: 'warning',
        title: { id: 'Backlog website melewati jadwal 2026-06-09: Tabel DIP terpotong (tahap Perbaikan offline)', en: 'Website backlog item past its due date 2026-06-09: Tabel DIP terpotong (stage Updating offline)' },
        details: { type: 'backlog-item', documentId: 'bl1', itemTitle: 'Tabel DIP terpotong', dueOn: '2026-06-09', stage: 'offline_update', stageName: { id: 'Perbaikan offline', en: 'Updating offline' } },
        recipients: ['web_developer'],
      },
    ]);
    // On the due date itself (23:59 WIB) nothing is late yet.
    expect(run([item()], new Date('2026-06-09T16:59:00.000Z'))).toEqual([]);
  });

  it('goes to the Sub Koordinator when no stage says who acts', () => {
    expect(run([item({ stage: null, stageName: null, actor: null })], new Date('2026-06-20T02:00:00.000Z'))[0]).toMatchObject({ recipients: ['sub_koordinator'], title: { en: 'Website backlog item past its due date 2026-06-09: Tabel DIP terpotong' } });
  });

  it('names the date in the subject, so a moved due date is a new finding and the old one resolves', () => {
    const now = new Date('2026-06-20T02:00:00.000Z');
    expect(run([item({ dueOn: '2026-06-15' })], now).map((f) => f.subjectKey)).toEqual(['backlog-item:bl1:2026-06-15']);
    expect(run([item({ dueOn: '2026-06-25' })], now)).toEqual([]);
  });
});
