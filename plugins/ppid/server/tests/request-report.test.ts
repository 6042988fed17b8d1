/**
 * The annual service report's figures from hand-built register rows. Dates from the 2026 calendar:
 * 2026-08-10 is a Monday; 17 and 25 August are public holidays. Each expected figure is counted by
 * hand in the comments.
 */
import { serviceReport, type ObjectionRow, type RequestRow } from '../src/requests/report';
import { createClock } from '../src/workflow/clock';

const clock = createClock({ timezone: 'Asia/Jakarta', officeHours: { start: '08:00', end: '16:00' }, holidays: true });
const at = (iso: string) => new Date(iso);
const req = (over: Partial<RequestRow>): RequestRow => ({
  receivedAt: at('2026-08-10T09:00:00+07:00'),
  channel: 'website',
  outcome: null,
  answeredAt: null,
  extensionDays: 0,
  refusalArticle: null,
  closedIncomplete: false,
  ...over,
});

const requests: RequestRow[] = [
  // 1: answered in 2 working days, on time.
  req({ outcome: 'granted_full', answeredAt: at('2026-08-12T10:00:00+07:00') }),
  // 2: received Friday after closing -> Tue 18 Aug; refused (Pasal 17 h) on the 26th: 19, 20, 21, 24, 26 = 5 days.
  req({ receivedAt: at('2026-08-14T16:30:00+07:00'), channel: 'walk_in', outcome: 'refused', refusalArticle: 'h', answeredAt: at('2026-08-26T11:00:00+07:00') }),
  // 3: extended by 7 (due 4 Sep), answered 3 Sep: 16 working days, on time.
  req({ channel: 'email', outcome: 'granted_part', extensionDays: 7, answeredAt: at('2026-09-03T10:00:00+07:00') }),
  // 4: due 26 Aug, answered 27 Aug: 11 working days, late.
  req({ channel: 'letter', outcome: 'not_held', answeredAt: at('2026-08-27T09:00:00+07:00') }),
  // 5: unanswered and past its deadline: pending and late.
  req({ receivedAt: at('2026-10-05T10:00:00+07:00') }),
  // 6: unanswered, still within its deadline: pending only.
  req({ receivedAt: at('2026-11-30T10:00:00+07:00') }),
  // 7: closed because it was never completed: neither answered nor late.
  req({ receivedAt: at('2026-03-02T10:00:00+07:00'), closedIncomplete: true }),
];

const objections: ObjectionRow[] = [
  { filedAt: at('2026-09-01T10:00:00+07:00'), grounds: ['c', 'g', 'c'], decision: 'upheld', decidedAt: at('2026-09-20T10:00:00+07:00'), disputeNumber: 'KI/2026/014' },
  { filedAt: at('2026-11-02T10:00:00+07:00'), grounds: ['a'], decision: null, decidedAt: null, disputeNumber: null },
];

describe('serviceReport', () => {
  const report = serviceReport(clock, 2026, requests, objections, at('2026-12-01T09:00:00+07:00'));

  it('counts requests by month of receipt, channel and outcome', () => {
    expect(report.requests.total).toBe(7);
    expect(report.requests.byMonth).toEqual([0, 0, 1, 0, 0, 0, 0, 4, 0, 1, 1, 0]);
    expect(report.requests.byChannel).toEqual({ website: 4, walk_in: 1, letter: 1, email: 1 });
    expect(report.requests.byOutcome).toEqual({ granted_full: 1, granted_part: 1, not_held: 1, held_elsewhere: 0, refused: 1 });
    expect(report.requests.refusalsByArticle).toMatchObject({ h: 1, a: 0, j: 0 });
    expect(Object.values(report.requests.refusalsByArticle).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('counts pending, closed, extended, on time and late; the rate and the average working days', () => {
    expect(report.requests).toMatchObject({ pending: 2, closedIncomplete: 1, extended: 1, onTime: 3, late: 2 });
    expect(report.requests.onTimeRate).toBe(60); // 3 of 5
    expect(report.requests.averageWorkingDays).toBe(8.5); // (2 + 5 + 16 + 11) / 4
  });

  it('counts objections by ground (once per objection), decision, pending and disputes', () => {
    expect(report.objections).toEqual({
      total: 2,
      byGround: { a: 1, b: 0, c: 1, d: 0, e: 0, f: 0, g: 1 },
      byDecision: { upheld: 1, upheld_in_part: 0, rejected: 0 },
      pending: 1,
      disputes: 1,
    });
  });

  it('an empty year has zeros and no rates', () => {
    const empty = serviceReport(clock, 2027, [], [], at('2027-12-31T09:00:00+07:00'));
    expect(empty.requests).toMatchObject({ total: 0, pending: 0, onTimeRate: null, averageWorkingDays: null });
    expect(empty.requests.byMonth).toEqual(Array(12).fill(0));
    expect(empty.objections.total).toBe(0);
  });
});
