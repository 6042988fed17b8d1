/**
 * The DIP register page (issue 12 point 4) rendered to HTML (react-dom/server) with fixtures shaped
 * like the admin API (GET /ppid/dip/lists, GET /ppid/dip/editions/:documentId/collection), in
 * Indonesian and English, with and without the plugin's RBAC actions (useRBAC is stubbed per action):
 * the year's lists, one edition's collection per unit, the check's actions and the head's signature
 * offered as the server's answer says.
 */
import type { DipCollectionResponse, DipListsResponse, DipSubmission } from '../api/dip';
import type { AvailableTransition, ItemWorkflow } from '../api/types';
import App from '../pages/App';
import { rowReturnProblems } from '../components/dip/ReturnRowsModal';
import { ReopenUnitsField, reopenable } from '../components/dip/ReopenUnitsField';
import { api, renderPage, renderPlugin, setUpHarness, text, user, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const renderApp = (path: string, locale: Locale = 'id') => renderPlugin(App, path, { locale });

setUpHarness({ signedIn: { actions: ['workflow.read'] } });

const ENACTED = 'ed2025enacted0001';
const CURRENT = 'ed2026collect0001';
const future = '2099-01-01T02:00:00.000Z';
const collecting = { id: 'Pengumpulan dan klasifikasi per unit', en: 'Collecting and classifying per unit' };

const lists: DipListsResponse = {
  data: {
    editions: [
      {
        documentId: CURRENT, year: 2026, title: 'DIP Dinas Kominfo 2026', state: 'draft', decreeNumber: null, signerName: null, signedAt: null, entryCount: null,
        agency: { code: 'diskominfo', name: 'Dinas Kominfo' },
        workflow: { stage: 'collection', stageName: collecting, status: 'active', revision: 3, dueAt: future, overdue: false, workflow: { key: 'dip-tahunan-kapuas-hulu', version: 1 } },
      },
      {
        documentId: ENACTED, year: 2025, title: 'DIP Dinas Kominfo 2025', state: 'enacted', decreeNumber: '045/DISKOMINFO/2025', signerName: 'Dr. H. Kepala Uji, M.Si.', signedAt: '2025-01-10', entryCount: 42,
        agency: { code: 'diskominfo', name: 'Dinas Kominfo' },
        workflow: { stage: 'enacted', stageName: { id: 'Ditetapkan', en: 'Enacted' }, status: 'published', revision: 5, dueAt: null, overdue: false, workflow: { key: 'dip-tahunan-kapuas-hulu', version: 1 } },
      },
    ],
    exclusionLists: [],
  },
};

const transition = (key: string, action: AvailableTransition['action'], label: [string, string], allowed: boolean, extra: Partial<AvailableTransition> = {}): AvailableTransition => ({
  key, to: key.split('->')[1].split(':')[0], toName: { id: key, en: key }, action, label: { id: label[0], en: label[1] }, reasonRequired: action === 'return', proofRequired: false, allowed, ...extra,
});
const editionWorkflow = (stage: string, stageName: { id: string; en: string }, transitions: AvailableTransition[]) =>
  ({
    item: { type: 'dip-edition', documentId: CURRENT, title: 'DIP Dinas Kominfo 2026', unit: null },
    workflow: { key: 'dip-tahunan-kapuas-hulu', version: 1, name: { id: 'Penetapan DIP tahunan', en: 'Enacting the yearly DIP' }, sop: { number: 'SOP 001', title: 'Pendokumentasian' } },
    state: { stage, stageName, kind: 'work', actor: null, revision: 7, enteredAt: '2026-01-05T01:00:00.000Z', dueAt: future, overdue: false, status: 'active', assignee: null, agendaNumber: null, sertaMerta: null },
    stages: [], transitions, fastPublish: { allowed: false }, retroApprove: { allowed: false }, actors: [],
  }) as unknown as ItemWorkflow;

const accept = { key: 'check->accepted:publish', action: 'publish' as const, label: { id: 'Terima', en: 'Accept' }, reasonRequired: false };
const giveBack = { key: 'check->filling:return', action: 'return' as const, label: { id: 'Kembalikan untuk diperbaiki', en: 'Return for correction' }, reasonRequired: true };
const unitState = (stage: string, id: string) => ({ stage, stageName: { id, en: id }, status: stage === 'accepted' ? 'published' as const : 'active' as const, revision: 4, dueAt: stage === 'accepted' ? null : future, overdue: false, workflow: { key: 'dip-usulan-unit-kapuas-hulu', version: 1 } });
const submissions = (checkSteps: boolean): DipSubmission[] => [
  {
    documentId: 'sub-ikp-00001', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, state: 'filling', status: 'submitted', checkedAt: null,
    lastStep: { action: 'forward', by: 'Operator IKP Uji', at: '2026-01-06T03:00:00.000Z', reason: null },
    workflow: unitState('check', 'Pemeriksaan PPID Pembantu'), steps: checkSteps ? [accept, giveBack] : [], returnedRows: [],
    rows: [
      { documentId: 'row-ss01-0001', number: 'SS-01', title: 'Rencana Strategis', infoClass: 'berkala', published: true },
      { documentId: 'row-ss02-0001', number: 'SS-02', title: 'Daftar kontrak pengadaan', infoClass: 'setiap_saat', published: false },
    ],
  },
  {
    documentId: 'sub-stat-0001', unit: { code: 'bidang-statistik', name: 'Bidang Statistik' }, state: 'filling', status: 'returned', checkedAt: null,
    lastStep: { action: 'return', by: 'PPID Pembantu Uji', at: '2026-01-06T04:00:00.000Z', reason: 'SS-03 Data statistik sektoral: Ringkasan belum lengkap' },
    workflow: unitState('filling', 'Identifikasi dan pengisian baris oleh Operator OPD'), steps: [],
    returnedRows: [{ entry: 'row-ss03-0001', number: 'SS-03', title: 'Data statistik sektoral', reason: 'Ringkasan belum lengkap' }],
    rows: [{ documentId: 'row-ss03-0001', number: 'SS-03', title: 'Data statistik sektoral', infoClass: 'berkala', published: false }],
  },
  {
    documentId: 'sub-sekre-001', unit: { code: 'sekretariat', name: 'Sekretariat' }, state: 'accepted', status: 'accepted', checkedAt: '2026-01-06T05:00:00.000Z',
    lastStep: { action: 'publish', by: 'PPID Pembantu Uji', at: '2026-01-06T05:00:00.000Z', reason: null },
    workflow: unitState('accepted', 'Diterima'), steps: [], returnedRows: [], rows: [],
  },
];
const collection = (workflow: ItemWorkflow, checkSteps: boolean): DipCollectionResponse => ({
  data: {
    edition: {
      documentId: CURRENT, year: 2026, title: 'DIP Dinas Kominfo 2026', state: 'draft', decreeNumber: null, signer: null, signedAt: null, enactedAt: null, entryCount: null,
      documentationUrl: null, websiteUrl: null, agency: { code: 'diskominfo', name: 'Dinas Kominfo' },
    },
    workflow,
    submissions: submissions(checkSteps),
    complete: false,
  },
});
const atCollection = editionWorkflow('collection', collecting, [
  transition('collection->signing:forward', 'forward', ['Sampaikan ke Atasan PPID', 'Send to the head'], false, { requires: ['unitSubmissions'] } as Partial<AvailableTransition>),
]);
const atSigning = editionWorkflow('signing', { id: 'Pemeriksaan dan penandatanganan Kepala OPD', en: 'Check and signature by the head' }, [
  transition('signing->enacted:publish', 'publish', ['Tandatangani dan tetapkan', 'Sign and enact'], true, { signs: true }),
  transition('signing->coordination:return', 'return', ['Kembalikan ke Ketua PPID', 'Return to the Ketua PPID'], true),
]);

describe('the DIP register: the year’s lists', () => {
  beforeEach(() => {
    api.answer('/ppid/dip/lists', lists);
  });

  it('has its own tab and address, and lists each edition with stage, due time and signature, in Indonesian', () => {
    const html = renderApp('dip');
    const body = text(html);
    expect(body).toContain('Register DIP');
    expect(body).toContain('Daftar Informasi Publik tahunan');
    expect(body).toContain('DIP Dinas Kominfo 2026');
    expect(body).toContain('2026 · Dinas Kominfo');
    expect(body).toContain('Pengumpulan dan klasifikasi per unit');
    expect(body).toMatch(/Tenggat /);
    expect(body).toContain('Konsep');
    expect(body).toContain('Ditetapkan');
    expect(body).toContain('Keputusan 045/DISKOMINFO/2025, ditandatangani 10 Jan 2025 oleh Dr. H. Kepala Uji, M.Si.');
    expect(html).toContain(`href="/plugins/ppid/dip/${CURRENT}"`);
    expect(html).toContain(`href="/plugins/ppid/dip/${ENACTED}"`);
    // Neither downloads nor the import link without their actions.
    expect(body).not.toContain('Unduhan');
    expect(body).not.toContain('Impor baris');
  });

  it('offers the enacted edition’s files with dip.export and the import tab with dip.import', () => {
    user.grant('dip.export', 'dip.import');
    const html = renderApp('dip');
    const body = text(html);
    expect(body).toContain('Unduhan');
    // One set of buttons: the draft edition has no frozen content to download.
    expect(body.match(/ PDF /g)).toHaveLength(1);
    expect(body).toContain('XLSX');
    expect(body).toContain('CSV');
    expect(body).toContain('Impor baris');
    expect(html).toContain('href="/plugins/ppid/dip-import"');
  });

  it('speaks English too', () => {
    const body = text(renderApp('dip', 'en'));
    expect(body).toContain('DIP register');
    expect(body).toContain('Collecting and classifying per unit');
    expect(body).toContain('Decree 045/DISKOMINFO/2025, signed Jan 10, 2025 by Dr. H. Kepala Uji, M.Si.');
  });
});

describe('the DIP register: one edition', () => {
  it('shows each unit’s status, rows, who took the last step, and the check’s actions to the PPID Pembantu', () => {
    user.grant('workflow.transition');
    api.answer(`/ppid/dip/editions/${CURRENT}/collection`, collection(atCollection, true));
    const html = renderApp(`dip/${CURRENT}`);
    const body = text(html);
    expect(html).toContain('href="/plugins/ppid/dip"');
    expect(body).toContain('Semua edisi DIP');
    expect(body).toContain('Tahap: Pengumpulan dan klasifikasi per unit');
    expect(body).toContain('Belum ditandatangani');
    expect(body).toContain('Pengumpulan per unit');
    expect(body).toContain('1 dari 3 unit diterima');
    expect(body).toContain('Bidang IKP Menunggu pemeriksaan');
    expect(body).toMatch(/2 baris · Pemeriksaan PPID Pembantu · Teruskan oleh Operator IKP Uji, 6 Jan 2026/);
    expect(body).toContain('Bidang Statistik Dikembalikan');
    expect(body).toMatch(/Kembalikan oleh PPID Pembantu Uji, 6 Jan 2026/);
    expect(body).toContain('Data statistik sektoral Dikembalikan: Ringkasan belum lengkap');
    expect(body).toContain('Sekretariat Diterima');
    expect(body).toContain('Unit ini belum memiliki baris DIP untuk tahun ini.');
    expect(body).toContain('Rencana Strategis');
    expect(body).toContain('Tersedia setiap saat');
    // The check on the submitted unit only: accept, return whole, return a single row (one per row).
    expect(body.match(/>?Terima /g)).toHaveLength(1);
    expect(body.match(/Kembalikan untuk diperbaiki/g)).toHaveLength(1);
    expect(body.match(/Kembalikan baris ini/g)).toHaveLength(2);
    // The step the server refuses now is not offered; nor is the signature.
    expect(body).not.toContain('Sampaikan ke Atasan PPID');
    expect(body).not.toContain('Tandatangani DIP');
    expect(body).not.toContain('Nomor keputusan');
  });

  it('offers no action without workflow.transition, whatever the answer holds', () => {
    api.answer(`/ppid/dip/editions/${CURRENT}/collection`, collection(atSigning, true));
    const body = text(renderApp(`dip/${CURRENT}`));
    expect(body).toContain('Bidang IKP Menunggu pemeriksaan');
    expect(body).not.toContain('Terima ');
    expect(body).not.toContain('Kembalikan baris ini');
    expect(body).not.toContain('Tandatangani DIP');
    expect(body).not.toContain('Kembalikan ke Ketua PPID');
  });

  it('offers the head the signature with the decree number, and the return to the Ketua PPID', () => {
    user.grant('workflow.transition');
    api.answer(`/ppid/dip/editions/${CURRENT}/collection`, collection(atSigning, false));
    const body = text(renderApp(`dip/${CURRENT}`));
    expect(body).toContain('Tahap: Pemeriksaan dan penandatanganan Kepala OPD');
    expect(body).toContain('Tandatangani dan tetapkan');
    expect(body).toContain('Tanda tangan Anda menetapkan edisi ini');
    expect(body).toContain('Nomor keputusan');
    expect(body).toContain('Tandatangani DIP');
    expect(body).toContain('Kembalikan ke Ketua PPID');
    // The head does not check units' submissions.
    expect(body).not.toContain('Kembalikan baris ini');
  });

  it('speaks English too', () => {
    user.grant('workflow.transition');
    api.answer(`/ppid/dip/editions/${CURRENT}/collection`, collection(atSigning, true));
    const body = text(renderApp(`dip/${CURRENT}`, 'en'));
    expect(body).toContain('All DIP editions');
    expect(body).toContain('1 of 3 units accepted');
    expect(body).toContain('Bidang IKP Awaiting the check');
    expect(body).toContain('Sign the DIP');
    expect(body).toContain('Return this row');
  });
});

describe('returning single rows', () => {
  it('needs at least one row, each with a reason of 10 characters', () => {
    expect(rowReturnProblems({})).toEqual({ none: true, short: [] });
    expect(rowReturnProblems({ a: 'Ringkasan belum lengkap', b: ' kurang   ' })).toEqual({ none: false, short: ['b'] });
    expect(rowReturnProblems({ a: 'Ringkasan belum lengkap' })).toEqual({ none: false, short: [] });
  });
});

describe("the head's return of the list to the collection", () => {
  const accepted = (code: string, name: string, documentId: string): DipSubmission => ({ ...submissions(false)[0], documentId, unit: { code, name }, state: 'accepted', status: 'accepted', steps: [] });
  const list = [accepted('bidang-ikp', 'Bidang IKP', 'sub-ikp-00001'), submissions(false)[1], accepted('sekretariat', 'Sekretariat', 'sub-sek-00001')];
  const field = (chosen: string[], locale: Locale = 'id') =>
    text(renderPage(<ReopenUnitsField submissions={list} chosen={chosen} onChange={() => undefined} />, { locale }));

  it('offers the accepted submissions only (a unit still filling keeps its round)', () => {
    expect(reopenable(list).map((s) => s.unit!.code)).toEqual(['bidang-ikp', 'sekretariat']);
    const out = field(['sekretariat']);
    expect(out).toContain('Usulan unit yang dibuka kembali');
    expect(out).toContain('Bidang IKP');
    expect(out).toContain('Sekretariat');
    expect(out).not.toContain('Bidang Statistik');
    expect(out).toContain('Unit yang tidak dicentang tetap dengan usulan yang sudah diterima.');
    expect(field([], 'en')).toContain('Units whose submissions reopen');
  });

  it('marks the units chosen', () => {
    const html = renderPage(<ReopenUnitsField submissions={list} chosen={['sekretariat']} onChange={() => undefined} />);
    const checked = [...html.matchAll(/<button[^>]*role="checkbox"[^>]*aria-checked="(true|false)"/g)].map((m) => m[1]);
    expect(checked).toEqual(['false', 'true']);
  });
});
