import { addedGrantKey, grantsDue } from '../src/permissions/roles';

const grants = [{ types: ['dip-edition'] }, { types: ['exclusion-list'], added: 'exclusion-list-read' }, { types: ['x'], added: 'x-read' }];

describe('later grants of a plugin role', () => {
  it('are none for a role being created: it gets every grant with its creation', () => {
    expect(grantsDue('ppid-staff', grants, false, () => false)).toEqual([]);
  });
  it('reach an existing role once: the later grants not yet remembered', () => {
    expect(grantsDue('ppid-staff', grants, true, () => false).map((g) => g.added)).toEqual(['exclusion-list-read', 'x-read']);
    const given = new Set([addedGrantKey('ppid-staff', 'exclusion-list-read')]);
    expect(grantsDue('ppid-staff', grants, true, (k) => given.has(k)).map((g) => g.added)).toEqual(['x-read']);
  });
  it('are remembered per role', () => {
    expect(addedGrantKey('ppid-staff', 'exclusion-list-read')).toBe('role-grant-v1:ppid-staff:exclusion-list-read');
    const given = new Set([addedGrantKey('ppid-organisation', 'x-read')]);
    expect(grantsDue('ppid-staff', grants, true, (k) => given.has(k)).map((g) => g.added)).toEqual(['exclusion-list-read', 'x-read']);
  });
});
