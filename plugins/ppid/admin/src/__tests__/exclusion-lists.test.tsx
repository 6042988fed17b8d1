/**
 * The yearly lists of excluded information (issue 9, issue 12 point 4) rendered to HTML
 * (react-dom/server) with fixtures shaped like the admin API (GET /ppid/dip/lists, GET
 * /ppid/workflow/items/exclusion-list/:documentId), in Indonesian and English, as the positions see
 * them (useRBAC stubbed per action): the DIP register's section, and one list's page with the steps
 * open to the viewer and the head's signature offered only when the server's view allows it.
 */
import type { DipListRow, DipListsResponse } from '../api/dip';
import type { AvailableTransition, ExclusionsResponse, ItemWorkflow } from '../api/types';
import App from '../pages/App';
import { api, renderPlugin, setUpHarness, text, user, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const renderApp = (path: string, locale: Locale = 'id') => renderPlugin(App, path, { locale });

setUpHarness({ signedIn: { actions: ['workflow.read'] } });

const DRAFT = 'exl2026signing01';
const SIGNED = 'exl2025archived1';
const future = '2099-01-01T02:00:00.000Z';
const agency = { code: 'diskominfo', name: 'Dinas Kominfo' };
const signingStage = { id: 'Penandatanganan Atasan PPID', en: 'Signature by the head (Atasan PPID)' };
const WORKFLOW = { key: 'daftar-dikecualikan-kapuas-hulu', version: 1 };

const draftList: DipListRow = {
  documentId: DRAFT, year: 2026, title: 'Daftar Informasi yang Dikecualikan Dinas Kominfo 2026', state: 'draft', decreeNumber: null, signerName: null, signedAt: null, entryCount: null, agency,
  workflow: { stage: 'signing', stageName: signingStage, status: 'active', revision: 6, dueAt: future, overdue: false, workflow: WORKFLOW },
};
const signedList: DipListRow = {
  documentId: SIGNED, year: 2025, title: 'Daftar Informasi yang Dikecualikan Dinas Kominfo 2025', state: 'signed', decreeNumber: '188.4/12/DISKOMINFO/2025', signerName: 'Dr. H. Kepala Uji, M.Si.',
  signedAt: '2025-12-20', entryCount: 7, agency,
  workflow: { stage: 'archived', stageName: { id: 'Ditandatangani dan diarsipkan', en: 'Signed and archived' }, status: 'published', revision: 9, dueAt: null, overdue: false, workflow: WORKFLOW },
};
const edition: DipListRow = {
  documentId: 'ed2025enacted0001', year: 2025, title: 'DIP Dinas Kominfo 2025', state: 'enacted', decreeNumber: '045/DISKOMINFO/2025', signerName: 'Dr. H. Kepala Uji, M.Si.', signedAt: '2025-01-10',
  entryCount: 42, agency, workflow: null,
};
const lists = (exclusionLists: DipListRow[]): DipListsResponse => ({ data: { editions: [edition], exclusionLists } });

const transition = (key: string, action: AvailableTransition['action'], label: [string, string], allowed: boolean, extra: Partial<AvailableTransition> = {}): AvailableTransition => ({
  key, to: key.split('->')[1].split(':')[0], toName: { id: key, en: key }, action, label: { id: label[0], en: label[1] }, reasonRequired: action === 'return', proofRequired: false, allowed, ...extra,
});
const itemView = (stage: string, stageName: { id: string; en: string }, transitions: AvailableTransition[]): { data: ItemWorkflow } => ({
  data: {
    item: { type: 'exclusion-list', documentId: DRAFT, title: draftList.title, unit: agency },
    workflow: { ...WORKFLOW, name: { id: 'Daftar Informasi yang Dikecualikan (Kapuas Hulu)', en: 'List of excluded information (Kapuas Hulu)' }, sop: { number: 'SOP 001', title: 'Pendokumentasian Informasi Publik' } },
    state: { stage, stageName, kind: 'review', actor: null, revision: 6, enteredAt: '2026-01-05T01:00:00.000Z', dueAt: future, overdue: false, status: 'active', assignee: null, agendaNumber: null, sertaMerta: null },
    stages: [], transitions, fastPublish: { allowed: false }, retroApprove: { allowed: false }, actors: [],
  },
});
/** The head's view at the signing stage: sign and archive, or return to the Ketua PPID. */
const headAtSigning = (allowed: boolean) =>
  itemView('signing', signingStage, [
    transition('signing->archived:publish', 'publish', ['Tandatangani dan arsipkan', 'Sign and archive'], allowed, { signs: true }),
    transition('signing->test_check:return', 'return', ['Kembalikan ke Ketua PPID', 'Return to the Ketua PPID'], allowed),
  ]);
const ITEM_URL = `/ppid/workflow/items/exclusion-list/${DRAFT}`;

describe('the DIP register: the lists of excluded information', () => {
  it('lists each list with year, agency, stage with due time, signature and entry count, linking to its own page, in Indonesian', () => {
    user.grant('dip.export');
    api.answer('/ppid/dip/lists', lists([draftList, signedList]));
    const html = renderApp('dip');
    const body = text(html);
    expect(body).toContain('Daftar Informasi yang Dikecualikan Setiap tahun PPID Pembantu menyusun');
    expect(body).toContain('Daftar Informasi yang Dikecualikan Dinas Kominfo 2026');
    expect(body).toContain('2026 · Dinas Kominfo');
    expect(body).toContain('2025 · Dinas Kominfo');
    expect(body).toMatch(/Penandatanganan Atasan PPID Tenggat /);
    expect(body).toContain('Ditandatangani dan diarsipkan');
    expect(body).toContain('Keputusan 188.4/12/DISKOMINFO/2025, ditandatangani 20 Des 2025 oleh Dr. H. Kepala Uji, M.Si.');
    expect(body).toMatch(/ Ditandatangani Keputusan 188\.4/);
    expect(body).toContain(' 7 ');
    expect(html).toContain(`href="/plugins/ppid/exclusions/${DRAFT}"`);
    expect(html).toContain(`href="/plugins/ppid/exclusions/${SIGNED}"`);
    // The section's own column, and no files for the lists (the edition keeps its downloads).
    expect(body).toContain('Daftar Tahap Penetapan Jumlah informasi');
    expect(body.match(/Unduhan/g)).toHaveLength(1);
    expect(body.match(/ PDF /g)).toHaveLength(1);
    expect(body).not.toContain('Belum ada Daftar Informasi yang Dikecualikan');
  });

  it('speaks English too', () => {
    api.answer('/ppid/dip/lists', lists([draftList, signedList]));
    const body = text(renderApp('dip', 'en'));
    expect(body).toContain('Lists of excluded information');
    expect(body).toContain('List Stage Signature Entries');
    expect(body).toContain('Signature by the head (Atasan PPID)');
    expect(body).toContain('Signed and archived');
    expect(body).toContain('Decree 188.4/12/DISKOMINFO/2025, signed Dec 20, 2025 by Dr. H. Kepala Uji, M.Si.');
  });

  it('says so when there is no list, in both languages, and still lists the editions', () => {
    api.answer('/ppid/dip/lists', lists([]));
    const body = text(renderApp('dip'));
    expect(body).toContain('DIP Dinas Kominfo 2025');
    expect(body).toContain('Daftar Informasi yang Dikecualikan');
    expect(body).toContain('Belum ada Daftar Informasi yang Dikecualikan yang dapat Anda lihat.');
    expect(body).not.toContain('/plugins/ppid/exclusions/');
    expect(text(renderApp('dip', 'en'))).toContain('No list of excluded information you may see yet.');
  });
});

describe('one list of excluded information', () => {
  beforeEach(() => {
    api.answer('/ppid/dip/lists', lists([draftList, signedList]));
  });

  it('offers the head the signature that archives the list, with the decree number, and the return', () => {
    user.grant('workflow.transition');
    api.answer(ITEM_URL, headAtSigning(true));
    const html = renderApp(`exclusions/${DRAFT}`);
    const body = text(html);
    expect(html).toContain('href="/plugins/ppid/dip"');
    expect(body).toContain('Semua daftar tahunan');
    expect(body).toContain('Daftar Informasi yang Dikecualikan Dinas Kominfo 2026 Konsep');
    expect(body).toMatch(/Tahap: Penandatanganan Atasan PPID Tenggat /);
    expect(body).toContain('Tahun 2026');
    expect(body).toContain('Badan publik Dinas Kominfo');
    expect(body).toContain('Penetapan Belum ditandatangani');
    expect(body).toContain('Tanda tangan Anda mengesahkan dan mengarsipkan daftar ini');
    expect(body).toContain('Nomor keputusan');
    expect(body).toContain('Tandatangani dan arsipkan daftar');
    // The panel's title and button only: the signing step is not a plain step button.
    expect(body.match(/Tandatangani dan arsipkan/g)).toHaveLength(2);
    expect(body).toContain('Kembalikan ke Ketua PPID');
    // Not the DIP's wording, and not the exclusions table.
    expect(body).not.toContain('Tandatangani DIP');
    expect(body).not.toContain('menetapkan edisi ini');
    expect(body).not.toContain('Uji konsekuensi');
  });

  it('speaks English too', () => {
    user.grant('workflow.transition');
    api.answer(ITEM_URL, headAtSigning(true));
    const body = text(renderApp(`exclusions/${DRAFT}`, 'en'));
    expect(body).toContain('All yearly lists');
    expect(body).toContain('Stage: Signature by the head (Atasan PPID)');
    expect(body).toContain('Your signature approves and archives this list');
    expect(body).toContain('Sign and archive the list');
    expect(body).toContain('Return to the Ketua PPID');
    expect(body).not.toContain('Sign the DIP');
  });

  it('shows no signature and no step to whom the server does not allow them', () => {
    user.grant('workflow.transition');
    api.answer(ITEM_URL, headAtSigning(false));
    const body = text(renderApp(`exclusions/${DRAFT}`));
    expect(body).toContain('Tahap: Penandatanganan Atasan PPID');
    expect(body).not.toContain('Tandatangani dan arsipkan');
    expect(body).not.toContain('Nomor keputusan');
    expect(body).not.toContain('Kembalikan ke Ketua PPID');
  });

  it('offers no step without workflow.transition, whatever the answer holds', () => {
    api.answer(ITEM_URL, headAtSigning(true));
    const body = text(renderApp(`exclusions/${DRAFT}`));
    expect(body).toContain('Daftar Informasi yang Dikecualikan Dinas Kominfo 2026');
    expect(body).not.toContain('Tandatangani dan arsipkan');
    expect(body).not.toContain('Nomor keputusan');
    expect(body).not.toContain('Kembalikan ke Ketua PPID');
  });

  it('offers the Ketua PPID the check of the consequence tests, without the signature', () => {
    user.grant('workflow.transition');
    api.answer(ITEM_URL, itemView('test_check', { id: 'Pemeriksaan uji konsekuensi oleh Ketua PPID', en: 'Consequence tests checked by the Ketua PPID' }, [
      transition('test_check->signing:forward', 'forward', ['Uji konsekuensi sesuai: sampaikan ke Atasan PPID', 'Tests checked: send to the head'], true),
      transition('test_check->compilation:return', 'return', ['Kembalikan untuk diperbaiki', 'Return for correction'], true),
    ]));
    const body = text(renderApp(`exclusions/${DRAFT}`));
    expect(body).toContain('Tahap: Pemeriksaan uji konsekuensi oleh Ketua PPID');
    expect(body).toContain('Uji konsekuensi sesuai: sampaikan ke Atasan PPID');
    expect(body).toContain('Kembalikan untuk diperbaiki');
    expect(body).not.toContain('Nomor keputusan');
  });

  it('shows a signed list with its decree, signer, date and entry count', () => {
    api.answer(`/ppid/workflow/items/exclusion-list/${SIGNED}`, { data: { ...itemView('archived', { id: 'Ditandatangani dan diarsipkan', en: 'Signed and archived' }, []).data, state: null } });
    const body = text(renderApp(`exclusions/${SIGNED}`));
    expect(body).toContain('Daftar Informasi yang Dikecualikan Dinas Kominfo 2025 Ditandatangani');
    expect(body).toContain('Tahap: Ditandatangani dan diarsipkan');
    expect(body).not.toContain('Tenggat');
    expect(body).toContain('Penetapan Keputusan 188.4/12/DISKOMINFO/2025, ditandatangani 20 Des 2025 oleh Dr. H. Kepala Uji, M.Si.');
    expect(body).toContain('Jumlah informasi 7');
  });

  it('says so for a list the viewer may not see (or that does not exist)', () => {
    api.answer('/ppid/workflow/items/exclusion-list/unknown00000001', headAtSigning(true));
    const body = text(renderApp('exclusions/unknown00000001'));
    expect(body).toContain('Daftar Informasi yang Dikecualikan ini tidak ada, atau Anda tidak berhak melihatnya.');
    expect(body).not.toContain('Nomor keputusan');
  });
});

describe('the Excluded information tab', () => {
  it('links to the yearly lists in the DIP register', () => {
    const empty: ExclusionsResponse = { data: [], meta: { today: '2026-12-05', warnDays: 30, pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } };
    api.answer('/ppid/exclusions?page=1&pageSize=25', empty);
    const html = renderApp('exclusions');
    expect(text(html)).toContain('Daftar tahunan yang ditandatangani Atasan PPID (Register DIP)');
    expect(html).toContain('href="/plugins/ppid/dip"');
    expect(text(renderApp('exclusions', 'en'))).toContain('Yearly lists signed by the head (DIP register)');
  });
});
