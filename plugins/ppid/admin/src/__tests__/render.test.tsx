/**
 * Render smoke tests without a browser: every page and the edit-view panel are rendered to HTML
 * (react-dom/server) with fixtures shaped like the admin API, in English and in Indonesian.
 * Strapi's admin hooks and the data hook are replaced by stubs; effects do not run on the server.
 */
import type { ComponentProps, ReactNode } from 'react';

import type { AlertsResponse, BindingsResponse, BoardResponse, ComplianceSummary, HistoryEntry, InboxResponse, ItemWorkflowResponse, WorkflowsResponse } from '../api/types';
import App from '../pages/App';
import { editableDefinition } from '../pages/NewVersionModal';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { WorkflowPanel } from '../panel/WorkflowPanel';
import { WorkflowPanelContent } from '../panel/WorkflowPanelContent';
import { assignmentOf, DispositionFields, dispositionProblems } from '../components/DispositionModal';
import { api, everyAction, renderPage, renderPlugin, setUpHarness, text, user, type Locale, type RenderOptions } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const render = (node: ReactNode, options: RenderOptions = {}) => renderPage(node, { locale: 'en', ...options });
const renderApp = (tab: string, locale: Locale = 'en') => renderPlugin(App, tab, { locale });

// A super admin (unless a test says otherwise) holding every plugin action but reading the organisation.
setUpHarness({ signedIn: { roles: ['strapi-super-admin'], actions: everyAction.filter((action) => action !== 'organisation.read') } });

const inFuture = (hours: number) => new Date(Date.now() + hours * 3_600_000 + 60_000).toISOString();

describe('inbox', () => {
  const inbox: InboxResponse = {
    data: [
      {
        type: 'announcement', documentId: 'ann1', title: 'Pemadaman listrik', unit: { code: 'bidang-ikp', name: 'Bidang IKP' },
        workflow: 'pengumuman-diskominfo-kalbar', stage: 'published', stageName: { id: 'Terbit', en: 'Published' }, task: 'retro_approval',
        enteredAt: inFuture(-30), dueAt: inFuture(-3), overdue: true, revision: 7,
      },
      {
        type: 'dip-entry', documentId: 'dip1', title: 'Daftar kontrak 2026', unit: { code: 'sekretariat', name: 'Sekretariat' },
        workflow: 'dip-kapuashulu', stage: 'check', stageName: { id: 'Pemeriksaan', en: 'Check' }, task: 'transition',
        enteredAt: inFuture(-5), dueAt: inFuture(2), overdue: false, revision: 3,
      },
    ],
    meta: { total: 2, overdue: 1, pagination: { page: 1, pageSize: 25, pageCount: 1, total: 2 } },
  };
  const FIRST = '/ppid/workflow/inbox?page=1&pageSize=25';

  it('lists the page in the server\'s order (overdue first) with a badge, relative due and a link to the edit view (English)', () => {
    api.answer(FIRST, inbox);
    const html = renderApp('inbox');
    const body = text(html);
    expect(body).toContain('Awaiting my action');
    expect(body.indexOf('Pemadaman listrik')).toBeLessThan(body.indexOf('Daftar kontrak 2026'));
    expect(body).toContain('Overdue');
    expect(body).toContain('Due in 2 hr');
    expect(body).toContain('Retrospective approval');
    expect(body).toContain('2 items awaiting your action');
    expect(html).toContain('href="/content-manager/collection-types/plugin::ppid.announcement/ann1"');
    expect(html).toContain('href="/content-manager/collection-types/plugin::ppid.dip-entry/dip1"');
  });

  it('speaks Indonesian and picks the Indonesian stage name', () => {
    api.answer(FIRST, inbox);
    const body = text(renderApp('inbox', 'id'));
    expect(body).toContain('Menunggu tindakan saya');
    expect(body).toContain('Terlambat');
    expect(body).toContain('Pemeriksaan');
    expect(body).toContain('Persetujuan retrospektif');
  });

  it('has an empty state', () => {
    api.answer(FIRST, { data: [], meta: { total: 0, overdue: 0, pagination: { page: 1, pageSize: 25, pageCount: 1, total: 0 } } });
    expect(text(renderApp('inbox'))).toContain('Nothing is waiting for you');
  });

  it('pages through a long inbox (the server pages; the page count is shown)', () => {
    api.answer(FIRST, { ...inbox, meta: { total: 1000, overdue: 1, pagination: { page: 1, pageSize: 25, pageCount: 40, total: 1000 } } });
    const body = text(renderApp('inbox'));
    expect(body).toContain('1,000 items awaiting your action');
    expect(body).toContain('Page 1 of 40');
    expect(body).toContain('Next');
  });
});

describe('board', () => {
  it('shows one column per stage and a card per item', () => {
    const board: BoardResponse = {
      data: {
        type: 'announcement',
        workflows: [
          {
            key: 'pengumuman-diskominfo-kalbar', version: 2, name: { id: 'Pengumuman', en: 'Announcing' },
            stages: [
              { key: 'drafting', name: { id: 'Penyusunan konsep', en: 'Drafting' }, kind: 'work', actor: 'fungsional', count: 0, items: [], pagination: { page: 1, pageSize: 20, pageCount: 1, total: 0 } },
              {
                key: 'review_kabid', name: { id: 'Pemeriksaan Kabid', en: 'Review by the head of division' }, kind: 'review', actor: 'kabid',
                count: 1,
                items: [{ documentId: 'a1', title: 'Jadwal vaksinasi', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, enteredAt: inFuture(-1), dueAt: inFuture(-0.5), overdue: true }],
                pagination: { page: 1, pageSize: 20, pageCount: 1, total: 1 },
              },
            ],
          },
        ],
      },
    };
    api.answer('/ppid/workflow/board?type=announcement&pageSize=20', board);
    const html = renderApp('board');
    const body = text(html);
    expect(body).toContain('Drafting');
    expect(body).toContain('No items');
    expect(body).toContain('Head of division / section (Coordinator)');
    expect(body).toContain('Jadwal vaksinasi');
    expect(body).toContain('Overdue');
    expect(html).toContain('href="/content-manager/collection-types/plugin::ppid.announcement/a1"');
  });
});

describe('workflows', () => {
  it('lists bindings, the binding form for managers, and the workflows', () => {
    const workflows: WorkflowsResponse = {
      data: [1, 2].map((version) => ({
        id: version, key: 'pengumuman-diskominfo-kalbar', version, name: { id: 'Pengumuman (Diskominfo Kalbar)', en: 'Announcing (Diskominfo Kalbar)' },
        contentType: 'announcement',
        sop: { number: '190/SOP/DISKOMINFO.IP/2024', title: 'Pengumuman Informasi Publik', issuer: 'Diskominfo Kalbar', legalBasis: ['UU 14/2008'] },
        initialStage: 'drafting',
        stages: [
          { key: 'drafting', name: { id: 'Penyusunan', en: 'Drafting' }, kind: 'work', actor: 'fungsional', timeStandard: { amount: 1, unit: 'days' } },
          { key: 'published', name: { id: 'Terbit', en: 'Published' }, kind: 'published' },
        ],
        transitions: [{ from: 'drafting', to: 'published', action: 'publish', label: { id: 'Umumkan', en: 'Publish' }, proofRequired: true }],
        createdAt: '2026-01-01T00:00:00Z',
      })),
    };
    const bindings: BindingsResponse = {
      data: [
        { id: 1, contentType: 'announcement', unit: null, workflowKey: 'pengumuman-diskominfo-kalbar' },
        { id: 2, contentType: 'announcement', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, workflowKey: 'pengumuman-diskominfo-kalbar' },
      ],
    };
    api.answer('/ppid/workflows?all=true', workflows);
    api.answer('/ppid/workflow-bindings', bindings);
    const body = text(renderApp('workflows', 'id'));
    expect(body).toContain('Semua unit (bawaan)');
    expect(body).toContain('Bidang IKP');
    expect(body).toContain('Ubah pengikatan');
    expect(body).toContain('Pengumuman (Diskominfo Kalbar)');
    expect(body).toContain('versi terbaru 2');
  });
});

describe('edit-view panel', () => {
  const item = (overrides: Partial<ItemWorkflowResponse['data']> = {}): ItemWorkflowResponse => ({
    data: {
      item: { type: 'announcement', documentId: 'ann1', title: 'Pemadaman listrik', unit: { code: 'bidang-ikp', name: 'Bidang IKP' } },
      workflow: { key: 'pengumuman-diskominfo-kalbar', version: 1, name: { id: 'Pengumuman', en: 'Announcing' }, sop: { number: '190/SOP/DISKOMINFO.IP/2024', title: 'Pengumuman' } },
      state: {
        stage: 'review_kabid', stageName: { id: 'Pemeriksaan Kabid/Kasubag', en: 'Review by the head of division' }, kind: 'review', actor: 'kabid',
        revision: 4, enteredAt: inFuture(-2), dueAt: inFuture(-1), overdue: true, status: 'active',
        sertaMerta: { status: 'pending', publishedAt: inFuture(-3), publishedBy: { id: 1, name: 'Sari' }, reason: 'Pemadaman mendadak di tiga kecamatan', dueAt: inFuture(20), overdue: false },
      },
      stages: [
        { key: 'drafting', name: { id: 'Penyusunan konsep', en: 'Drafting' }, kind: 'work', actor: 'fungsional' },
        { key: 'review_kabid', name: { id: 'Pemeriksaan Kabid/Kasubag', en: 'Review by the head of division' }, kind: 'review', actor: 'kabid' },
        { key: 'published', name: { id: 'Terbit', en: 'Published' }, kind: 'published' },
      ],
      transitions: [
        { key: 't1', to: 'drafting', toName: { id: 'Penyusunan konsep', en: 'Drafting' }, action: 'return', label: { id: 'Kembalikan ke penyusun', en: 'Return to the drafter' }, reasonRequired: true, proofRequired: false, allowed: true },
        { key: 't2', to: 'review_secretary', toName: { id: 'Pemeriksaan Sekretaris', en: 'Review by the secretary' }, action: 'forward', label: { id: 'Teruskan ke Sekretaris', en: 'Forward to the secretary' }, reasonRequired: false, proofRequired: false, allowed: false, reason: 'Anda menyusun item ini sendiri' },
      ],
      fastPublish: { allowed: false },
      retroApprove: { allowed: true },
      actors: [{ id: 7, name: 'Budi', position: 'kabid', holding: 'plt' }],
      ...overrides,
    },
  });
  const base = '/ppid/workflow/items/announcement/ann1';
  const panel = (locale: Locale = 'en') =>
    render(<WorkflowPanelContent type="announcement" documentId="ann1" model="plugin::ppid.announcement" collectionType="collection-types" savedAt={null} />, { locale });

  it('shows the stage, due time, who acts, serta merta status and the step buttons', () => {
    api.answer(base, item());
    const html = panel();
    const body = text(html);
    expect(body).toContain('Review by the head of division');
    expect(body).toContain('Overdue');
    expect(body).toContain('Budi');
    expect(body).toContain('Plt (acting)');
    expect(body).toContain('Awaiting retrospective approval');
    expect(body).toContain('Pemadaman mendadak di tiga kecamatan');
    expect(body).toContain('Forward to the secretary');
    expect(body).toContain('Return to the drafter');
    expect(body).toContain('Anda menyusun item ini sendiri');
    expect(body).toContain('Approve retrospectively');
    expect(body).not.toContain('Publish immediately');
    // Forward (disabled, not allowed) comes before return.
    expect(body.indexOf('Forward to the secretary')).toBeLessThan(body.indexOf('Return to the drafter'));
    expect(html).toMatch(/<button[^>]*disabled[^>]*>(?:(?!<\/button>).)*Forward to the secretary/s);
  });

  it('speaks Indonesian', () => {
    api.answer(base, item({ fastPublish: { allowed: true }, retroApprove: { allowed: false } }));
    const body = text(panel('id'));
    expect(body).toContain('Pemeriksaan Kabid/Kasubag');
    expect(body).toContain('Terlambat');
    expect(body).toContain('Terbitkan serta merta');
    expect(body).toContain('Riwayat');
    expect(body).toContain('Kepala Bidang / Kasubag (Koordinator)');
  });

  const dispositionItem = () =>
    item({
      state: {
        stage: 'disposition', stageName: { id: 'Disposisi', en: 'Disposition' }, kind: 'review', actor: 'kabid',
        revision: 1, enteredAt: inFuture(-2), dueAt: inFuture(5), overdue: false, status: 'active', assignee: null, agendaNumber: null, sertaMerta: null,
      },
      transitions: [
        {
          key: 'disposition->drafting', to: 'drafting', toName: { id: 'Penyusunan konsep', en: 'Drafting' }, action: 'forward',
          label: { id: 'Tugaskan penyusun', en: 'Assign a drafter' }, reasonRequired: false, proofRequired: false, allowed: true,
          assigns: true, candidates: [{ id: 11, name: 'Dewi', position: 'fungsional', holding: 'definitive' }],
        },
      ],
      retroApprove: { allowed: false },
      reassign: { allowed: false },
      withdraw: { allowed: false, positions: ['kabid'], reason: 'Item ini belum terbit' },
      remove: { allowed: false, positions: ['kabid'] },
    });

  it('offers the disposisi as a step and leaves out the steps the viewer may not take', () => {
    api.answer(base, dispositionItem());
    const body = text(panel());
    expect(body).toContain('Assign a drafter');
    expect(body).not.toContain('Assigned to');
    expect(body).not.toContain('Change the drafter');
    expect(body).not.toContain('Take offline');
    expect(body).not.toContain('Delete item');
  });

  it('shows who was named with the agenda number, and the reassign, withdraw and delete steps (English)', () => {
    api.answer(base, item({
      state: {
        stage: 'drafting', stageName: { id: 'Penyusunan konsep', en: 'Drafting' }, kind: 'work', actor: 'fungsional',
        revision: 2, enteredAt: inFuture(-2), dueAt: inFuture(5), overdue: false, status: 'active',
        assignee: { id: 11, name: 'Dewi' }, agendaNumber: '045/12/IKP', sertaMerta: null,
      },
      transitions: [],
      retroApprove: { allowed: false },
      reassign: { allowed: true, candidates: [{ id: 11, name: 'Dewi', position: 'fungsional', holding: 'definitive' }] },
      withdraw: { allowed: true, positions: ['kabid'] },
      remove: { allowed: true, positions: ['kabid'] },
    }));
    const html = panel();
    const body = text(html);
    expect(body).toContain('Assigned to: Dewi, agenda no. 045/12/IKP');
    expect(body).toContain('Change the drafter');
    expect(body).toContain('Take offline');
    expect(body).toContain('Delete item');
    // The order of the steps: reassign, then the two that take the item away.
    expect(body.indexOf('Change the drafter')).toBeLessThan(body.indexOf('Take offline'));
    expect(body.indexOf('Take offline')).toBeLessThan(body.indexOf('Delete item'));
  });

  it('speaks Indonesian for the disposisi, reassign, withdraw and delete', () => {
    api.answer(base, item({
      state: {
        stage: 'drafting', stageName: { id: 'Penyusunan konsep', en: 'Drafting' }, kind: 'work', actor: 'fungsional',
        revision: 2, enteredAt: inFuture(-2), dueAt: inFuture(5), overdue: false, status: 'active',
        assignee: { id: 11, name: null }, agendaNumber: '045/12/IKP', sertaMerta: null,
      },
      transitions: [],
      retroApprove: { allowed: false },
      reassign: { allowed: true, candidates: [] },
      withdraw: { allowed: true, positions: ['kabid'] },
      remove: { allowed: true, positions: ['kabid'] },
    }));
    const body = text(panel('id'));
    expect(body).toContain('Ditugaskan kepada: Pengguna 11, No. agenda 045/12/IKP');
    expect(body).toContain('Ganti penyusun');
    expect(body).toContain('Turunkan dari publikasi');
    expect(body).toContain('Hapus item');
  });

  it('marks a deleted item', () => {
    api.answer(base, item({
      state: { ...item().data.state!, status: 'deleted', sertaMerta: null },
      transitions: [],
      retroApprove: { allowed: false },
    }));
    expect(text(panel())).toContain('Deleted');
  });

  it('notes when the item is not under a workflow', () => {
    api.answer(base, item({ workflow: null, state: null, transitions: [] }));
    expect(text(panel())).toContain('does not follow a review workflow');
  });

  it('is offered for the three workflow content types only, and not while creating', () => {
    const props = { activeTab: 'draft' as const, collectionType: 'collection-types' };
    const Probe = ({ model, documentId }: { model: string; documentId?: string }) => {
      const description = WorkflowPanel({ ...props, model, documentId });
      return <span>{description ? description.title : 'none'}</span>;
    };
    expect(text(render(<Probe model="plugin::ppid.content-plan" documentId="x" />))).toContain('PPID workflow');
    expect(text(render(<Probe model="plugin::ppid.unit" documentId="x" />))).toContain('none');
    expect(text(render(<Probe model="plugin::ppid.announcement" />))).toContain('none');
  });
});

describe('disposition dialog', () => {
  const candidates = [
    { id: 11, name: 'Dewi', position: 'fungsional', holding: 'definitive' as const },
    { id: 12, name: 'Rina', position: 'fungsional', holding: 'plt' as const },
  ];
  const fields = (props: Partial<ComponentProps<typeof DispositionFields>> = {}, locale: Locale = 'en') =>
    render(
      <DispositionFields
        draft={{ assignee: null, agendaNumber: '', note: '' }}
        onChange={() => undefined}
        candidates={candidates}
        problems={{}}
        {...props}
      />,
      { locale }
    );

  it('asks whom to name and the agenda number, both required (Indonesian first)', () => {
    const html = fields({}, 'id');
    const body = text(html);
    expect(body).toContain('Tugaskan kepada');
    expect(body).toContain('Nomor agenda disposisi');
    expect(body).toContain('Pilih orang');
    expect(html.match(/aria-required="true"|required=""/g)?.length).toBeGreaterThanOrEqual(2);
    expect(body).not.toContain('Alasan penggantian');
    const en = text(fields());
    expect(en).toContain('Assign to');
    expect(en).toContain('Agenda number of the disposition');
  });

  it('shows the problems it is given, and the optional note when naming another drafter', () => {
    const body = text(fields({ problems: dispositionProblems({ assignee: null, agendaNumber: '  ' }, candidates), withNote: true }, 'id'));
    expect(body).toContain('Pilih siapa yang menyusun item ini.');
    expect(body).toContain('Nomor agenda disposisi wajib diisi.');
    expect(body).toContain('Alasan penggantian');
  });

  it('says when nobody holds the position to be named', () => {
    const body = text(fields({ candidates: [] }, 'id'));
    expect(body).toContain('Tidak ada yang memegang jabatan tahap berikutnya di unit ini');
    expect(body).not.toContain('Nomor agenda disposisi');
    expect(text(fields({ candidates: [] }))).toContain('Nobody holds the position of the next stage in this unit');
  });

  it('validates as the server does and sends the id as a number with the agenda number trimmed', () => {
    expect(dispositionProblems({ assignee: '11', agendaNumber: '045/12/IKP' }, candidates)).toEqual({});
    expect(dispositionProblems({ assignee: null, agendaNumber: '' }, candidates)).toEqual({ assignee: 'required', agendaNumber: 'required' });
    expect(dispositionProblems({ assignee: '99', agendaNumber: 'x'.repeat(101) }, candidates)).toEqual({ assignee: 'unknown', agendaNumber: 'tooLong' });
    expect(dispositionProblems({ assignee: '12', agendaNumber: 'x'.repeat(100) }, candidates)).toEqual({});
    expect(dispositionProblems({ assignee: '12', agendaNumber: '045\n12' }, candidates)).toEqual({ agendaNumber: 'invalid' });
    expect(assignmentOf({ assignee: '12', agendaNumber: ' 045/12/IKP ', note: '' })).toEqual({ assignee: 12, agendaNumber: '045/12/IKP' });
  });
});

describe('history timeline', () => {
  it('shows each step newest first with position, acting holding, quoted reason and the working time of the stage left', () => {
    const entries: HistoryEntry[] = [
      {
        id: 1, from: null, to: 'review_kabid', action: 'start', actor: null, position: null, holding: 'system', unit: null, reason: null,
        enteredAt: null, leftAt: '2026-01-01T02:00:00Z', dueAt: null, elapsedWorkingMinutes: 0, contentHash: null, createdAt: '2026-01-01T02:00:00Z',
      },
      {
        id: 2, from: 'review_kabid', to: 'drafting', action: 'return', actor: { id: 7, name: 'Budi' }, position: 'kabid', holding: 'plh',
        unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, reason: 'Lengkapi jadwal pemadaman per kecamatan', enteredAt: '2026-01-01T02:00:00Z',
        leftAt: '2026-01-01T03:35:00Z', dueAt: '2026-01-01T03:00:00Z', elapsedWorkingMinutes: 95, contentHash: 'abcdef0123456789', createdAt: '2026-01-01T03:35:00Z',
      },
    ];
    const body = text(
      render(<HistoryTimeline entries={entries} stageNames={{ drafting: { id: 'Penyusunan konsep', en: 'Drafting' }, review_kabid: { id: 'Pemeriksaan', en: 'Review' } }} />, { locale: 'id' })
    );
    expect(body.indexOf('Kembalikan')).toBeLessThan(body.indexOf('Dimulai'));
    expect(body).toContain('Pemeriksaan → Penyusunan konsep');
    expect(body).toContain('Budi, Kepala Bidang / Kasubag (Koordinator) · Plh (pelaksana harian) · Bidang IKP');
    expect(body).toContain('“Lengkapi jadwal pemadaman per kecamatan”');
    expect(body).toContain('Waktu kerja di “Pemeriksaan”: 1 jam 35 menit · melewati standar waktu');
    expect(body).toContain('Sistem');
  });
});

describe('new workflow version', () => {
  it('prefills only the keys an admin may send', () => {
    const definition = {
      id: 3, key: 'k', version: 2, source: 'template' as const, createdAt: '2026-01-01T00:00:00Z', name: { id: 'a', en: 'b' }, contentType: 'announcement',
      sop: { number: '1', title: 't', issuer: 'i', legalBasis: [] }, initialStage: 's', stages: [], transitions: [], proof: null,
    };
    expect(Object.keys(editableDefinition(definition))).toEqual(['key', 'name', 'contentType', 'sop', 'initialStage', 'stages', 'transitions']);
  });
});

describe('compliance', () => {
  const alerts: AlertsResponse = {
    data: [
      {
        id: 7, rule: 'dip-edition', subject: { type: 'agency', key: 'agency:1:2026' }, unit: { code: 'diskominfo', name: 'Diskominfo Kalbar' },
        severity: 'critical', state: 'open', title: { id: 'DIP tahun 2026 belum ditetapkan', en: 'The 2026 DIP has not been enacted' },
        details: {}, scope: 'agency', recipients: ['ketua_ppid', 'kepala'], firstSeenAt: inFuture(-50), lastSeenAt: inFuture(-1), resolvedAt: null,
        acknowledgedAt: null, acknowledgedBy: null, acknowledgedNote: null,
      },
      {
        id: 8, rule: 'monthly-upload', subject: { type: 'agency', key: 'agency:1' }, unit: null,
        severity: 'warning', state: 'acknowledged', title: { id: 'Tidak ada unggahan konten pada bulan 2026-10', en: 'No content uploaded in 2026-10' },
        details: {}, scope: 'agency', recipients: ['operator'], firstSeenAt: inFuture(-20), lastSeenAt: inFuture(-1), resolvedAt: null,
        acknowledgedAt: inFuture(-2), acknowledgedBy: 1, acknowledgedNote: 'Operator cuti',
      },
    ],
    meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: 2 } },
  };
  const summary: ComplianceSummary = {
    data: {
      alerts: [],
      runs: [{ window: 'daily:2026-12-01', kind: 'daily', state: 'done', holder: 'h', startedAt: inFuture(-3), finishedAt: inFuture(-3), stats: null, error: null }],
      schedule: { enabled: true, dailyAt: '07:00', timezone: 'Asia/Jakarta', slaIntervalMinutes: 5 },
    },
  };

  it('lists the alerts worst first with their rule, state and the manager actions (English)', () => {
    api.answer('/ppid/compliance/alerts?page=1&pageSize=25', alerts);
    api.answer('/ppid/compliance/summary', summary);
    const body = text(renderApp('compliance'));
    expect(body).toContain('Compliance');
    expect(body).toContain('2 alerts');
    expect(body).toContain('daily at 07:00 (Asia/Jakarta)');
    expect(body.indexOf('The 2026 DIP has not been enacted')).toBeLessThan(body.indexOf('No content uploaded in 2026-10'));
    expect(body).toContain('Critical');
    expect(body).toContain('DIP enacted this year');
    expect(body).toContain('Monthly upload (web SOP A2) · Operator cuti');
    expect(body).toContain('Acknowledged');
    expect(body).toContain('Check now');
    // Only the open alert can be acknowledged.
    expect(body.match(/Acknowledge(?!d)/g)).toHaveLength(1);
  });

  it('speaks Indonesian', () => {
    api.answer('/ppid/compliance/alerts?page=1&pageSize=25', alerts);
    api.answer('/ppid/compliance/summary', summary);
    const body = text(renderApp('compliance', 'id'));
    expect(body).toContain('Kepatuhan');
    expect(body).toContain('DIP tahun 2026 belum ditetapkan');
    expect(body).toContain('Kritis');
    expect(body).toContain('Periksa sekarang');
    expect(body).toContain('setiap hari pukul 07:00');
  });

  it('has an empty state', () => {
    api.answer('/ppid/compliance/alerts?page=1&pageSize=25', { data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } });
    expect(text(renderApp('compliance'))).toContain('No alerts here. Every obligation checked is met.');
  });
});

describe('dev mailbox', () => {
  const mails = {
    data: [
      { id: 2, to: 'dewi.anggraini@diskominfo.kalbarprov.go.id', subject: '[PPID] Menunggu tindakan Anda: Peringatan Dini Banjir', text: 'Teks surel', html: '<p>Halo</p>', template: 'stage-entered', notificationId: 7, createdAt: '2026-05-04T03:00:00.000Z' },
    ],
    meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 } },
  };
  it('lists the kept mails for a super admin, in Indonesian', () => {
    api.answer('/ppid/dev-mailbox?page=1&pageSize=25', mails);
    const body = text(renderApp('dev-mailbox', 'id'));
    expect(body).toContain('Kotak surat dev');
    expect(body).toContain('dewi.anggraini@diskominfo.kalbarprov.go.id');
    expect(body).toContain('[PPID] Menunggu tindakan Anda: Peringatan Dini Banjir');
    expect(body).toContain('Perihal');
    expect(body).toContain('1 surel');
  });

  it('has an empty state (English)', () => {
    api.answer('/ppid/dev-mailbox?page=1&pageSize=25', { data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } });
    expect(text(renderApp('dev-mailbox'))).toContain('No mail yet. Workflow notifications appear here as they are sent.');
  });

  it('offers the tab to super admins only', () => {
    expect(text(renderApp('inbox'))).toContain('Dev mailbox');
    user.roles = ['ppid-staff'];
    expect(text(renderApp('inbox'))).not.toContain('Dev mailbox');
  });
});
