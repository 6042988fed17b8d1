/**
 * The website team's pages (backlog board, minutes, forms, evaluations) rendered to HTML with
 * fixtures shaped like the admin API, in English and Indonesian, each at its own address.
 */
import type { BacklogResponse, Evaluation, EvaluationRow, FormDetail, FormRow, MinutesDetail, MinutesRow, Paged } from '../api/website';
import App from '../pages/App';
import { defaultPeriod, localDay } from '../pages/EvaluationsPage';
import { api, everyAction, renderPlugin, setUpHarness, text, user, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const render = (path: string, locale: Locale = 'en') => renderPlugin(App, path, { locale });

setUpHarness({ signedIn: { actions: everyAction.filter((action) => !action.endsWith('.manage')) } });

const name = { id: 'Tanda terima Web Developer', en: 'Receipt by the Web Developer' };

describe('backlog board', () => {
  beforeEach(() => {
    const board: BacklogResponse = {
      data: {
        type: 'backlog-item',
        workflows: [
          {
            key: 'web-backlog', version: 1, name: { id: 'Pengembangan website PPID (backlog)', en: 'PPID website development (backlog)' },
            stages: [
              { key: 'raised', name: { id: 'Diajukan', en: 'Raised' }, kind: 'work', actor: 'sub_koordinator', count: 0, items: [], pagination: { page: 1, pageSize: 100, pageCount: 1, total: 0 } },
              {
                key: 'presentation', name, kind: 'work', actor: 'web_developer', count: 1, pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 },
                items: [{ documentId: 'b1', title: 'Tabel DIP terpotong', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, enteredAt: '2026-06-01T02:00:00.000Z', dueAt: null, overdue: false, kind: 'display_fix', priority: 'normal', dueOn: '2026-06-05', late: true, receipt: { at: '2026-06-02T03:00:00.000Z', by: { id: 4, name: 'Budi Santoso' } } }],
              },
            ],
          },
        ],
      },
    };
    api.answer('/ppid/website/backlog', board);
  });

  it('shows a column per stage, the schedule with lateness, the receipt in WIB and a Steps menu', () => {
    const out = text(render('backlog'));
    expect(out).toContain('PPID website development (backlog)');
    expect(out).toContain('Receipt by the Web Developer');
    expect(out).toContain('Tabel DIP terpotong');
    expect(out).toContain('Overdue');
    expect(out).toMatch(/Received by Budi Santoso on .*10[.:]00/);
    expect(out).toContain('Steps');
    expect(out).toContain('Drag a card to another stage, or use its Steps menu.');
  });

  it('speaks Indonesian', () => {
    const out = text(render('backlog', 'id'));
    expect(out).toContain('Backlog website');
    expect(out).toMatch(/Diterima oleh Budi Santoso pada/);
    expect(out).toContain('Langkah');
  });
});

describe('minutes', () => {
  it('lists minutes with their report state and links each to its own address', () => {
    const list: Paged<MinutesRow> = { data: [{ documentId: 'm1', title: 'Rapat pengembangan website', meetingAt: '2026-05-04T02:00:00.000Z', place: 'Ruang Rapat', unit: null, attendees: 2, backlogItems: 1, reportedToHeadAt: null }], meta: { page: 1, pageSize: 20, total: 1 } };
    api.answer('/ppid/minutes?page=1&pageSize=20', list);
    const html = render('minutes', 'id');
    expect(html).toContain('href="/plugins/ppid/minutes/m1"');
    expect(text(html)).toContain('Belum dilaporkan');
  });

  it('shows one set in full with the report button for who may report, and the PDF', () => {
    const m: MinutesDetail = {
      documentId: 'm1', title: 'Rapat pengembangan website', meetingAt: '2026-05-04T02:00:00.000Z', place: 'Ruang Rapat', unit: { code: 'bidang-ikp', name: 'Bidang IKP' },
      chair: null, secretary: null, attendees: [{ name: 'Sari Wulandari', position: 'Sub Koordinator' }], agenda: 'Tabel DIP', discussion: null, decisions: 'Diprioritaskan.',
      backlogItems: [{ documentId: 'b1', title: 'Tabel DIP terpotong', state: 'discussed', dueOn: '2026-06-05' }], reported: null, canReport: true, frozen: null,
    };
    api.answer('/ppid/minutes/m1', { data: m });
    const out = text(render('minutes/m1', 'id'));
    expect(out).toContain('Laporkan ke Kepala');
    expect(out).toContain('PDF untuk arsip');
    expect(out).toContain('Sari Wulandari — Sub Koordinator');
    expect(out).toContain('Dibahas');
    expect(out).toContain('Semua notulen');
    api.answer('/ppid/minutes/m1', { data: { ...m, canReport: false, reported: { at: '2026-05-05T01:00:00.000Z', by: { id: 2, name: 'Rahmat' } } } });
    const after = text(render('minutes/m1'));
    expect(after).not.toContain('Report to the head ');
    expect(after).toMatch(/Reported to the head by Rahmat on/);
  });
});

describe('forms', () => {
  const next = { role: 'web_developer', roleLabel: { id: 'Web Developer', en: 'Web developer' }, signed: 1, needed: 2, canSign: true, refusal: null };
  it('lists the forms of a kind with whose turn it is', () => {
    const list: Paged<FormRow> = { data: [{ documentId: 'f1', number: 'UR-1', title: 'Perbarui profil', date: '2026-05-05', unit: null, state: 'submitted', next }], meta: { page: 1, pageSize: 20, total: 1 } };
    api.answer('/ppid/forms/update-requests?page=1&pageSize=20', list);
    const html = render('forms?kind=update-requests');
    expect(html).toContain('href="/plugins/ppid/forms/f1?kind=update-requests"');
    expect(text(html)).toContain('Signed 1 of 2 · next: Web developer');
    expect(text(html)).toContain('Your turn');
  });

  it('shows who signed as which position and when, and "Tanda tangani" for the position whose turn it is', () => {
    const f: FormDetail = {
      documentId: 'f1', kind: 'update_request', number: 'UR-1', title: 'Perbarui profil', date: '2026-05-05', unit: null, state: 'submitted', next,
      description: 'Foto pejabat baru.', pageUrl: null, people: {}, backlogItem: null,
      signatures: [
        { role: 'sub_koordinator', roleLabel: { id: 'Sub Koordinator', en: 'Sub-coordinator' }, name: 'Sari Wulandari, S.T.', nip: '198903142015032001', unit: 'Bidang IKP', at: '2026-05-05T03:00:00.000Z' },
        { role: 'web_developer', roleLabel: { id: 'Web Developer', en: 'Web developer' }, name: null, nip: null, unit: null, at: null },
      ],
      frozen: { id: 'Formulir ini sudah ditandatangani dan tidak dapat diubah atau dihapus.', en: 'This form is signed and cannot be changed or deleted.' },
    };
    api.answer('/ppid/forms/update-requests/f1', { data: f });
    const out = text(render('forms/f1?kind=update-requests', 'id'));
    expect(out).toContain('Tanda tangani sebagai Web Developer');
    expect(out).toContain('Sari Wulandari, S.T. (NIP 198903142015032001)');
    expect(out).toMatch(/10[.:]00/);
    expect(out).toContain('Belum ditandatangani');
    expect(out).toContain('Formulir ini sudah ditandatangani');
    api.answer('/ppid/forms/update-requests/f1', { data: { ...f, next: { ...next, canSign: false, refusal: { id: 'Tanda tangan berikutnya harus oleh Web Developer.', en: 'The next signature must be by the Web developer.' } } } });
    const other = text(render('forms/f1?kind=update-requests', 'id'));
    expect(other).not.toContain('Tanda tangani sebagai');
    expect(other).toContain('Tanda tangan berikutnya harus oleh Web Developer.');
  });
});

describe('evaluations', () => {
  const row: EvaluationRow = {
    documentId: 'e1', title: 'Evaluasi pengelolaan website (Koordinator) 2026-04-01 s.d. 2026-06-30', kind: 'coordinator_semiannual', periodStart: '2026-04-01', periodEnd: '2026-06-30', state: 'draft',
    unit: null, evaluator: { id: 2, name: 'Rahmat' }, evaluatee: null, findings: 'Konten Mei tertinggal.', recommendations: null, figuresTakenAt: '2026-07-01T02:00:00.000Z',
  };
  const ACCESS = '/ppid/website/evaluation-access';
  beforeEach(() => {
    api.answer('/ppid/website/evaluations?page=1&pageSize=20', { data: [row], meta: { page: 1, pageSize: 20, total: 1 } });
  });

  it('offers the Koordinator a new six-monthly evaluation and lists the existing ones', () => {
    api.answer(ACCESS, { data: { read: true, create: ['coordinator_semiannual'] } });
    const out = text(render('evaluations', 'id'));
    expect(out).toContain('Evaluasi baru');
    expect(out).toContain('Buat dengan angka');
    expect(out).toContain('Evaluasi pengelolaan website (Koordinator)');
  });

  it('lists the evaluations without a form to the Sub Koordinator, who reads but does not make them', () => {
    api.answer(ACCESS, { data: { read: true, create: [] } });
    const out = text(render('evaluations', 'id'));
    expect(out).toContain('Evaluasi pengelolaan website (Koordinator)');
    expect(out).not.toContain('Evaluasi baru');
    expect(text(render('inbox', 'id'))).toContain('Evaluasi');
  });

  it('hides the tab from whoever does not read evaluations, with or without compliance.read', () => {
    api.answer(ACCESS, { data: { read: false, create: [] } });
    expect(text(render('inbox'))).not.toContain('Evaluations');
    api.answer(ACCESS, { data: { read: true, create: ['head_monthly'] } });
    expect(text(render('inbox'))).toContain('Evaluations');
    user.signIn(); // no plugin action at all
    expect(text(render('inbox'))).not.toContain('Evaluations');
  });

  it('shows the frozen figures of one evaluation', () => {
    const e: Evaluation = {
      ...row,
      figures: {
        period: { from: '2026-04-01', to: '2026-06-30', timezone: 'Asia/Jakarta' },
        units: [{ id: 7, code: 'bidang-ikp', name: 'Bidang IKP' }],
        planVsActual: { cells: [], perUnit: [{ unitId: 7, planned: 3, published: 2, percent: 66.7 }] },
        backlog: { opened: 2, closed: 2, openAtEnd: 1, leadTimeDaysMean: 7, leadTimeDaysMedian: 7 },
        proofsPerChannel: [{ channel: 'website', count: 2 }],
        stageStandards: [{ subjectType: 'backlog-item', stages: [{ stage: 'receipt', workflowKey: 'web-backlog', name, completed: 2, met: 1, unmeasured: 0, percentMet: 50 }] }],
      },
    };
    api.answer('/ppid/website/evaluations/e1', { data: e });
    api.answer('/ppid/website/evaluation-access', { data: { read: true, create: [] } });
    const out = text(render('evaluations/e1'));
    expect(out).toContain('Content published against the plan, per unit');
    expect(out).toContain('Bidang IKP 3 2 66,7%');
    expect(out).toContain('Receipt by the Web Developer 2 1 50%');
    expect(out).toContain('2 2 1 7 / 7');
    expect(out).toContain('Website 2');
  });

  it('proposes the last six months, or the previous month, as the period', () => {
    expect(defaultPeriod('coordinator_semiannual', '2026-07-01')).toEqual({ periodStart: '2026-01-01', periodEnd: '2026-06-30' });
    expect(defaultPeriod('head_monthly', '2026-07-15')).toEqual({ periodStart: '2026-06-01', periodEnd: '2026-06-30' });
    expect(defaultPeriod('head_monthly', '2026-01-03')).toEqual({ periodStart: '2025-12-01', periodEnd: '2025-12-31' });
  });

  it("counts today in the agency's zone, not the browser's", () => {
    // 03:00 WIB on 1 July is still 30 June in UTC.
    expect(localDay(new Date('2026-06-30T20:00:00Z'), 'Asia/Jakarta')).toBe('2026-07-01');
    expect(localDay(new Date('2026-06-30T20:00:00Z'), 'UTC')).toBe('2026-06-30');
    expect(localDay(new Date('2026-06-30T16:30:00Z'), 'Asia/Jayapura')).toBe('2026-07-01');
  });
});
