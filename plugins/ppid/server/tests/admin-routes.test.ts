/**
 * The admin API table (shared/routes.ts) is what the server mounts and what the admin calls: every
 * admin route of the server is in it and nothing else, and `adminUrl` builds URLs the routes take.
 */
import routes from '../src/routes';
import { FORM_ROUTE_KINDS } from '../src/website/records';
import { ADMIN_ROUTES, adminUrl, FORM_URL_KINDS, routeParams } from '../../shared/routes';

describe('the admin route table', () => {
  it('is exactly the set of admin routes the server mounts', () => {
    const mounted = routes.admin.routes.map((r: { method: string; path: string }) => `${r.method} ${r.path}`).sort();
    const table = Object.values(ADMIN_ROUTES).map((r) => `${r.method} ${r.path}`).sort();
    expect(mounted).toEqual(table);
    expect(new Set(table).size).toBe(table.length);
  });

  it("names the server's form kinds", () => {
    expect([...FORM_URL_KINDS].sort()).toEqual(Object.keys(FORM_ROUTE_KINDS).sort());
  });
});

describe('adminUrl', () => {
  it('fills and encodes parameters', () => {
    expect(adminUrl('home')).toBe('/ppid/home');
    expect(adminUrl('item', { type: 'announcement', documentId: 'abc 1/2' })).toBe('/ppid/workflow/items/announcement/abc%201%2F2');
    expect(adminUrl('acknowledgeAlert', { id: 12 })).toBe('/ppid/compliance/alerts/12/acknowledge');
    expect(adminUrl('editionExport', { documentId: 'd1', format: 'xlsx' })).toBe('/ppid/dip/editions/d1/export.xlsx');
    expect(adminUrl('signForm', { kind: 'approval-forms', documentId: 'f9' })).toBe('/ppid/forms/approval-forms/f9/signatures');
  });

  it('appends the query without empty values', () => {
    expect(adminUrl('complianceAlerts', {}, { state: 'resolved', page: 2, pageSize: 25, rule: undefined, q: '' })).toBe('/ppid/compliance/alerts?state=resolved&page=2&pageSize=25');
    expect(adminUrl('workflows', {}, { all: true })).toBe('/ppid/workflows?all=true');
  });

  it('throws on a missing, unknown or out-of-constraint parameter', () => {
    expect(() => adminUrl('item', { type: 'announcement' })).toThrow('item: missing parameter documentId');
    expect(() => adminUrl('home', { id: 1 })).toThrow('home: unknown parameter id');
    expect(() => adminUrl('editionExport', { documentId: 'd1', format: 'doc' })).toThrow('editionExport: format must match pdf|xlsx|csv');
    expect(() => adminUrl('signForm', { kind: 'minutes', documentId: 'x' })).toThrow('signForm: kind must match');
  });

  it('routeParams lists the parameters in order', () => {
    expect(routeParams(ADMIN_ROUTES.formRecord.path)).toEqual(['kind', 'documentId']);
    expect(routeParams(ADMIN_ROUTES.home.path)).toEqual([]);
  });
});
