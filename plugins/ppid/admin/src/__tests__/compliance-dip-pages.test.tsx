/**
 * The compliance charts, the excluded-information page and the DIP import wizard rendered to HTML
 * (react-dom/server) with fixtures shaped like the admin API, in Indonesian and English, with and
 * without the plugin's RBAC actions (useRBAC is stubbed per action).
 */
import type { AlertsResponse, ComplianceChartsResponse, ComplianceSummary, DipImportReport, ExclusionsResponse } from '../api/types';
import App from '../pages/App';
import { ImportReport } from '../components/ImportReport';
import { monthSeries, unitTotals } from '../components/charts/PublishedChart';
import { formatNumber, formatPercent } from '../utils/numbers';
import { fileNameOf } from '../utils/download';
import { formatMonth } from '../utils/time';
import { api, renderPage, renderPlugin, setUpHarness, text, user, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const renderApp = (tab: string, locale: Locale = 'id') => renderPlugin(App, tab, { locale });

setUpHarness({ signedIn: { actions: ['workflow.read'] }, quietWarnings: true });

const charts: ComplianceChartsResponse = {
  data: {
    period: { from: '2025-12', to: '2026-11', timezone: 'Asia/Jakarta' },
    units: [
      { id: 2, code: 'bidang-ikp', name: 'Bidang IKP' },
      { id: 4, code: 'bidang-statistik', name: 'Bidang Statistik' },
    ],
    published: {
      months: ['2026-10', '2026-11'],
      cells: [
        { unitId: 2, month: '2026-10', planned: 3, published: 2, percent: 66.7 },
        { unitId: 4, month: '2026-11', planned: 1200, published: 1500, percent: 125 },
      ],
      totals: [
        { month: '2026-10', planned: 3, published: 2 },
        { month: '2026-11', planned: 1200, published: 1500 },
      ],
    },
    timeStandards: [
      { workflowKey: 'pengumuman', workflowName: { id: 'Pengumuman', en: 'Announcing' }, stage: 'review_kabid', stageName: { id: 'Pemeriksaan Kabid', en: 'Review by the Kabid' }, completed: 4, met: 3, unmeasured: 0, percentMet: 75 },
    ],
    alerts: {
      rules: [{ rule: 'sla-overdue', total: 3, units: [{ unitId: 2, count: 2 }, { unitId: null, count: 1 }] }],
      units: [{ unitId: 2, total: 2 }, { unitId: null, total: 1 }],
      total: 3,
    },
  },
};
const noAlerts: AlertsResponse = { data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: 0 } } };
const summary = { data: { alerts: [], runs: [], schedule: { enabled: true, dailyAt: '06:00', timezone: 'Asia/Jakarta', slaIntervalMinutes: 15 } } } as unknown as ComplianceSummary;

describe('compliance dashboard charts', () => {
  beforeEach(() => {
    api.answer('/ppid/compliance/charts?months=12', charts);
    api.answer('/ppid/compliance/alerts?page=1&pageSize=25', noAlerts);
    api.answer('/ppid/compliance/summary', summary);
  });

  it('shows the three charts with their tables in Indonesian, numbers in id-ID', () => {
    user.grant('compliance.read');
    const body = text(renderApp('compliance'));
    expect(body).toContain('Konten terbit dibandingkan rencana');
    expect(body).toContain('Standar waktu terpenuhi per tahap');
    expect(body).toContain('Peringatan terbuka per aturan dan unit');
    expect(body).toContain('Des 2025 – Nov 2026 (Asia/Jakarta)');
    // Bidang Statistik: 1.200 planned, 1.500 published, 125% of the plan; IKP 66,7%.
    expect(body).toMatch(/Bidang Statistik 1\.200 1\.500 125\s?%/);
    expect(body).toMatch(/Bidang IKP 3 2 66,7\s?%/);
    expect(body).toMatch(/Pemeriksaan Kabid · Pengumuman 4 3 0 75\s?%/);
    expect(body).toContain('Bidang IKP: 2 · Seluruh badan publik: 1');
    expect(body).toContain('3 peringatan terbuka atau diketahui.');
  });

  it('speaks English too', () => {
    user.grant('compliance.read');
    const body = text(renderApp('compliance', 'en'));
    expect(body).toContain('Content published against the plan');
    expect(body).toMatch(/Bidang Statistik 1,200 1,500 125%/);
  });

  it('hides the compliance tab without compliance.read, and its page (the link redirects to the inbox)', () => {
    api.answer('/ppid/workflow/inbox', { data: [], meta: { total: 0, overdue: 0 } });
    const inbox = text(renderApp('inbox'));
    expect(inbox).toContain('Menunggu tindakan saya');
    expect(inbox).toContain('Informasi dikecualikan');
    expect(inbox).not.toContain('Kepatuhan');
    expect(inbox).not.toContain('Impor DIP');
    // A <Navigate> renders nothing on the server: the page itself is not rendered.
    expect(text(renderApp('compliance')).trim()).toBe('');
    user.grant('compliance.read', 'dip.import');
    const all = text(renderApp('inbox'));
    expect(all).toContain('Kepatuhan');
    expect(all).toContain('Impor DIP');
  });

  it('keeps every month of the window for one unit and totals per unit', () => {
    expect(monthSeries(charts.data.published, 2)).toEqual([
      { month: '2026-10', planned: 3, published: 2 },
      { month: '2026-11', planned: 0, published: 0 },
    ]);
    expect(monthSeries(charts.data.published, null)).toBe(charts.data.published.totals);
    expect(unitTotals(charts.data).map((r) => [r.unit.code, r.planned, r.published, r.percent])).toEqual([
      ['bidang-ikp', 3, 2, 66.7],
      ['bidang-statistik', 1200, 1500, 125],
    ]);
  });
});

const exclusions: ExclusionsResponse = {
  data: [
    {
      documentId: 'exc1', title: 'Dokumen lelang 2024', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, article17Letter: 'b', legalBasis: 'UU 14/2008 Pasal 17 huruf b',
      consequenceIfOpened: 'Mengganggu proses pengadaan yang sedang berjalan.', consequenceIfClosed: 'Publik menerima pengumuman pemenang setelah lelang selesai.',
      testedOn: '2024-03-01', exclusionEndsOn: '2025-12-31', decreeNumber: null, enactedByName: 'Kepala Dinas', published: true, status: 'ended', reopened: null,
      entries: [{ documentId: 'dip1', number: 'DK-01', title: 'Dokumen lelang pengadaan', infoClass: 'dikecualikan' }],
    },
    {
      documentId: 'exc2', title: 'Data pribadi pemohon', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, article17Letter: 'h', legalBasis: 'UU 14/2008 Pasal 17 huruf h',
      consequenceIfOpened: 'Mengungkap rahasia pribadi.', consequenceIfClosed: 'Data agregat tetap dibuka.', testedOn: '2026-01-15', exclusionEndsOn: '2026-01-31', decreeNumber: null,
      enactedByName: null, published: true, status: 'reopened', reopened: { on: '2026-02-02', byName: 'Rina', reason: 'Masa pengecualian berakhir.', newClass: 'setiap_saat' }, entries: [],
    },
  ],
  meta: { today: '2026-12-05', warnDays: 30, pagination: { page: 1, pageSize: 25, pageCount: 1, total: 2 } },
};

describe('excluded information', () => {
  beforeEach(() => {
    api.answer('/ppid/exclusions?page=1&pageSize=25', exclusions);
  });

  it('lists the exclusions with ground, consequence test, period, status and DIP entries, in Indonesian', () => {
    user.grant('workflow.transition', 'dip.export');
    const html = renderApp('exclusions');
    const body = text(html);
    expect(body).toContain('Informasi dikecualikan');
    expect(body).toContain('2 pengecualian');
    expect(body).toContain('Pasal 17 huruf b');
    expect(body).toContain('DIP DK-01: Dokumen lelang pengadaan');
    expect(body).toContain('Jika dibuka: Mengganggu proses pengadaan yang sedang berjalan.');
    expect(body).toContain('1 Mar 2024 – 31 Des 2025');
    expect(body).toContain('Jangka waktu berakhir');
    expect(body).toContain('Dibuka kembali');
    expect(body).toContain('2 Feb 2026 oleh Rina, kini Tersedia setiap saat');
    expect(body).toContain('Segera berakhir” berarti jangka waktunya berakhir dalam 30 hari');
    // Re-open only on the ended one; downloads of the excluded list.
    expect(body.match(/Buka kembali/g)).toHaveLength(1);
    expect(body).toContain('Daftar (PDF)');
    expect(body).toContain('Daftar (XLSX)');
    expect(html).toContain('href="/content-manager/collection-types/plugin::ppid.exclusion/exc1"');
  });

  it('hides re-opening without workflow.transition and the downloads without dip.export', () => {
    const body = text(renderApp('exclusions'));
    expect(body).toContain('Dokumen lelang 2024');
    expect(body).not.toContain('Buka kembali');
    expect(body).not.toContain('Tindakan');
    expect(body).not.toContain('Daftar (PDF)');
  });
});

describe('DIP import wizard', () => {
  it('offers the template, the file and the check, in Indonesian, for those with dip.import', () => {
    user.grant('dip.import');
    const html = renderApp('dip-import');
    const body = text(html);
    expect(body).toContain('Impor DIP');
    expect(body).toContain('1. Unduh templat');
    expect(body).toContain('Templat (XLSX)');
    expect(body).toContain('Templat (CSV)');
    expect(body).toContain('Periksa berkas');
    expect(body).toContain('Periksa berkas terlebih dahulu.');
    expect(html).toContain('accept=".xlsx,.csv"');
  });

  it('has no tab and no page without dip.import', () => {
    api.answer('/ppid/workflow/inbox', { data: [], meta: { total: 0, overdue: 0 } });
    expect(text(renderApp('dip-import')).trim()).toBe('');
  });

  it('reports every bad row with its number and reasons before confirmation', () => {
    const report: DipImportReport = {
      confirmed: false, total: 1204, valid: 1200, created: 0, alreadyImported: [7],
      problems: [
        { row: 3, reasons: ['Kolom "Klasifikasi" tidak dikenal: "rahasia"'] },
        { row: 9, reasons: ['Unit "bidang-lain" tidak dikenal', 'Tahun 1999 di luar 2025–2027'] },
      ],
    };
    const body = text(renderPage(<ImportReport report={report} />));
    expect(body).toContain('Baris dibaca 1.204');
    expect(body).toContain('Baris sah untuk diimpor 1.200');
    expect(body).toContain('Sudah diimpor (dilewati) 1');
    expect(body).toContain('Baris bermasalah 2');
    expect(body).toContain('Baris 3 Kolom "Klasifikasi" tidak dikenal: "rahasia"');
    expect(body).toContain('Baris 9 Unit "bidang-lain" tidak dikenal Tahun 1999 di luar 2025–2027');
    expect(body).toContain('Baris yang sudah tersimpan (tahun, nomor dan unit sama): 7.');
  });

  it('shows the entries created after confirmation', () => {
    const body = text(renderPage(<ImportReport report={{ confirmed: true, total: 3, valid: 2, created: 2, alreadyImported: [], problems: [] }} />, { locale: 'en' }));
    expect(body).toContain('Entries created 2');
    expect(body).toContain('Rows with problems 0');
  });
});

describe('formatting helpers', () => {
  it('formats numbers, percentages and months in id-ID and en', () => {
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
    expect(formatPercent(66.7, 'id')).toMatch(/^66,7\s?%$/);
    expect(formatPercent(null, 'id')).toBe('—');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatMonth('2026-12', 'id')).toBe('Des 2026');
    expect(formatMonth('2026-12', 'en')).toBe('Dec 2026');
    expect(formatMonth('nope', 'id')).toBe('nope');
  });

  it('reads the file name of a download', () => {
    expect(fileNameOf('attachment; filename="informasi-dikecualikan-2026-12-05.pdf"', 'x.pdf')).toBe('informasi-dikecualikan-2026-12-05.pdf');
    expect(fileNameOf(null, 'templat-impor-dip.csv')).toBe('templat-impor-dip.csv');
  });
});
