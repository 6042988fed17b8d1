/**
 * The privacy findings in the edit-view panel (issue 12 point 4), rendered to HTML (react-dom/server)
 * with fixtures shaped like GET /ppid/privacy/items/:type/:documentId: what was found, where, masked,
 * open or allowed (by whom, when, why), publishing blocked while one is open, and the "allow with a
 * reason" action only for the person the server says may clear.
 */
import type { ReactNode } from 'react';

import type { PrivacyCheckResponse, PrivacyFinding } from '../api/privacy';
import type { ItemWorkflowResponse } from '../api/types';
import en from '../translations/en.json';
import id from '../translations/id.json';
import { clearanceBody, isPrivacyChecked, orderedFindings, privacyCheckUrl, privacyClearUrl, privacyStatus } from '../api/privacy';
import { PrivacySection } from '../panel/PrivacySection';
import { WorkflowPanelContent } from '../panel/WorkflowPanelContent';
import { FINDING_KINDS } from '../../../shared/lists';
import { api, renderPage, setUpHarness, text, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const render = (node: ReactNode, locale: Locale = 'id') => renderPage(node, { locale });
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const URL = '/ppid/privacy/items/announcement/ann1';
const NIK: PrivacyFinding = {
  key: 'a'.repeat(24),
  kind: 'nik',
  field: 'body',
  file: null,
  start: 40,
  end: 56,
  masked: '61************02',
  excerpt: '…bantuan atas nama Budi, NIK 61************02, dapat dihubungi…',
  confidence: 0.95,
  reason: null,
  cleared: null,
};
const PHONE: PrivacyFinding = {
  ...NIK,
  key: 'b'.repeat(24),
  kind: 'phone',
  field: 'attachments',
  file: { id: 12, name: 'daftar-penerima.pdf' },
  start: null,
  end: null,
  masked: '0812-****-7890',
  excerpt: 'hubungi 0812-****-7890 pada jam kerja',
  cleared: { by: 'Hendra', position: 'kepala', at: '2026-12-05T03:00:00.000Z', reason: 'Nomor layanan resmi yang boleh diumumkan.' },
};
const UNCHECKED: PrivacyFinding = {
  ...NIK,
  key: 'c'.repeat(24),
  kind: 'unchecked',
  field: 'attachments',
  file: { id: 13, name: 'pindaian.pdf' },
  start: null,
  end: null,
  masked: 'pindaian.pdf',
  excerpt: null,
  reason: { id: 'berkas PDF rusak atau terkunci', en: 'the PDF is damaged or locked' },
};
const result = (findings: PrivacyFinding[], over: Partial<PrivacyCheckResponse['data']> = {}): PrivacyCheckResponse => ({
  data: {
    type: 'announcement',
    documentId: 'ann1',
    enabled: true,
    checkedAt: new Date().toISOString(),
    blocking: findings.filter((f) => !f.cleared).length,
    findings,
    clear: { allowed: true, reason: null },
    ...over,
  },
});
const section = (locale: Locale = 'id') =>
  text(render(<PrivacySection type="announcement" documentId="ann1" savedAt={null} revision={7} onCleared={async () => undefined} />, locale));

setUpHarness();

describe('privacy helpers', () => {
  it('names the two routes, the checked types and the clearance body', () => {
    expect(privacyCheckUrl('dip-entry', 'd1')).toBe('/ppid/privacy/items/dip-entry/d1');
    expect(privacyClearUrl('announcement', 'ann1')).toBe('/ppid/privacy/items/announcement/ann1/clearances');
    expect(['announcement', 'dip-entry', 'exclusion', 'content-plan'].map(isPrivacyChecked)).toEqual([true, true, true, false]);
    expect(clearanceBody(NIK.key, '  Sudah diumumkan resmi oleh Dukcapil.  ', 7)).toEqual({ key: NIK.key, reason: 'Sudah diumumkan resmi oleh Dukcapil.', revision: 7 });
    expect(clearanceBody(NIK.key, 'Alasan yang cukup panjang', null)).toEqual({ key: NIK.key, reason: 'Alasan yang cukup panjang' });
  });

  it('says blocked while one finding is open, and lists the open ones first', () => {
    expect(privacyStatus(result([NIK, PHONE]).data)).toBe('blocked');
    expect(privacyStatus(result([PHONE]).data)).toBe('cleared');
    expect(privacyStatus(result([]).data)).toBe('none');
    expect(privacyStatus(result([NIK], { enabled: false }).data)).toBe('disabled');
    expect(orderedFindings([PHONE, NIK, UNCHECKED]).map((f) => f.kind)).toEqual(['nik', 'unchecked', 'phone']);
  });

  it('has an Indonesian and an English word for every kind of finding', () => {
    for (const kind of FINDING_KINDS) {
      expect((id as Record<string, string>)[`privacy.kind.${kind}`]).toEqual(expect.any(String));
      expect((en as Record<string, string>)[`privacy.kind.${kind}`]).toEqual(expect.any(String));
    }
  });
});

describe('the "Temuan data pribadi" section', () => {
  it('shows each finding (kind, place, masked value, excerpt, status) and that publishing is blocked', () => {
    api.answer(URL, result([PHONE, NIK, UNCHECKED]));
    const body = section();
    expect(body).toContain('Temuan data pribadi');
    expect(body).toContain('Penerbitan terhalang: 2 temuan belum diperbaiki atau diizinkan.');
    expect(body).toContain('NIK (Nomor Induk Kependudukan) Terbuka Isian: Isi Nilai (disamarkan): 61************02');
    expect(body).toContain('…bantuan atas nama Budi, NIK 61************02, dapat dihubungi…');
    expect(body).toContain('Berkas yang tidak dapat diperiksa Terbuka Berkas “pindaian.pdf” (Lampiran)');
    expect(body).toContain('Tidak dapat diperiksa: berkas PDF rusak atau terkunci');
    expect(body).toContain('Nomor telepon Diizinkan Berkas “daftar-penerima.pdf” (Lampiran) Nilai (disamarkan): 0812-****-7890');
    // 03:00 UTC is 10.00 in Jakarta.
    expect(body).toMatch(/Diizinkan oleh Hendra \(Kepala Dinas \/ Atasan PPID\), 5 Des 2026[ ,]+10\.00 WIB: “Nomor layanan resmi yang boleh diumumkan\.”/);
    // The open ones first, then the allowed one.
    expect(body.indexOf('NIK (Nomor')).toBeLessThan(body.indexOf('Nomor telepon'));
    // One action per open finding, none for the allowed one.
    expect(count(body, 'Izinkan dengan alasan')).toBe(2);
    expect(body).not.toContain('Temuan dapat diizinkan oleh peninjau');
  });

  it('offers no action to someone the server says may not clear, and says who may', () => {
    api.answer(URL, result([NIK], { clear: { allowed: false, reason: 'You wrote this item: a reviewer who did not write it decides on its findings' } }));
    const body = section();
    expect(body).toContain('Penerbitan terhalang: 1 temuan');
    expect(body).not.toContain('Izinkan dengan alasan');
    expect(body).toContain('Temuan dapat diizinkan oleh peninjau item ini yang bukan penyusunnya, selama item dalam peninjauan.');
  });

  it('says nothing blocks when every finding was allowed, and when nothing was found', () => {
    api.answer(URL, result([PHONE]));
    let body = section();
    expect(body).toContain('Semua temuan sudah diizinkan dengan alasan');
    expect(body).not.toContain('Penerbitan terhalang');
    expect(body).not.toContain('Izinkan dengan alasan');
    api.answer(URL, result([]));
    body = section();
    expect(body).toContain('Tidak ditemukan data pribadi pada isi dan berkas item ini.');
    expect(body).not.toContain('Penerbitan terhalang');
  });

  it('when the check is turned off, nothing blocks and nothing is offered', () => {
    api.answer(URL, result([NIK], { enabled: false }));
    const body = section();
    expect(body).toContain('Pemeriksaan data pribadi dinonaktifkan untuk instansi ini.');
    expect(body).not.toContain('Penerbitan terhalang');
    expect(body).not.toContain('Izinkan dengan alasan');
  });

  it("tells a person outside the item's unit that only its members see the findings", () => {
    api.fail(URL, Object.assign(new Error('Forbidden'), { status: 403 }));
    expect(section()).toContain('Temuan data pribadi item ini hanya dapat dilihat anggota unitnya.');
  });

  it('reads in English too', () => {
    api.answer(URL, result([NIK, PHONE]));
    const body = section('en');
    expect(body).toContain('Personal data findings');
    expect(body).toContain('Publishing is blocked: 1 finding is neither fixed nor allowed.');
    expect(body).toContain('NIK (national identity number) Open Field: Body');
    expect(body).toContain('Allowed by Hendra');
  });
});

describe('in the workflow panel', () => {
  const item: ItemWorkflowResponse = {
    data: {
      item: { type: 'announcement', documentId: 'ann1', title: 'Penyaluran bantuan', unit: { code: 'bidang-ikp', name: 'Bidang IKP' } },
      workflow: { key: 'pengumuman', version: 1, name: { id: 'Pengumuman', en: 'Announcing' }, sop: { number: '190/SOP/2024', title: 'Pengumuman' } },
      state: {
        stage: 'publishing', stageName: { id: 'Penerbitan', en: 'Publishing' }, kind: 'publishing', actor: 'fungsional',
        revision: 7, enteredAt: new Date().toISOString(), dueAt: null, overdue: false, status: 'active', sertaMerta: null,
      },
      stages: [{ key: 'publishing', name: { id: 'Penerbitan', en: 'Publishing' }, kind: 'publishing', actor: 'fungsional' }],
      transitions: [
        { key: 'p', to: 'published', toName: { id: 'Terbit', en: 'Published' }, action: 'publish', label: { id: 'Terbitkan', en: 'Publish' }, reasonRequired: false, proofRequired: false, allowed: true },
      ],
      fastPublish: { allowed: false },
      retroApprove: { allowed: false },
      actors: [],
    },
  } as unknown as ItemWorkflowResponse;
  const panel = (type: 'announcement' | 'content-plan') =>
    text(render(<WorkflowPanelContent type={type} documentId="ann1" model={`plugin::ppid.${type}`} collectionType="collection-types" savedAt={null} />));

  it('shows the findings above the step buttons of a checked type', () => {
    api.answer('/ppid/workflow/items/announcement/ann1', item);
    api.answer(URL, result([NIK]));
    const body = panel('announcement');
    expect(body).toContain('Penerbitan terhalang: 1 temuan');
    expect(body.indexOf('Temuan data pribadi')).toBeLessThan(body.indexOf('Terbitkan'));
  });

  it('has no findings section for a type the check does not read', () => {
    api.answer('/ppid/workflow/items/content-plan/ann1', { data: { ...item.data, item: { ...item.data.item, type: 'content-plan' } } });
    expect(panel('content-plan')).not.toContain('Temuan data pribadi');
  });
});
