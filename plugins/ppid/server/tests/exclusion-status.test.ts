import { addDays } from '../src/domain/time';
import { exclusionStatus, statusWhere } from '../src/dip/exclusion-status';

describe('exclusionStatus', () => {
  const today = '2026-06-10';
  const at = (exclusionEndsOn: string | null, reopenedOn: string | null = null) => exclusionStatus({ exclusionEndsOn, reopenedOn }, today, 30);

  it('is in force until the warning days, then ending, ended after the last excluded day, re-opened once recorded', () => {
    expect(at('2026-07-11')).toBe('in_force');
    expect(at('2026-07-10')).toBe('ending');
    expect(at('2026-06-10')).toBe('ending');
    expect(at('2026-06-09')).toBe('ended');
    expect(at('2026-06-09', '2026-06-10')).toBe('reopened');
    expect(at(null)).toBe('in_force');
  });

  it('ends without warning when the rule warns zero days', () => {
    expect(exclusionStatus({ exclusionEndsOn: '2026-06-11', reopenedOn: null }, today, 0)).toBe('in_force');
    expect(exclusionStatus({ exclusionEndsOn: '2026-06-10', reopenedOn: null }, today, 0)).toBe('ending');
  });
});

describe('statusWhere', () => {
  it('selects the same days as exclusionStatus', () => {
    expect(statusWhere('ending', '2026-06-10', 30)).toEqual({ reopenedOn: { $null: true }, exclusionEndsOn: { $gte: '2026-06-10', $lte: '2026-07-10' } });
    expect(statusWhere('ended', '2026-06-10', 30)).toEqual({ reopenedOn: { $null: true }, exclusionEndsOn: { $lt: '2026-06-10' } });
    expect(statusWhere('in_force', '2026-06-10', 30)).toEqual({ reopenedOn: { $null: true }, $or: [{ exclusionEndsOn: { $gt: '2026-07-10' } }, { exclusionEndsOn: { $null: true } }] });
    expect(statusWhere('reopened', '2026-06-10', 30)).toEqual({ reopenedOn: { $notNull: true } });
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
