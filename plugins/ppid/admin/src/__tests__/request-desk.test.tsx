/**
 * The information service's pages (issue 14) rendered to HTML (react-dom/server) with fixtures shaped
 * like the request desk's admin API (shared/requests.ts), in Indonesian and English: the desk's rows
 * and its overdue requests, the desk registration form's checks and its POST, the request panel's
 * clock and letters, the refusal's Pasal 17 letter, the objection panel and the annual report.
 */
import type { ReactNode } from 'react';

import type { AvailableTransition, ItemWorkflow } from '../api/types';
import { registrationBody, requestsApi, serverProblems, validateExtension, validateNotice, validateObjection, validateRegistration } from '../api/requests';
import { emptyRegistration, RegisterRequestForm, submitRegistration } from '../pages/requests/RegisterRequestForm';
import { citedChoice, exclusionLabel, exclusionsFor, NoticeForm } from '../pages/requests/RequestForms';
import { IssuedReports } from '../pages/requests/IssuedReports';
import type { IssuedServiceReport, IssuedServiceReportsResponse } from '../../../shared/service-reports';
import { editViewPath } from '../utils/paths';
import type { ObjectionDetail, RequestDeskResponse, RequestDeskRow, RequestDetail, ServiceReportFigures } from '../../../shared/requests';
import App from '../pages/App';
import { api, renderPage, renderPlugin, setUpHarness, text, user, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const renderApp = (path: string, locale: Locale = 'id') => renderPlugin(App, path, { locale });
const renderNode = (node: ReactNode, locale: Locale = 'id') => renderPage(node, { path: '/plugins/ppid/requests', locale });

setUpHarness({ signedIn: { actions: ['workflow.read', 'requests.handle'] } });

const stage = (idName: string, enName: string) => ({ id: idName, en: enName });
const row = (over: Partial<RequestDeskRow>): RequestDeskRow => ({
  documentId: 'req0001', registrationNumber: 'REQ-2026-00001-7K3Q', requesterName: 'Siti Aminah', channel: 'walk_in', receivedAt: '2026-11-20T02:15:00.000Z',
  state: 'assigned', stageName: stage('Disposisi ke unit', 'With the holding unit'), dueOn: '2026-12-04', dueAt: '2026-12-04T09:00:00.000Z', extended: false,
  workingDaysLeft: 3, overdue: false, outcome: null, holderUnit: { id: 4, name: 'Bidang Statistik' }, objections: 0, ...over,
});
const desk = (rows: RequestDeskRow[]): RequestDeskResponse => ({
  data: rows,
  meta: { counts: { open: 7, due_soon: 2, overdue: 1, incomplete: 1, answered: 12, all: 20 }, pagination: { page: 1, pageSize: 20, pageCount: 1, total: rows.length } },
});

describe('the request desk', () => {
  it('lists the requests with their clock and shows the overdue ones in Indonesian', () => {
    api.answer(requestsApi.desk('open', '', 1), desk([
      row({}),
      row({ documentId: 'req0002', registrationNumber: 'REQ-2026-00002-PX4M', requesterName: 'LBH Kapuas', channel: 'email', workingDaysLeft: -2, overdue: true, extended: true, objections: 1 }),
      row({ documentId: 'req0003', registrationNumber: 'REQ-2026-00003-AB12', requesterName: 'Budi', state: 'delivered', workingDaysLeft: null, outcome: 'granted_part' }),
    ]));
    const html = renderApp('requests');
    const body = text(html);
    expect(body).toContain('Layanan Informasi');
    for (const view of ['Baru/Terbuka (7)', 'Segera jatuh tempo (2)', 'Terlambat (1)', 'Belum lengkap (1)', 'Selesai (12)', 'Semua (20)']) expect(body).toContain(view);
    expect(body).toContain('Permohonan Keberatan Register & Laporan');
    expect(body).toContain('Catat permohonan');
    expect(body).toContain('Nomor Pemohon Diterima Tahap Batas waktu Keputusan');
    expect(body).toContain('REQ-2026-00001-7K3Q Siti Aminah Datang langsung');
    expect(body).toContain('sisa 3 hari kerja');
    expect(body).toContain('LBH Kapuas E-mail');
    expect(body).toContain('Terlambat 2 hari kerja Diperpanjang');
    expect(body).toContain('1 keberatan');
    expect(body).toContain('Sudah dijawab');
    expect(body).toContain('Diberikan sebagian');
    expect(body).toContain('Bidang Statistik');
    expect(html).toContain('href="/plugins/ppid/requests/req0002"');
  });

  it('speaks English too', () => {
    api.answer(requestsApi.desk('overdue', '', 1), desk([row({ workingDaysLeft: -1, overdue: true })]));
    const body = text(renderApp('requests?view=overdue', 'en'));
    expect(body).toContain('Information service');
    expect(body).toContain('Overdue (1)');
    expect(body).toContain('1 working day late');
  });

  it('searches by number or name through the query', () => {
    api.answer(requestsApi.desk('all', 'Siti', 1), desk([]));
    expect(requestsApi.desk('all', ' Siti ', 1)).toBe('/ppid/requests?view=all&page=1&pageSize=20&q=Siti');
    expect(text(renderApp('requests?view=all&q=Siti'))).toContain('Tidak ada permohonan yang cocok dengan “Siti”.');
  });

  it('is where the inbox and the board link a request or an objection to (not the Content Manager)', () => {
    expect(editViewPath('info-request', 'req0001')).toBe('/plugins/ppid/requests/req0001');
    expect(editViewPath('objection', 'keb0001')).toBe('/plugins/ppid/requests/objections/keb0001');
    expect(editViewPath('announcement', 'a1')).toBe('/content-manager/collection-types/plugin::ppid.announcement/a1');
  });

  it('is not offered to someone who does not serve requests', () => {
    user.revoke('requests.handle');
    const html = renderApp('requests');
    expect(text(html)).not.toContain('Layanan Informasi');
  });
});

const valid = () => ({
  ...emptyRegistration(),
  requesterName: 'Siti Aminah',
  identityNumber: '6106012345678901',
  address: 'Jl. Merdeka 1, Putussibau',
  email: 'siti@example.id',
  informationRequested: 'Realisasi anggaran 2025',
  purpose: 'Penelitian',
});

describe('the desk registration form', () => {
  it('checks the required fields and the limits before anything is sent', () => {
    const empty = validateRegistration(emptyRegistration());
    expect(Object.keys(empty).sort()).toEqual(['address', 'email', 'identityNumber', 'informationRequested', 'phone', 'purpose', 'requesterName']);
    expect(empty.phone).toEqual({ key: 'requests.form.contactRequired' });
    expect(validateRegistration(valid())).toEqual({});
    expect(validateRegistration({ ...valid(), identityNumber: '61060123' }).identityNumber).toEqual({ key: 'requests.form.nik' });
    expect(validateRegistration({ ...valid(), identityKind: 'passport', identityNumber: 'C1234567' })).toEqual({});
    expect(validateRegistration({ ...valid(), requesterName: 'x'.repeat(151) }).requesterName).toEqual({ key: 'requests.form.tooLong', values: { max: 150 } });
    expect(validateRegistration({ ...valid(), informationRequested: 'x'.repeat(4001) }).informationRequested?.key).toBe('requests.form.tooLong');
    expect(validateRegistration({ ...valid(), requesterKind: 'on_behalf' }).onBehalfOf).toEqual({ key: 'requests.form.required' });
    expect(validateRegistration({ ...valid(), email: 'siti@' }).email).toEqual({ key: 'requests.form.emailInvalid' });
    expect(validateRegistration({ ...valid(), email: '', deliveryMethod: 'in_person' }).phone).toEqual({ key: 'requests.form.contactRequired' });
    expect(validateRegistration({ ...valid(), email: '', phone: '+62 812-3456-789', deliveryMethod: 'in_person' })).toEqual({});
    expect(validateRegistration({ ...valid(), phone: 'telp kantor' }).phone).toEqual({ key: 'requests.form.phoneInvalid' });
  });

  it('posts a valid form (empty optional fields left out) and returns the new request', async () => {
    const send = jest.fn().mockResolvedValue({ ok: true, data: { data: { documentId: 'new1', registrationNumber: 'REQ-2026-00009-ZZ11' } } });
    expect(await submitRegistration(emptyRegistration(), send, 'ok')).toHaveProperty('problems.requesterName');
    expect(send).not.toHaveBeenCalled();
    const form = { ...valid(), receivedAt: '2026-12-01T01:00:00.000Z' };
    expect(await submitRegistration(form, send, 'ok')).toEqual({ documentId: 'new1' });
    expect(send).toHaveBeenCalledWith('post', '/ppid/requests', expect.objectContaining({ requesterName: 'Siti Aminah', channel: 'walk_in', receivedAt: '2026-12-01T01:00:00.000Z' }), 'ok', 'register');
    const body = send.mock.calls[0][2];
    expect(body).not.toHaveProperty('phone');
    expect(body).not.toHaveProperty('onBehalfOf');
    expect(registrationBody({ ...valid(), requesterName: '  Siti  ' }).requesterName).toBe('Siti');
  });

  it('sends the identity document as multipart (data as JSON, the file), after checking its type and size', async () => {
    const send = jest.fn().mockResolvedValue({ ok: true, data: { data: { documentId: 'new2', registrationNumber: 'REQ-2026-00010-ZZ22' } } });
    const tooBig = new Blob([new Uint8Array(2 * 1024 * 1024 + 1)], { type: 'application/pdf' });
    expect(await submitRegistration(valid(), send, 'ok', tooBig)).toEqual({ problems: { identityDocument: { key: 'requests.form.fileSize', values: { max: 2 } } }, server: {} });
    expect(await submitRegistration(valid(), send, 'ok', new Blob(['x'], { type: 'text/plain' }))).toHaveProperty('problems.identityDocument.key', 'requests.form.fileType');
    expect(send).not.toHaveBeenCalled();
    expect(await submitRegistration(valid(), send, 'ok', Object.assign(new Blob(['%PDF'], { type: 'application/pdf' }), { name: 'ktp.pdf' }))).toEqual({ documentId: 'new2' });
    const body = send.mock.calls[0][2] as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(JSON.parse(String(body.get('data')))).toMatchObject({ requesterName: 'Siti Aminah', identityNumber: '6106012345678901' });
    expect((body.get('files.identityDocument') as File).name).toBe('ktp.pdf');
  });

  it('shows the server’s problems under their fields', async () => {
    const error = { response: { data: { error: { message: 'Periksa isian', details: { errors: [{ path: ['identityNumber'], message: 'Nomor identitas sudah dipakai permohonan lain hari ini' }] } } } } };
    expect(serverProblems(error)).toEqual({ identityNumber: 'Nomor identitas sudah dipakai permohonan lain hari ini' });
    const send = jest.fn().mockResolvedValue({ ok: false, fields: serverProblems(error) });
    const outcome = await submitRegistration(valid(), send, 'ok');
    const html = renderNode(<RegisterRequestForm onCancel={() => undefined} onRegistered={() => undefined} initial={{ ...valid(), requesterName: '' }} initialProblems={{ problems: { requesterName: { key: 'requests.form.required' } }, server: 'server' in outcome ? outcome.server : {} }} />);
    const body = text(html);
    expect(body).toContain('Wajib diisi.');
    expect(body).toContain('Nomor identitas sudah dipakai permohonan lain hari ini');
    // The law's words.
    expect(body).toContain('Jenis pemohon');
    expect(body).toContain('Cara memperoleh informasi');
    expect(body).toContain('Cara mendapatkan salinan informasi');
    expect(body).toContain('Tujuan penggunaan informasi');
  });
});

const transition = (key: string, label: [string, string], allowed: boolean): AvailableTransition => ({
  key, to: key.split('->')[1], toName: { id: key, en: key }, action: 'forward', label: { id: label[0], en: label[1] }, reasonRequired: false, proofRequired: false, allowed,
});
const itemView = (type: 'info-request' | 'objection', documentId: string, transitions: AvailableTransition[]): { data: ItemWorkflow } => ({
  data: {
    item: { type, documentId, title: 'REQ', unit: { code: 'diskominfo', name: 'Dinas Kominfo' } },
    workflow: { key: 'layanan-permohonan-informasi', version: 1, name: { id: 'Layanan permohonan informasi', en: 'Information requests' }, sop: null },
    state: { stage: 'assigned', stageName: stage('Disposisi ke unit', 'With the holding unit'), kind: 'work', actor: null, revision: 3, enteredAt: '2026-11-21T01:00:00.000Z', dueAt: null, overdue: false, status: 'active', assignee: null, agendaNumber: null, sertaMerta: null },
    stages: [], transitions, fastPublish: { allowed: false }, retroApprove: { allowed: false }, actors: [],
  } as unknown as ItemWorkflow,
});

const detail = (over: Partial<RequestDetail> = {}): RequestDetail => ({
  documentId: 'req0001', registrationNumber: 'REQ-2026-00001-7K3Q', year: 2026, channel: 'walk_in', unit: { id: 1, code: 'ppid', name: 'PPID Kabupaten' },
  requester: { kind: 'on_behalf', name: 'Siti Aminah', onBehalfOf: 'Ahmad Yani', identityKind: 'ktp', identityNumber: '6106012345678901', address: 'Jl. Merdeka 1', phone: '0812', email: 'siti@example.id', occupation: 'Guru', identityDocument: { name: 'ktp-siti.pdf', mime: 'application/pdf', size: 48213 }, erasedAt: null },
  informationRequested: 'Realisasi anggaran 2025', purpose: 'Penelitian', informationForm: 'copy_soft', deliveryMethod: 'email',
  state: 'assigned',
  clock: {
    receivedAt: '2026-11-20T02:15:00.000Z', receivedOn: '2026-11-20', dueOn: '2026-12-15', dueAt: '2026-12-15T09:00:00.000Z', extended: true, extensionDays: 7, extensionReason: 'Informasi tersebar di beberapa bidang',
    extendedAt: '2026-12-03T03:00:00.000Z', extendedBy: 'PPID Pelaksana', workingDaysLeft: 4, overdue: false, dueSoon: false, answered: false, onTime: null,
  },
  completeness: { missingItems: null, completeBy: null }, holderUnit: { id: 4, code: 'statistik', name: 'Bidang Statistik' },
  notice: { outcome: null, noticeNumber: null, noticeBody: null, refusalArticle: null, exclusion: null, referralBody: null, fee: null, problems: [], signedAt: null, deliveredAt: null },
  workflow: null,
  letters: { receipt: true, extension: true, notice: false, refusal: false, incomplete: false },
  objections: [{ documentId: 'keb0001', registrationNumber: 'KEB-2026-00001-QQ22', state: 'examining', filedAt: '2026-12-02T02:00:00.000Z', dueOn: '2027-01-14', decision: null, decidedAt: null }],
  choices: { units: [{ id: 4, code: 'statistik', name: 'Bidang Statistik' }, { id: 5, code: 'ikp', name: 'Bidang IKP' }], exclusions: [] },
  ...over,
});

describe('the request panel', () => {
  beforeEach(() => {
    user.grant('workflow.transition');
    api.answer(requestsApi.request('req0001'), { data: detail() });
    api.answer('/ppid/workflow/items/info-request/req0001', itemView('info-request', 'req0001', [
      transition('assigned->signing', ['Ajukan untuk ditandatangani', 'Send for signature'], true),
      { ...transition('assigned->closed', ['Tutup', 'Close'], false), reason: 'Isi dulu pemberitahuan tertulis.' },
    ]));
  });

  it('shows the requester, the clock with its extension, the steps, the letters and the objections', () => {
    const html = renderApp('requests/req0001');
    const body = text(html);
    expect(body).toContain('Permohonan REQ-2026-00001-7K3Q Diproses unit');
    // The identity document: a download through the guarded route (with the admin's token), no public URL.
    expect(body).toContain('Salinan dokumen identitas Unduh ktp-siti.pdf (48 KB)');
    expect(html).not.toContain('/uploads/');
    expect(body).toContain('Kuasa (atas nama orang lain)');
    expect(body).toContain('Ahmad Yani');
    expect(body).toContain('KTP 6106012345678901');
    expect(body).toContain('Realisasi anggaran 2025');
    // The clock in the agency's zone (WIB by default).
    expect(body).toContain('Diterima 20 Nov 2026');
    expect(body).toContain('09.15');
    expect(body).toContain('15 Des 2026, akhir hari kerja (WIB)');
    expect(body).toContain('sisa 4 hari kerja Diperpanjang');
    expect(body).toContain('7 hari kerja, 3 Des 2026');
    expect(body).toContain('oleh PPID Pelaksana: Informasi tersebar di beberapa bidang');
    expect(body).toContain('Ajukan untuk ditandatangani');
    expect(body).toContain('Tutup: Isi dulu pemberitahuan tertulis.');
    // The letters that can be printed now.
    expect(body).toContain('Tanda bukti penerimaan');
    expect(body).toContain('Pemberitahuan perpanjangan');
    expect(body).not.toContain('Keputusan penolakan');
    // The forms of the stage: no extension form once extended.
    expect(body).toContain('Simpan pemberitahuan');
    expect(body).not.toContain('Disposisikan');
    expect(body).not.toContain('Catat kekurangan');
    expect(body).not.toContain('Perpanjang batas waktu');
    // The objections; no objection form while the request is still within its deadline.
    expect(body).toContain('KEB-2026-00001-QQ22');
    expect(body).toContain('Tanggapan PPID');
    expect(html).toContain('href="/plugins/ppid/requests/objections/keb0001"');
    expect(body).not.toContain('Catat keberatan');
  });

  it('shows no identity document once the identity data is erased, in either language', () => {
    expect(requestsApi.identityDocument('req0001')).toBe('/ppid/requests/req0001/identity-document');
    api.answer(requestsApi.request('req0001'), {
      data: detail({ requester: { ...detail().requester, identityNumber: null, identityDocument: null, address: null, phone: null, email: null, erasedAt: '2027-03-01T00:00:00.000Z' } }),
    });
    const id = text(renderApp('requests/req0001'));
    expect(id).toContain('dihapus');
    expect(id).not.toContain('Salinan dokumen identitas');
    expect(id).not.toContain('ktp-siti.pdf');
    const en = text(renderApp('requests/req0001', 'en'));
    expect(en).not.toContain('Copy of the identity document');
    api.answer(requestsApi.request('req0001'), { data: detail() });
    expect(text(renderApp('requests/req0001', 'en'))).toContain('Copy of the identity document Download ktp-siti.pdf (48 KB)');
  });

  it('offers the desk’s objection form with the Pasal 35 grounds once the deadline has passed', () => {
    api.answer(requestsApi.request('req0001'), { data: detail({ clock: { ...detail().clock, workingDaysLeft: -2, overdue: true } }) });
    const body = text(renderApp('requests/req0001'));
    expect(body).toContain('Terlambat 2 hari kerja');
    expect(body).toContain('Catat keberatan');
    expect(body).toContain('c. Tidak ditanggapinya permintaan informasi');
    expect(body).toContain('g. Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang ini');
  });

  it('picks the unit of the disposition from the server’s choices, and says when there is none', () => {
    api.answer(requestsApi.request('req0001'), { data: detail({ state: 'checking', holderUnit: null, choices: { units: [], exclusions: [] } }) });
    const none = text(renderApp('requests/req0001'));
    expect(none).toContain('Disposisikan');
    expect(none).toContain('Badan publik ini tidak memiliki unit aktif untuk tujuan disposisi');
    api.answer(requestsApi.request('req0001'), { data: detail({ state: 'checking', holderUnit: null }) });
    const some = text(renderApp('requests/req0001'));
    expect(some).toContain('Disposisikan');
    expect(some).not.toContain('tidak memiliki unit aktif');
  });

  it('says when the answer was late, in English', () => {
    api.answer(requestsApi.request('req0001'), {
      data: detail({
        state: 'delivered',
        letters: { receipt: true, extension: false, notice: true, refusal: false, incomplete: false },
        notice: { ...detail().notice, outcome: 'granted_full', noticeBody: 'Terlampir', signedAt: '2026-12-16T03:00:00.000Z' },
        clock: { ...detail().clock, extended: false, extensionDays: 0, workingDaysLeft: null, answered: true, onTime: false },
      }),
    });
    const body = text(renderApp('requests/req0001', 'en'));
    expect(body).toContain('Answered late');
    expect(body).toContain('Written notice');
    expect(body).toContain('Granted in full');
    expect(body).not.toContain('Serve the request');
    expect(body).toContain('Register an objection');
  });

  it('shows the server’s refusal when the viewer does not serve the request', () => {
    api.forget(requestsApi.request('req0001'));
    const body = text(renderApp('requests/req0001'));
    expect(body).toContain('Kembali ke meja permohonan');
    expect(body).toContain('Data tidak dapat dimuat.');
  });
});

describe('the written notice', () => {
  it('requires the Pasal 17 letter and the excluded-list entry for a refusal', () => {
    expect(validateNotice({ outcome: 'refused', noticeBody: 'Informasi dikecualikan' })).toEqual({
      refusalArticle: { key: 'requests.notice.articleRequired' },
      exclusionDocumentId: { key: 'requests.notice.exclusionRequired' },
    });
    expect(validateNotice({ outcome: 'refused', noticeBody: 'x', refusalArticle: 'b', exclusionDocumentId: 'exc1' })).toEqual({});
    expect(validateNotice({ outcome: 'held_elsewhere', noticeBody: 'x' })).toEqual({ referralBody: { key: 'requests.form.required' } });
    expect(validateNotice({ outcome: 'granted_full', noticeBody: 'x', fee: -1 })).toEqual({ fee: { key: 'requests.notice.fee.invalid' } });
    expect(validateNotice({})).toEqual({ outcome: { key: 'requests.form.required' } });
    expect(validateNotice({ outcome: 'granted_part' })).toEqual({ noticeBody: { key: 'requests.notice.withheldRequired' } });
    expect(validateNotice({ outcome: 'granted_full' })).toEqual({});
  });

  const tender = { documentId: 'exc1', title: 'Dokumen pengadaan dalam proses', article17Letter: 'b', decreeNumber: '000.9/61/DISKOMINFO-A/2026' };
  const personal = { documentId: 'exc2', title: 'Data pribadi pegawai', article17Letter: 'h', decreeNumber: null };

  it('offers the Pasal 17 letter and the list’s entries once the outcome is a refusal', () => {
    const refused = detail({ notice: { ...detail().notice, outcome: 'refused' }, choices: { units: [], exclusions: [tender] } });
    const body = text(renderNode(<NoticeForm request={refused} onDone={() => undefined} />));
    expect(body).toContain('Pasal 17 huruf');
    expect(body).toContain('Informasi yang dikecualikan');
    expect(text(renderNode(<NoticeForm request={detail()} onDone={() => undefined} />))).not.toContain('Pasal 17 huruf');
  });

  it('picks the entry from the server’s choices, of the chosen letter, and reads no register', () => {
    const request = detail({ choices: { units: [], exclusions: [tender, personal] } });
    expect(exclusionsFor(request)).toEqual([tender, personal]);
    expect(exclusionsFor(request, 'h')).toEqual([personal]);
    expect(exclusionsFor(request, 'a')).toEqual([]);
    expect(exclusionLabel(tender, 'Pasal 17 huruf b')).toBe('Dokumen pengadaan dalam proses (Pasal 17 huruf b; 000.9/61/DISKOMINFO-A/2026)');
    expect(exclusionLabel(personal, 'Art. 17 (h)')).toBe('Data pribadi pegawai (Art. 17 (h))');
    // The cited entry stays chosen while it is among the choices; one no longer in force is not.
    const notice = { ...detail().notice, outcome: 'refused' as const, refusalArticle: 'b', exclusion: tender };
    expect(citedChoice(detail({ notice, choices: { units: [], exclusions: [tender, personal] } }))).toBe('exc1');
    expect(citedChoice(detail({ notice, choices: { units: [], exclusions: [personal] } }))).toBeUndefined();
    expect(citedChoice(detail())).toBeUndefined();
    // A letter without an entry says so, and the form asks the server for nothing.
    api.calls.length = 0;
    const body = text(renderNode(<NoticeForm request={detail({ notice, choices: { units: [], exclusions: [personal] } })} onDone={() => undefined} />));
    expect(body).toContain('Informasi yang dikecualikan');
    expect(body).toContain('Tidak ada entri daftar untuk huruf ini');
    expect(api.calls).toEqual([]);
  });

  it('checks the extension and the objection', () => {
    expect(validateExtension({ days: 8, reason: 'x' })).toEqual({ days: { key: 'requests.extension.daysRange' } });
    expect(validateExtension({ days: 0, reason: '' })).toHaveProperty('reason');
    expect(validateExtension({ days: 7, reason: 'Informasi tersebar' })).toEqual({});
    expect(validateObjection({ grounds: [], reasons: '' })).toEqual({ grounds: { key: 'objections.form.groundsRequired' }, reasons: { key: 'requests.form.required' } });
  });
});

describe('the objection panel and the report', () => {
  it('shows the objection with its grounds, the forms of its stage and its letters', () => {
    const objection: ObjectionDetail = {
      ...detail().objections[0], request: { documentId: 'req0001', registrationNumber: 'REQ-2026-00001-7K3Q', requesterName: 'Siti Aminah' }, grounds: ['c', 'g'], dueAt: '2027-01-14T09:00:00.000Z', overdue: false, disputed: false,
      channel: 'website', reasons: 'Tidak ada jawaban sampai batas waktu', unit: { id: 1, name: 'PPID Kabupaten' },
      ppidResponse: null, decisionNumber: null, decisionBody: null, decidedBy: null, decidedOnTime: null, deliveredAt: null, dispute: null, workflow: null, letters: { receipt: true, decision: false },
    };
    api.answer(requestsApi.objection('keb0001'), { data: objection });
    api.answer('/ppid/workflow/items/objection/keb0001', itemView('objection', 'keb0001', []));
    const html = renderApp('requests/objections/keb0001');
    const body = text(html);
    expect(body).toContain('Keberatan KEB-2026-00001-QQ22');
    expect(html).toContain('href="/plugins/ppid/requests/req0001"');
    expect(body).toContain('Tidak ada jawaban sampai batas waktu');
    expect(body).toContain('Siti Aminah');
    expect(body).toContain('Batas waktu keputusan (30 hari kerja) 14 Jan 2027');
    expect(body).toContain('Simpan tanggapan');
    expect(body).not.toContain('Simpan keputusan');
    expect(body).not.toContain('Catat sengketa');
    expect(body).toContain('Tanda bukti keberatan');

    // Before the Atasan PPID: the decision; once decided: the dispute at the Komisi Informasi.
    api.answer(requestsApi.objection('keb0001'), { data: { ...objection, state: 'deciding', ppidResponse: 'Jawaban sedang disiapkan' } });
    const deciding = text(renderApp('requests/objections/keb0001'));
    expect(deciding).toContain('Simpan keputusan');
    expect(deciding).toContain('Jawaban sedang disiapkan');
    api.answer(requestsApi.objection('keb0001'), {
      data: { ...objection, state: 'decided', decision: 'upheld', decisionNumber: '045/KEB/2026', decisionBody: 'Informasi diberikan', decidedAt: '2027-01-05T03:00:00.000Z', decidedBy: 'Kepala Dinas', decidedOnTime: true, letters: { receipt: true, decision: true } },
    });
    const decided = text(renderApp('requests/objections/keb0001', 'en'));
    expect(decided).toContain('Record the dispute');
    expect(decided).toContain('Objection upheld · 045/KEB/2026');
    expect(decided).toContain('Decision of the Atasan PPID');
    expect(decided).toContain('Kepala Dinas');
    expect(decided).toContain('Decided on time');
  });

  it('lists the objections by state', () => {
    const base = detail().objections[0];
    api.answer(requestsApi.objections('deciding', 1), {
      data: [{ ...base, state: 'deciding', request: { documentId: 'req0001', registrationNumber: 'REQ-2026-00001-7K3Q', requesterName: 'Siti Aminah' }, grounds: ['a', 'f'], dueAt: '2027-01-14T09:00:00.000Z', overdue: true, disputed: false }],
      meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: 1 }, counts: { all: 5, registered: 1, examining: 2, deciding: 1, delivering: 0, decided: 1, withdrawn: 0 } },
    });
    expect(requestsApi.objections('deciding', 1)).toBe('/ppid/objections?page=1&pageSize=20&state=deciding');
    const body = text(renderApp('requests/objections?state=deciding'));
    expect(body).toContain('Di Atasan PPID (1)');
    expect(body).toContain('Semua (5)');
    expect(body).toContain('Cari keberatan');
    expect(body).toContain('KEB-2026-00001-QQ22 REQ-2026-00001-7K3Q Siti Aminah a, f');
    expect(body).toContain('14 Jan 2027 Terlambat');
  });

  it('searches the objections by number or requester', () => {
    expect(requestsApi.objections(null, 1, ' Siti ')).toBe('/ppid/objections?page=1&pageSize=20&q=Siti');
    api.answer(requestsApi.objections(null, 1, 'Siti'), { data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 }, counts: { all: 0, registered: 0, examining: 0, deciding: 0, delivering: 0, decided: 0, withdrawn: 0 } } });
    expect(text(renderApp('requests/objections?q=Siti'))).toContain('Tidak ada keberatan yang cocok dengan “Siti”.');
  });

  it('shows the year’s report figures as tables with the downloads', () => {
    const report: ServiceReportFigures = {
      year: 2026,
      requests: { total: 20, byMonth: [1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 4, 10], byChannel: { website: 12, walk_in: 5, letter: 2, email: 1 }, byOutcome: { granted_full: 10, granted_part: 3, not_held: 1, held_elsewhere: 1, refused: 2 }, refusalsByArticle: { a: 0, b: 2 }, pending: 3, closedIncomplete: 0, extended: 4, onTime: 15, late: 2, onTimeRate: 88.2, averageWorkingDays: 6.5 },
      objections: { total: 2, byGround: { a: 1, b: 0, c: 1, d: 0, e: 0, f: 0, g: 1 }, byDecision: { upheld: 1, upheld_in_part: 0, rejected: 0 }, pending: 1, disputes: 1 },
    };
    const year = new Date().getUTCFullYear();
    api.answer(requestsApi.report(year), { data: { ...report, year } });
    const body = text(renderApp('requests/registers'));
    expect(body).toContain(`Laporan layanan informasi publik ${year}`);
    expect(body).toContain('Register permohonan informasi XLSX CSV PDF');
    expect(body).toContain('Dijawab tepat waktu 15');
    expect(body).toContain('Tepat waktu (%) 88.2');
    expect(body).toContain('Pasal 17 huruf b 2');
    expect(body).toContain('Situs web 12');
    expect(body).toContain('Diajukan ke Komisi Informasi 1');
    expect(requestsApi.requestRegister('xlsx', 2026)).toBe('/ppid/registers/requests.xlsx?year=2026');
    expect(requestsApi.reportFile(2026, 'pdf')).toBe('/ppid/reports/service/2026/report.pdf');
  });
  it('lets the signer issue the year’s report (again, with a reason) and shows every reader the issued history', () => {
    const agency = { documentId: 'unit00000000000000000001', code: 'kominfo-uji', name: 'Dinas Kominfo Uji' };
    const issue = (over: Partial<IssuedServiceReport>): IssuedServiceReport => ({
      documentId: 'rep0000000000000000000001', year: 2025, revision: 1, state: 'current', agency, issuedAt: '2026-01-20T02:00:00.000Z', issuedBy: 'Utama Uji',
      signer: { position: 'PPID Utama', name: 'Drs. Utama Sekali' }, reason: null, note: null, supersededAt: null, pdfSha256: 'ab'.repeat(32),
      file: '/ppid/reports/service/issued/rep0000000000000000000001/report.pdf', ...over,
    });
    const rows = [
      issue({ documentId: 'rep0000000000000000000002', revision: 2, reason: 'Dua permohonan Desember belum tercatat', issuedAt: '2026-02-03T03:00:00.000Z' }),
      issue({ state: 'superseded', supersededAt: '2026-02-03T03:00:00.000Z' }),
    ];
    const set = (signsFor: IssuedServiceReportsResponse['meta']['signsFor']) => {
      api.answer(requestsApi.issuedReports(), { data: rows, meta: { signsFor } } satisfies IssuedServiceReportsResponse);
    };
    expect(requestsApi.issuedReports()).toBe('/ppid/reports/service/issued');
    expect(requestsApi.issueReport(2025)).toBe('/ppid/reports/service/2025/issue');

    set([agency]);
    const again = text(renderNode(<IssuedReports year={2025} thisYear={2026} />));
    expect(again).toContain('Terbitkan ulang laporan tahun 2025');
    expect(again).toContain('2025 (revisi 2) Dinas Kominfo Uji 3 Feb 2026');
    expect(again).toContain('Drs. Utama Sekali (PPID Utama) Berlaku Dua permohonan Desember belum tercatat');
    expect(again).toContain('Digantikan 3 Feb 2026');
    expect(text(renderNode(<IssuedReports year={2024} thisYear={2026} />))).toContain('Terbitkan laporan tahun 2024');
    const notEnded = text(renderNode(<IssuedReports year={2026} thisYear={2026} />));
    expect(notEnded).toContain('Laporan tahun 2026 dapat diterbitkan setelah tahunnya berakhir.');
    expect(notEnded).not.toContain('Terbitkan laporan');
    expect(text(renderNode(<IssuedReports year={2024} thisYear={2026} />, 'en'))).toContain('Issue the 2024 report');

    // A reader who signs for no agency sees the history only.
    set([]);
    const reader = text(renderNode(<IssuedReports year={2024} thisYear={2026} />, 'en'));
    expect(reader).not.toContain('Issue the');
    expect(reader).toContain('Issued reports');
    expect(reader).toContain('Current');
  });
});
