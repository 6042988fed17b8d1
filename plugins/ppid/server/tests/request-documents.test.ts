/**
 * The service's letters (which apply when, and what they say) and the registers' rows and files
 * (official columns, formula-safe CSV/XLSX, PDF text), from plain models: no Strapi.
 */
import { parse } from 'csv-parse/sync';
import { letterPdf } from '../src/requests/letters';
import { objectionLetter, type ObjectionFacts } from '../src/requests/objection-letters';
import { requestLetter, type RequestFacts } from '../src/requests/request-letters';
import {
  OBJECTION_REGISTER_COLUMNS,
  REQUEST_REGISTER_COLUMNS,
  objectionRegisterRow,
  requestRegisterRow,
  requestStatus,
  safeCell,
  writeRegister,
  writeServiceReport,
  type RequestEntry,
} from '../src/requests/registers';
import { serviceReport } from '../src/requests/report';
import { createClock } from '../src/workflow/clock';
import { pdfText, readWorkbook, render } from '../../../../tests/helpers/binary';

const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  registrationNumber: 'REQ-2026-00001-K7QH',
  receivedOn: '10 Agustus 2026',
  channel: 'walk_in',
  requesterName: 'Siti Aminah',
  address: 'Jl. Merdeka 1, Putussibau',
  contact: '0812 / siti@example.id',
  informationRequested: 'Laporan keuangan 2025',
  purpose: 'Penelitian',
  informationForm: 'copy_soft',
  deliveryMethod: 'email',
  dueOn: '24 Agustus 2026',
  firstDueOn: '24 Agustus 2026',
  extensionDays: 0,
  ...over,
});
const ctx = { agency: { name: 'Dinas Kominfo', address: 'Jl. Lintas Selatan' }, signer: { position: 'PPID Utama', name: 'Budi', nip: '198001012005011001' }, today: '12 Agustus 2026' };

describe('request letters', () => {
  it('the receipt always applies and names the number, requester, information, form and due date', () => {
    const r = requestLetter('receipt', facts(), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = JSON.stringify(r.letter.fields);
    expect(text).toContain('REQ-2026-00001-K7QH');
    expect(text).toContain('Siti Aminah');
    expect(text).toContain('Laporan keuangan 2025');
    expect(text).toContain('Mendapatkan salinan informasi (softcopy)');
    expect(text).toContain('24 Agustus 2026');
    expect(r.letter.fileName).toBe('tanda-bukti-REQ-2026-00001-K7QH.pdf');
  });

  it('letters that do not apply yet say why (both languages)', () => {
    for (const kind of ['notice', 'extension', 'refusal', 'incomplete'] as const) {
      const r = requestLetter(kind, facts(), ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.id && r.reason.en).toBeTruthy();
    }
    const granted = facts({ outcome: 'granted_full', noticeOn: '12 Agustus 2026' });
    expect(requestLetter('notice', granted, ctx).ok).toBe(true);
    const refusal = requestLetter('refusal', granted, ctx);
    expect(refusal.ok).toBe(false);
    if (!refusal.ok) expect(refusal.reason.en).toMatch(/not refused/);
  });

  it('the written notice gives outcome, form, cost and time; the refusal cites Pasal 17 and the consequence test', () => {
    const n = requestLetter('notice', facts({ outcome: 'granted_part', noticeOn: '12 Agustus 2026', fee: 15000, noticeNumber: '045/PPID/2026' }), ctx);
    if (!n.ok) throw new Error('notice should apply');
    const fields = Object.fromEntries(n.letter.fields);
    expect(fields.Keputusan).toBe('Diberikan sebagian');
    expect(fields['Biaya yang dibutuhkan']).toBe('Rp 15.000');
    expect(fields['Waktu penyediaan']).toBe('Paling lambat 24 Agustus 2026');
    expect(n.letter.number).toBe('045/PPID/2026');

    const exclusion = { title: 'Dokumen penyidikan', legalBasis: 'UU 14/2008 Pasal 17 huruf a', consequenceIfOpened: 'Menghambat penyidikan yang berjalan', consequenceIfClosed: 'Penyidikan terlindungi', testedOn: '1 Juli 2026' };
    const r = requestLetter('refusal', facts({ outcome: 'refused', noticeOn: '12 Agustus 2026', refusalArticle: 'a', exclusion }), ctx);
    if (!r.ok) throw new Error('refusal should apply');
    expect(Object.fromEntries(r.letter.fields)['Dasar pengecualian']).toBe('UU 14/2008 Pasal 17 huruf a: Menghambat proses penegakan hukum');
    expect(r.letter.sections.map((s) => s.text)).toEqual(expect.arrayContaining(['Menghambat penyidikan yang berjalan', 'Penyidikan terlindungi']));
  });

  it('the extension notice gives the reason and both deadlines; the incomplete notice what is missing and by when', () => {
    const e = requestLetter('extension', facts({ extensionDays: 7, extensionReason: 'Informasi di arsip daerah', dueOn: '2 September 2026' }), ctx);
    if (!e.ok) throw new Error('extension should apply');
    expect(Object.fromEntries(e.letter.fields)['Batas waktu baru']).toBe('2 September 2026');
    expect(e.letter.sections[0].text).toBe('Informasi di arsip daerah');
    const i = requestLetter('incomplete', facts({ missingItems: 'Salinan KTP', completeBy: '24 Agustus 2026' }), ctx);
    if (!i.ok) throw new Error('incomplete should apply');
    expect(i.letter.sections[0].text).toBe('Salinan KTP');
  });

  it('objection letters: the receipt lists the grounds; the decision needs the Atasan PPID decision', () => {
    const o: ObjectionFacts = { registrationNumber: 'KEB-2026-00001-ABCD', requestNumber: 'REQ-2026-00001-K7QH', filedOn: '1 September 2026', requesterName: 'Siti', informationRequested: 'x', grounds: ['c', 'g'], reasons: 'Tidak dijawab', dueOn: '13 Oktober 2026' };
    const rc = objectionLetter('receipt', o, ctx);
    if (!rc.ok) throw new Error('receipt applies');
    expect(rc.letter.sections[0].text).toMatch(/^c\. Tidak ditanggapinya/);
    expect(objectionLetter('decision', o, ctx).ok).toBe(false);
    const d = objectionLetter('decision', { ...o, decision: 'upheld', decidedOn: '20 September 2026' }, ctx);
    if (!d.ok) throw new Error('decision applies');
    expect(Object.fromEntries(d.letter.fields).Keputusan).toBe('Keberatan diterima');
  });

  it('draws a PDF with the letterhead, the content and the signature block (name, NIP)', async () => {
    const r = requestLetter('receipt', facts(), ctx);
    if (!r.ok) throw new Error('receipt applies');
    const text = pdfText(await render((out) => letterPdf(r.letter, out)));
    expect(text).toContain('DINAS KOMINFO');
    expect(text).toContain('TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('Laporan keuangan 2025');
    expect(text).toContain('NIP. 198001012005011001');
  });
});

const entry = (over: Partial<RequestEntry> = {}): RequestEntry => ({
  registrationNumber: 'REQ-2026-00001-K7QH',
  receivedOn: '2026-08-10',
  requesterName: 'Siti',
  address: 'Jl. Merdeka 1',
  contact: '0812',
  informationRequested: 'Laporan',
  purpose: 'Penelitian',
  informationForm: 'copy_soft',
  deliveryMethod: 'email',
  outcome: null,
  workingDays: null,
  extensionDays: 0,
  answeredOnTime: null,
  closedIncomplete: false,
  identityErased: false,
  objections: [],
  ...over,
});

describe('registers', () => {
  it('rows follow the official columns: status with its reason, notice date, working days, objections', () => {
    const row = requestRegisterRow(3, entry({ outcome: 'refused', refusalArticle: 'h', noticeOn: '2026-08-20', workingDays: 8, answeredOnTime: true, objections: ['KEB-2026-00001-ABCD'] }));
    expect(row).toHaveLength(REQUEST_REGISTER_COLUMNS.length);
    expect(row[0]).toBe(3);
    expect(row[1]).toBe('10 Agustus 2026');
    expect(row[9]).toMatch(/^Ditolak .*Pasal 17 huruf h/);
    expect(row[10]).toBe('20 Agustus 2026');
    expect(row[11]).toBe(8);
    expect(row[12]).toBe('KEB-2026-00001-ABCD');
    expect(row[13]).toBe('Tepat waktu');
    expect(requestStatus({ outcome: null, closedIncomplete: true })).toBe('Ditutup: permohonan tidak dilengkapi');
    expect(requestStatus({ outcome: null, closedIncomplete: false })).toBe('Dalam proses');
    expect(requestRegisterRow(1, entry({ identityErased: true }))[4]).toMatch(/dihapus/);
    const o = objectionRegisterRow(1, { registrationNumber: 'K', requestNumber: 'R', filedOn: '2026-09-01', requesterName: 'S', informationRequested: 'x', grounds: ['a', 'c'], decision: 'rejected', decidedOn: '2026-09-20', workingDays: 13, identityErased: false });
    expect(o).toHaveLength(OBJECTION_REGISTER_COLUMNS.length);
    expect(o[7]).toBe('huruf a, huruf c');
    expect(o[9]).toBe('Keberatan ditolak');
  });

  it('formula-like cells are neutralised in CSV and XLSX', async () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell('+62 812')).toBe("'+62 812");
    expect(safeCell('Siti')).toBe('Siti');
    expect(safeCell(5)).toBe(5);
    const file = { agency: null, title: 'Register Permohonan Informasi Publik', columns: REQUEST_REGISTER_COLUMNS, rows: [requestRegisterRow(1, entry({ requesterName: '=cmd|calc' }))] };
    const csv = await render((out) => writeRegister('csv', file, out));
    const rows: string[][] = parse(csv.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(rows[0][0]).toBe('No');
    expect(rows[1][3]).toBe("'=cmd|calc");
    const wb = await readWorkbook(await render((out) => writeRegister('xlsx', file, out)));
    expect(wb.worksheets[0].getRow(2).getCell(4).value).toBe("'=cmd|calc");
    const pdf = pdfText(await render((out) => writeRegister('pdf', { ...file, subtitle: 'Tahun 2026' }, out)));
    expect(pdf).toContain('REGISTER PERMOHONAN INFORMASI PUBLIK');
  });

  it('the annual report file carries the figures', async () => {
    const clock = createClock({ timezone: 'Asia/Jakarta', officeHours: { start: '08:00', end: '16:00' }, holidays: true });
    const r = serviceReport(clock, 2026, [{ receivedAt: new Date('2026-08-10T09:00:00+07:00'), channel: 'website', outcome: 'granted_full', answeredAt: new Date('2026-08-12T10:00:00+07:00'), extensionDays: 0, refusalArticle: null, closedIncomplete: false }], [], new Date('2026-12-01T00:00:00Z'));
    const wb = await readWorkbook(await render((out) => writeServiceReport('xlsx', r, { name: 'Dinas' }, out)));
    const values = wb.worksheets[0].getSheetValues().map((row: any) => (row ? [row[1], row[2]] : null)).filter(Boolean);
    expect(values).toEqual(expect.arrayContaining([['Jumlah permohonan', 1], ['Diberikan seluruhnya', 1], ['Rata-rata waktu pemenuhan (hari kerja)', 2]]));
    const pdf = pdfText(await render((out) => writeServiceReport('pdf', r, { name: 'Dinas' }, out)));
    expect(pdf).toContain('LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2026');
  });
});
