/**
 * The website team's pure rules (web SOP A1, B, C): evaluation figures, plan rows, form signatures,
 * minutes and the Web Developer's receipt.
 */
import { backlogFigures, planVsActual, planVsActualPerUnit, proofsPerChannel, stageStandards } from '../src/website/figures';
import { checkMinutes, FORM_SIGNERS, isFrozen, isFullySigned, nextSignature, receipt, type Signature } from '../src/website/forms';
import { checkPlanRows, monthsOfQuarter, quarterOf } from '../src/website/plan';

const d = (s: string) => new Date(s);

describe('plan versus actual (A1, C)', () => {
  it('counts planned and published per unit and month, with percentages and per-unit totals', () => {
    const cells = planVsActual(
      [
        { unitId: 2, month: '2026-01' },
        { unitId: 2, month: '2026-01' },
        { unitId: 2, month: '2026-02', count: 3 },
        { unitId: 3, month: '2026-01' },
      ],
      [
        { unitId: 2, month: '2026-01' },
        { unitId: 2, month: '2026-02' },
        { unitId: 3, month: '2026-03' },
      ]
    );
    expect(cells).toEqual([
      { unitId: 2, month: '2026-01', planned: 2, published: 1, percent: 50 },
      { unitId: 2, month: '2026-02', planned: 3, published: 1, percent: 33.3 },
      { unitId: 3, month: '2026-01', planned: 1, published: 0, percent: 0 },
      { unitId: 3, month: '2026-03', planned: 0, published: 1, percent: null },
    ]);
    expect(planVsActualPerUnit(cells)).toEqual([
      { unitId: 2, planned: 5, published: 2, percent: 40 },
      { unitId: 3, planned: 1, published: 1, percent: 100 },
    ]);
  });
});

describe('time standards per stage (C)', () => {
  it('counts visits that left within the period, met when left by the due time, unmeasured without one', () => {
    const from = d('2026-01-01T00:00:00Z');
    const to = d('2026-06-30T23:59:59Z');
    const figures = stageStandards(
      [
        { stage: 'review', enteredAt: d('2026-02-01T00:00:00Z'), leftAt: d('2026-02-02T00:00:00Z'), dueAt: d('2026-02-02T00:00:00Z') },
        { stage: 'review', enteredAt: d('2026-02-01T00:00:00Z'), leftAt: d('2026-02-05T00:00:00Z'), dueAt: d('2026-02-03T00:00:00Z') },
        { stage: 'review', enteredAt: d('2026-02-01T00:00:00Z'), leftAt: null, dueAt: d('2026-02-03T00:00:00Z') },
        { stage: 'draft', enteredAt: d('2025-12-01T00:00:00Z'), leftAt: d('2025-12-30T00:00:00Z'), dueAt: null },
        { stage: 'draft', enteredAt: d('2026-03-01T00:00:00Z'), leftAt: d('2026-03-30T00:00:00Z'), dueAt: null },
      ],
      from,
      to
    );
    expect(figures).toEqual([
      { stage: 'draft', completed: 1, met: 0, unmeasured: 1, percentMet: null },
      { stage: 'review', completed: 2, met: 1, unmeasured: 0, percentMet: 50 },
    ]);
  });
});

describe('backlog figures (C)', () => {
  it('opened, closed, open at the end and the lead time of those closed', () => {
    const f = backlogFigures(
      [
        { openedAt: d('2026-01-10T00:00:00Z'), closedAt: d('2026-01-12T00:00:00Z') },
        { openedAt: d('2025-12-20T00:00:00Z'), closedAt: d('2026-01-09T00:00:00Z') },
        { openedAt: d('2026-02-01T00:00:00Z'), closedAt: null },
        { openedAt: d('2026-02-01T00:00:00Z'), closedAt: d('2026-08-01T00:00:00Z') },
        { openedAt: d('2026-07-02T00:00:00Z'), closedAt: null },
      ],
      d('2026-01-01T00:00:00Z'),
      d('2026-06-30T23:59:59Z')
    );
    expect(f).toEqual({ opened: 3, closed: 2, openAtEnd: 2, leadTimeDaysMean: 11, leadTimeDaysMedian: 11 });
    expect(backlogFigures([], d('2026-01-01'), d('2026-02-01'))).toEqual({ opened: 0, closed: 0, openAtEnd: 0, leadTimeDaysMean: null, leadTimeDaysMedian: null });
  });
});

describe('proofs of publication per channel (C)', () => {
  it('lists every channel asked for, zero where none, only within the period', () => {
    expect(
      proofsPerChannel(
        [
          { channel: 'website', at: d('2026-01-05T00:00:00Z') },
          { channel: 'website', at: d('2026-01-06T00:00:00Z') },
          { channel: 'social_media', at: d('2025-12-31T00:00:00Z') },
          { channel: 'notice_board', at: d('2026-02-01T00:00:00Z') },
        ],
        ['website', 'social_media', 'notice_board'],
        d('2026-01-01T00:00:00Z'),
        d('2026-06-30T00:00:00Z')
      )
    ).toEqual([
      { channel: 'website', count: 2 },
      { channel: 'social_media', count: 0 },
      { channel: 'notice_board', count: 1 },
    ]);
  });
});

describe('content plan rows (A1)', () => {
  it('quarters and their months', () => {
    expect(quarterOf('2026-12')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf('2026-04')).toEqual({ year: 2026, quarter: 2 });
    expect(monthsOfQuarter(2026, 4)).toEqual(['2026-10', '2026-11', '2026-12']);
  });
  it('refuses an empty plan, an unknown unit, an empty title and a month outside the quarter', () => {
    const units = new Set([2, 3]);
    const row = { unitId: 2, title: ' Laporan keuangan ', infoClass: 'berkala', month: '2026-04' };
    expect(checkPlanRows(2026, 2, [], units)).toMatchObject({ ok: false, status: 400 });
    expect(checkPlanRows(2026, 2, [{ ...row, unitId: 9 }], units)).toMatchObject({ ok: false, reason: { en: 'Row 1: unknown unit.' } });
    expect(checkPlanRows(2026, 2, [row, { ...row, title: ' ' }], units)).toMatchObject({ ok: false, reason: { en: 'Row 2: the content title is required.' } });
    expect(checkPlanRows(2026, 2, [{ ...row, month: '2026-07' }], units)).toMatchObject({ ok: false, reason: { en: 'Row 1: month 2026-07 is outside Q2 2026.' } });
    expect(checkPlanRows(2026, 2, [row], units)).toEqual({ ok: true, value: [{ ...row, title: 'Laporan keuangan' }] });
  });
});

describe('form signatures (B3-B5)', () => {
  const now = d('2026-03-01T03:00:00Z');
  it('signs in the order the SOP names, only by the holder of the next role, never twice, and closes when complete', () => {
    expect(FORM_SIGNERS.approval_form).toEqual(['sub_koordinator', 'koordinator']);
    const sub = (r: string) => r === 'sub_koordinator';
    const kabid = (r: string) => r === 'koordinator';
    expect(nextSignature('approval_form', [], 7, kabid, now)).toMatchObject({ ok: false, status: 403, reason: { en: 'The next signature must be by the Sub-coordinator.' } });
    const first = nextSignature('approval_form', [], 5, sub, now);
    expect(first).toEqual({ ok: true, value: { role: 'sub_koordinator', userId: 5, at: '2026-03-01T03:00:00.000Z' } });
    const sigs: Signature[] = [(first as { value: Signature }).value];
    expect(nextSignature('approval_form', sigs, 5, () => true, now)).toMatchObject({ ok: false, status: 400, reason: { en: 'You have already signed this form.' } });
    expect(nextSignature('approval_form', sigs, 8, sub, now)).toMatchObject({ ok: false, status: 403 });
    const second = nextSignature('approval_form', sigs, 7, kabid, now);
    expect(second).toMatchObject({ ok: true, value: { role: 'koordinator', userId: 7 } });
    sigs.push((second as { value: Signature }).value);
    expect(nextSignature('approval_form', sigs, 9, () => true, now)).toMatchObject({ ok: false, status: 409 });
    expect(isFrozen(sigs)).toBe(true);
    expect(isFrozen([])).toBe(false);
    expect(isFrozen(null)).toBe(false);
  });
  it('the update request is received by the Web Developer after the Sub Koordinator', () => {
    const sigs: Signature[] = [{ role: 'sub_koordinator', userId: 5, at: now.toISOString() }];
    expect(nextSignature('update_request', sigs, 6, (r) => r === 'web_developer', now)).toMatchObject({ ok: true, value: { role: 'web_developer', userId: 6 } });
  });
  it('an approval form is signed (B5: content goes online under it) only with both its signatures', () => {
    const sub: Signature = { role: 'sub_koordinator', userId: 5, at: now.toISOString() };
    const koordinator: Signature = { role: 'koordinator', userId: 7, at: now.toISOString() };
    expect(isFullySigned('approval_form', null)).toBe(false);
    expect(isFullySigned('approval_form', [])).toBe(false);
    expect(isFullySigned('approval_form', [sub])).toBe(false);
    expect(isFullySigned('approval_form', [koordinator])).toBe(false);
    expect(isFullySigned('approval_form', [sub, koordinator])).toBe(true);
    expect(isFullySigned('update_request', [sub, koordinator])).toBe(false);
  });
});

describe('minutes (notulen) and receipt (B1-B2)', () => {
  const minutes = { date: '2026-03-02', place: 'Ruang rapat Bidang IKP', attendees: [{ name: 'Sari', position: 'Sub Koordinator' }], agenda: 'Perbaikan tampilan', decisions: 'Diteruskan ke Web Developer', followUps: ['b1', 'b1'] };
  const state: Record<string, boolean> = { b1: false, b2: true };
  const isClosed = (id: string) => state[id];
  it('needs attendees with name and position, a date, a place and an agenda', () => {
    expect(checkMinutes({ ...minutes, attendees: [] }, isClosed)).toMatchObject({ ok: false, status: 400, reason: { en: 'The minutes must list the attendees.' } });
    expect(checkMinutes({ ...minutes, attendees: [{ name: 'Sari', position: '' }] }, isClosed)).toMatchObject({ ok: false, reason: { en: 'Attendee 1: name and position are required.' } });
    expect(checkMinutes({ ...minutes, date: '2/3/2026' }, isClosed)).toMatchObject({ ok: false, status: 400 });
    expect(checkMinutes({ ...minutes, place: ' ' }, isClosed)).toMatchObject({ ok: false, status: 400 });
    expect(checkMinutes({ ...minutes, agenda: '' }, isClosed)).toMatchObject({ ok: false, status: 400 });
  });
  it('links follow-ups only to open backlog items, once each', () => {
    expect(checkMinutes({ ...minutes, followUps: ['b2'] }, isClosed)).toMatchObject({ ok: false, reason: { en: 'Backlog item b2 is closed; a follow-up cannot be linked to it.' } });
    expect(checkMinutes({ ...minutes, followUps: ['zz'] }, isClosed)).toMatchObject({ ok: false, reason: { en: 'Backlog item zz was not found.' } });
    expect(checkMinutes(minutes, isClosed)).toMatchObject({ ok: true, value: { followUps: ['b1'] } });
  });
  it('the receipt is the Web Developer’s own, once', () => {
    const now = d('2026-03-03T01:00:00Z');
    expect(receipt(null, 4, false, now)).toMatchObject({ ok: false, status: 403 });
    expect(receipt(null, 6, true, now)).toEqual({ ok: true, value: { userId: 6, at: '2026-03-03T01:00:00.000Z' } });
    expect(receipt({ userId: 6, at: now.toISOString() }, 6, true, now)).toMatchObject({ ok: false, status: 400 });
  });
});
