/**
 * The checker's rules for requests and objections (requests/checks.ts), with the clock moved.
 * 2026-08-10 is a Monday; 17 and 25 August are public holidays: a request received on the 10th at
 * 09:00 is due on Wednesday 26 August.
 */
import { finishedAt, requestChecks, type OpenRequest } from '../src/requests/checks';
import { createClock } from '../src/workflow/clock';

const clock = createClock({ timezone: 'Asia/Jakarta', officeHours: { start: '08:00', end: '16:00' }, holidays: true });
const at = (iso: string) => new Date(iso);
const req = (over: Partial<OpenRequest> = {}): OpenRequest => ({
  documentId: 'r1',
  registrationNumber: 'REQ-2026-00001-K7QH',
  unitId: 1,
  state: 'assigned',
  receivedAt: at('2026-08-10T09:00:00+07:00'),
  extensionDays: 0,
  completeBy: null,
  lateRecordedAt: null,
  ...over,
});
const run = (now: string, requests: OpenRequest[], extra: Partial<Parameters<typeof requestChecks>[2]> = {}) =>
  requestChecks(clock, at(now), { requests, objections: [], finished: [], ...extra }, { retentionDays: 730 });

describe('request checks', () => {
  it('due soon: 3 working days or fewer left, to the handlers', () => {
    expect(run('2026-08-18T09:00:00+07:00', [req()]).findings).toEqual([]);
    const r = run('2026-08-21T09:00:00+07:00', [req()]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'request-due-soon', severity: 'warning', subjectKey: 'info-request:r1', recipients: ['ppid_pelaksana', 'ppid_utama'], details: { dueOn: '2026-08-26', workingDaysLeft: 2 } });
    expect(r.recordLate).toEqual([]);
  });

  it('on the last day it is still on time; after it, overdue: escalated to the head and recorded once, never closed', () => {
    expect(run('2026-08-26T23:00:00+07:00', [req()]).findings[0].rule).toBe('request-due-soon');
    const r = run('2026-08-27T08:00:00+07:00', [req()]);
    expect(r.findings[0]).toMatchObject({ rule: 'request-overdue', severity: 'critical', recipients: ['kepala', 'ppid_utama'] });
    expect(r.recordLate).toEqual(['r1']);
    expect(r.close).toEqual([]);
    expect(run('2026-08-27T08:00:00+07:00', [req({ lateRecordedAt: at('2026-08-27T07:00:00+07:00') })]).recordLate).toEqual([]);
    // The extension moves the deadline (7 working days: 4 September).
    expect(run('2026-08-27T08:00:00+07:00', [req({ extensionDays: 7 })]).findings).toEqual([]);
    // Answered (delivered, closed): nothing.
    expect(run('2026-12-01T08:00:00+07:00', [req({ state: 'delivered' }), req({ state: 'closed' })]).findings).toEqual([]);
  });

  it('the completeness window: closed the day after completeBy, with a reason', () => {
    const waiting = req({ state: 'incomplete', completeBy: '2026-08-20' });
    expect(run('2026-08-20T15:00:00+07:00', [waiting]).close).toEqual([]);
    const r = run('2026-08-21T07:00:00+07:00', [waiting]);
    expect(r.close).toEqual([{ documentId: 'r1', reason: expect.stringContaining('2026-08-20') }]);
    expect(r.findings).toEqual([]);
  });

  it('a request waiting for the requester is neither due soon nor overdue, and its miss is not recorded; once completed the clock from the receipt applies', () => {
    const waiting = req({ state: 'incomplete', completeBy: '2026-09-30' });
    expect(run('2026-08-21T09:00:00+07:00', [waiting])).toEqual({ findings: [], recordLate: [], close: [], erase: [] });
    expect(run('2026-08-27T08:00:00+07:00', [waiting])).toEqual({ findings: [], recordLate: [], close: [], erase: [] });
    const completed = run('2026-08-27T08:00:00+07:00', [req({ state: 'checking' })]);
    expect(completed.findings.map((f) => f.rule)).toEqual(['request-overdue']);
    expect(completed.recordLate).toEqual(['r1']);
  });

  it('a signed notice is an answer: no alert while it is delivered', () => {
    expect(run('2026-08-27T08:00:00+07:00', [req({ state: 'signing', signedAt: at('2026-08-26T10:00:00+07:00') }), req({ documentId: 'r2', state: 'delivering' })]).findings).toEqual([]);
  });

  it('objections not decided within 30 working days', () => {
    const objections = [{ documentId: 'o1', registrationNumber: 'KEB-2026-00001-ABCD', unitId: 1, filedAt: at('2026-09-01T10:00:00+07:00') }];
    expect(run('2026-09-30T10:00:00+07:00', [], { objections }).findings).toEqual([]);
    const r = run('2026-12-01T10:00:00+07:00', [], { objections });
    expect(r.findings[0]).toMatchObject({ rule: 'objection-overdue', subjectKey: 'objection:o1', recipients: ['kepala', 'ppid_utama'] });
  });

  it('identity data past the retention period', () => {
    const finished = [
      { documentId: 'old', finishedAt: at('2024-01-01T00:00:00Z') },
      { documentId: 'recent', finishedAt: at('2025-01-01T00:00:00Z') },
      { documentId: 'open', finishedAt: null },
    ];
    expect(run('2026-08-21T00:00:00Z', [], { finished }).erase).toEqual(['old']);
    expect(finishedAt({ state: 'delivered', deliveredAt: at('2024-01-01T00:00:00Z') }, [{ state: 'decided', deliveredAt: at('2024-03-01T00:00:00Z') }])).toEqual(at('2024-03-01T00:00:00Z'));
    expect(finishedAt({ state: 'delivered', deliveredAt: at('2024-01-01T00:00:00Z') }, [{ state: 'examining' }])).toBeNull();
    expect(finishedAt({ state: 'assigned' }, [])).toBeNull();
  });
});
