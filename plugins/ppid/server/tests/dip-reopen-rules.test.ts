import { decideReopen } from '../src/dip/reopen-rules';

const excluded = { class: 'dikecualikan', exclusionEndsOn: '2026-11-30', reopenedOn: null };
const input = { byUserId: 7, today: '2026-12-01', reason: 'Masa pengecualian lima tahun telah berakhir', newClass: 'setiap_saat' };

describe('decideReopen', () => {
  it('records who, when, why and the new open class once the period has ended', () => {
    expect(decideReopen(excluded, input)).toEqual({
      ok: true,
      record: { byUserId: 7, on: '2026-12-01', reason: 'Masa pengecualian lima tahun telah berakhir', newClass: 'setiap_saat', previousClass: 'dikecualikan' },
    });
  });
  it('refuses on the last excluded day and before', () => {
    expect(decideReopen(excluded, { ...input, today: '2026-11-30' })).toMatchObject({ ok: false, path: 'exclusionEndsOn' });
    expect(decideReopen(excluded, { ...input, today: '2026-01-01' })).toMatchObject({ ok: false, path: 'exclusionEndsOn' });
  });
  it('refuses an entry that is not excluded or was already re-opened', () => {
    expect(decideReopen({ ...excluded, class: 'berkala' }, input)).toMatchObject({ ok: false, path: 'class' });
    expect(decideReopen({ ...excluded, reopenedOn: '2026-12-01' }, input)).toMatchObject({ ok: false, path: 'class' });
  });
  it.each([undefined, '', '   short  ', 42])('refuses the reason %p', (reason) =>
    expect(decideReopen(excluded, { ...input, reason })).toMatchObject({ ok: false, path: 'reason' })
  );
  it.each(['dikecualikan', 'open', undefined])('refuses the new class %p', (newClass) =>
    expect(decideReopen(excluded, { ...input, newClass })).toMatchObject({ ok: false, path: 'newClass' })
  );
});
