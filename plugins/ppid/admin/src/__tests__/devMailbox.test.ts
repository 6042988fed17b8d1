import { devMailboxUrl, isSuperAdmin, sizeInKb } from '../utils/devMailbox';

describe('dev mailbox helpers', () => {
  it('asks for a page of 25, from page 1', () => {
    expect(devMailboxUrl(2)).toBe('/ppid/dev-mailbox?page=2&pageSize=25');
    expect(devMailboxUrl(0)).toBe('/ppid/dev-mailbox?page=1&pageSize=25');
  });
  it('shows the tab to super admins only', () => {
    expect(isSuperAdmin({ roles: [{ code: 'ppid-staff' }, { code: 'strapi-super-admin' }] })).toBe(true);
    expect(isSuperAdmin({ roles: [{ code: 'ppid-staff' }] })).toBe(false);
    expect(isSuperAdmin(undefined)).toBe(false);
  });
  it("gives an attachment's size in kB with one decimal, never 0 kB for a file with content", () => {
    expect([sizeInKb(0), sizeInKb(1), sizeInKb(1024), sizeInKb(1536), sizeInKb(2049), sizeInKb(153_600)]).toEqual([0, 0.1, 1, 1.5, 2.1, 150]);
  });
});
