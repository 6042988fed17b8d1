import { needsConfirmation } from '../utils/confirmation';

describe('needsConfirmation', () => {
  it('asks before an approval out of a review stage and before publishing', () => {
    expect(needsConfirmation({ action: 'forward' }, 'review')).toBe(true);
    expect(needsConfirmation({ action: 'publish' }, 'publishing')).toBe(true);
  });
  it('does not ask for a plain hand-over from a work stage', () => {
    expect(needsConfirmation({ action: 'forward' }, 'work')).toBe(false);
    expect(needsConfirmation({ action: 'forward' }, null)).toBe(false);
  });
  it('leaves steps with their own dialog alone (reason, disposisi)', () => {
    expect(needsConfirmation({ action: 'return', reasonRequired: true }, 'review')).toBe(false);
    expect(needsConfirmation({ action: 'forward', reasonRequired: true }, 'review')).toBe(false);
    expect(needsConfirmation({ action: 'forward', assigns: true }, 'work')).toBe(false);
  });
});
