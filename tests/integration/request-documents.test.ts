/**
 * The information service's documents through the real routes (issue 14): the letters of a request
 * and an objection (PDF on the agency's letterhead, 409 while a letter does not apply), the registers
 * (XLSX, CSV, PDF; filtered by year, period and state), and the annual service report (figures
 * counted by hand from the seeded rows, and its PDF/XLSX). Read by the PPID positions of the
 * request's unit and super admins; a staff member of another unit without a service position gets
 * 403, a visitor 401; bad input is a 400.
 *
 * Rows are written with db.query (the request desk's registration is another suite's): 2026-08-10
 * is a Monday; 17 and 25 August are public holidays.
 */
import { parse } from 'csv-parse/sync';
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { create, exclusionData, unitTree } from '../helpers/fixtures';
import { assign, person, type Staff } from '../helpers/workflow';
import { getBinary, pdfText, readWorkbook } from '../helpers/binary';
import { requestRows } from '../helpers/desk';

const P = 'plugin::ppid.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let pelaksana: Staff;
let utama: Staff;
let head: Staff;
let outsider: Staff;
let admin: Awaited<ReturnType<typeof adminSession>>;


const requests = requestRows('reqdoc');
const ids = requests.ids;
const request = (key: string, over: Record<string, unknown>) => requests.insert(app.strapi, key, { unit: units.agency.id, ...over });

beforeAll(async () => {
  app = await boot('request-documents', { PPID_NOTIFICATIONS: 'false' });
  units = await unitTree(app.strapi);
  await app.strapi.db.query(`${P}unit`).update({ where: { id: units.agency.id }, data: { address: 'Jl. Lintas Selatan No. 1, Putussibau' } });
  [pelaksana, utama, head, outsider] = await Promise.all(['Petugas', 'Utama', 'Kepala', 'Staf Statistik'].map((n) => person(app, n, ['ppid-staff'])));
  await assign(app, pelaksana, 'ppid_pelaksana', units.agency.documentId, { officialName: 'Petugas Layanan, S.Sos.', nip: '199001012015031001' });
  await assign(app, utama, 'ppid_utama', units.agency.documentId, { officialName: 'Drs. Utama Sekali', nip: '197501012000031002' });
  await assign(app, head, 'kepala', units.agency.documentId, { officialName: 'Ir. Kepala Dinas, M.T.', nip: '196801011990031003' });
  await assign(app, outsider, 'fungsional', units.stat.documentId);
  admin = await adminSession(app);
  const exclusion = await create(app.strapi, 'exclusion', exclusionData({ unit: units.agency.documentId }), true);

  // 1: answered in 2 working days.
  await request('granted', { outcome: 'granted_full', noticeNumber: '001/PPID/2026', signedAt: new Date('2026-08-12T10:00:00+07:00'), signedBy: utama.id, receivedBy: pelaksana.id, state: 'delivered', answeredOnTime: true, fee: 0 });
  // 2: received Friday after closing (Tue 18 Aug), refused (Pasal 17 h) on the 26th: 5 working days.
  await request('refused', {
    receivedAt: '2026-08-14T16:30:00+07:00',
    channel: 'walk_in',
    outcome: 'refused',
    refusalArticle: 'h',
    exclusion: exclusion.id,
    noticeNumber: '002/PPID/2026',
    signedAt: new Date('2026-08-26T11:00:00+07:00'),
    signedBy: utama.id,
    state: 'delivered',
    answeredOnTime: true,
  });
  // 3: extended by 7 (due 4 Sep), answered 3 Sep: 16 working days.
  await request('extended', {
    channel: 'email',
    outcome: 'granted_part',
    extensionDays: 7,
    extensionReason: 'Informasi tersimpan di arsip daerah',
    extendedAt: new Date('2026-08-20T10:00:00+07:00'),
    extendedBy: utama.id,
    signedAt: new Date('2026-09-03T10:00:00+07:00'),
    signedBy: utama.id,
    state: 'delivered',
  });
  // 4: due 24 Aug, answered 27 Aug: 11 working days, late.
  await request('late', { channel: 'letter', outcome: 'not_held', signedAt: new Date('2026-08-27T09:00:00+07:00'), signedBy: utama.id, state: 'delivered', answeredOnTime: false });
  // 5: never completed, closed with a notice.
  await request('closed', { receivedAt: '2026-03-02T10:00:00+07:00', channel: 'walk_in', state: 'closed', missingItems: 'Salinan KTP', completeBy: '2026-03-16', closedAt: new Date('2026-03-17T07:00:00+07:00') });
  // 6: last year: in no 2026 figure.
  await request('old', { receivedAt: '2025-11-03T10:00:00+07:00', outcome: 'granted_full', signedAt: new Date('2025-11-04T10:00:00+07:00'), state: 'delivered' });
  // 7: last year, formula-like name, in a unit of the same agency (the PPID serves the whole agency).
  await request('elsewhere', { unit: units.stat.id, requesterName: '=HYPERLINK("http://x")', receivedAt: '2025-12-01T10:00:00+07:00', outcome: 'granted_full', signedAt: new Date('2025-12-02T10:00:00+07:00'), state: 'delivered' });

  await app.strapi.db.query(`${P}objection`).create({
    data: {
      documentId: 'objdoc000000000000000001',
      registrationNumber: 'KEB-2026-00001-ABCD',
      year: 2026,
      sequence: 1,
      request: (await app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId: ids.refused } })).id,
      unit: units.agency.id,
      channel: 'website',
      filedAt: new Date('2026-09-01T10:00:00+07:00'),
      receivedBy: pelaksana.id,
      grounds: ['a'],
      reasons: 'Informasi ini bukan informasi yang dikecualikan.',
      state: 'decided',
      dueOn: '2026-10-13',
      ppidResponse: 'Uji konsekuensi telah dilakukan.',
      decision: 'rejected',
      decisionNumber: '010/KEP/2026',
      decidedBy: head.id,
      decidedAt: new Date('2026-09-21T10:00:00+07:00'),
      disputeNumber: 'KI/2026/014',
    },
  });
  await app.strapi.db.query(`${P}objection`).create({
    data: {
      documentId: 'objdoc000000000000000002',
      registrationNumber: 'KEB-2026-00002-ABCE',
      year: 2026,
      sequence: 2,
      request: (await app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId: ids.late } })).id,
      unit: units.agency.id,
      filedAt: new Date('2026-09-02T10:00:00+07:00'),
      grounds: ['g', 'c'],
      reasons: 'Terlambat.',
      state: 'examining',
      dueOn: '2026-10-14',
    },
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

describe('letters', () => {
  it('the receipt: letterhead, number, requester, information, due date and the officer\'s signature with NIP', async () => {
    const res = await getBinary(app, `/ppid/requests/${ids.granted}/letters/receipt.pdf`, pelaksana.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.body);
    expect(text).toContain('DINAS KOMINFO UJI');
    expect(text).toContain('Jl. Lintas Selatan No. 1, Putussibau');
    expect(text).toContain('TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('Pemohon granted');
    expect(text).toContain('Informasi granted');
    expect(text).toContain('26 Agustus 2026');
    expect(text).toContain('Petugas Layanan, S.Sos.');
    expect(text).toContain('NIP. 199001012015031001');
  });

  it('the written notice and the refusal decision with Pasal 17 and the consequence test, signed by the PPID', async () => {
    const notice = pdfText((await getBinary(app, `/ppid/requests/${ids.granted}/letters/notice.pdf`, utama.token)).body);
    expect(notice).toContain('PEMBERITAHUAN TERTULIS');
    expect(notice).toContain('001/PPID/2026');
    expect(notice).toContain('Diberikan seluruhnya');
    expect(notice).toContain('Drs. Utama Sekali');
    const refusal = await getBinary(app, `/ppid/requests/${ids.refused}/letters/refusal.pdf`, head.token);
    expect(refusal.status).toBe(200);
    const text = pdfText(refusal.body);
    expect(text).toContain('Pasal 17 huruf h');
    expect(text).toContain('Mengungkap rahasia pribadi pemohon');
    expect(text).toContain('Kepentingan publik tetap terlayani');
  });

  it('the extension and incomplete notices', async () => {
    const ext = pdfText((await getBinary(app, `/ppid/requests/${ids.extended}/letters/extension.pdf`, pelaksana.token)).body);
    expect(ext).toContain('Informasi tersimpan di arsip daerah');
    expect(ext).toContain('4 September 2026');
    const inc = pdfText((await getBinary(app, `/ppid/requests/${ids.closed}/letters/incomplete.pdf`, pelaksana.token)).body);
    expect(inc).toContain('Salinan KTP');
    expect(inc).toContain('16 Maret 2026');
  });

  it('a letter that does not apply yet is a 409 with its reason, in the person\'s language', async () => {
    const res = await pelaksana.as('get', `/ppid/requests/${ids.granted}/letters/refusal.pdf`);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/tidak ditolak/);
    expect(res.body.error.details.reason).toMatch(/not refused/);
    expect((await pelaksana.as('get', `/ppid/requests/${ids.granted}/letters/extension.pdf`)).status).toBe(409);
    expect((await pelaksana.as('get', `/ppid/requests/${ids.closed}/letters/notice.pdf`)).status).toBe(409);
    expect((await pelaksana.as('get', `/ppid/objections/objdoc000000000000000002/letters/decision.pdf`)).status).toBe(409);
  });

  it('objection receipt and the Atasan PPID decision', async () => {
    const receipt = pdfText((await getBinary(app, '/ppid/objections/objdoc000000000000000002/letters/receipt.pdf', pelaksana.token)).body);
    expect(receipt).toContain('TANDA BUKTI PENERIMAAN KEBERATAN');
    expect(receipt).toContain('Penyampaian informasi yang melebihi waktu');
    const decision = pdfText((await getBinary(app, '/ppid/objections/objdoc000000000000000001/letters/decision.pdf', head.token)).body);
    expect(decision).toContain('KEPUTUSAN ATASAN PPID ATAS KEBERATAN');
    expect(decision).toContain('Keberatan ditolak');
    expect(decision).toContain('Ir. Kepala Dinas, M.T.');
    expect(decision).toContain('NIP. 196801011990031003');
  });

  it('who may read: 403 for staff without a service position, 401 without a session, 404 for unknown', async () => {
    const r = await outsider.as('get', `/ppid/requests/${ids.granted}/letters/receipt.pdf`);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/PPID/);
    expect((await outsider.as('get', '/ppid/objections/objdoc000000000000000001/letters/receipt.pdf')).status).toBe(403);
    expect((await app.http().get(`/ppid/requests/${ids.granted}/letters/receipt.pdf`)).status).toBe(401);
    expect((await pelaksana.as('get', `/ppid/requests/${ids.granted}/letters/other.pdf`)).status).toBe(404);
    expect((await pelaksana.as('get', '/ppid/requests/nope000000000000000000000/letters/receipt.pdf')).status).toBe(404);
    expect((await pelaksana.as('get', `/ppid/requests/${ids.granted}/letters/receipt.pdf?x=1`)).status).toBe(400);
    expect((await getBinary(app, `/ppid/requests/${ids.elsewhere}/letters/receipt.pdf`, admin.token)).status).toBe(200);
  });
});

describe('registers', () => {
  it('requests as CSV: the year\'s rows of the served units, in order, official columns, formula-safe', async () => {
    const res = await getBinary(app, '/ppid/registers/requests.csv?year=2026', pelaksana.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const rows: string[][] = parse(res.body.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(rows[0].slice(0, 4)).toEqual(['No', 'Tanggal Permohonan', 'Nomor Registrasi', 'Nama Pemohon']);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['Pemohon closed', 'Pemohon granted', 'Pemohon extended', 'Pemohon late', 'Pemohon refused']);
    const refused = rows.find((r) => r[3] === 'Pemohon refused')!;
    expect(refused[9]).toMatch(/^Ditolak .*Pasal 17 huruf h/);
    expect(refused[10]).toBe('26 Agustus 2026');
    expect(refused[11]).toBe('5');
    expect(refused[12]).toBe('KEB-2026-00001-ABCD');
    expect(rows.find((r) => r[3] === 'Pemohon closed')![9]).toBe('Ditutup: permohonan tidak dilengkapi');
    const all: string[][] = parse((await getBinary(app, '/ppid/registers/requests.csv?year=2026', admin.token)).body.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(all).toHaveLength(6);
    const last: string[][] = parse((await getBinary(app, '/ppid/registers/requests.csv?year=2025', pelaksana.token)).body.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(last.slice(1).map((r) => r[3])).toEqual(['Pemohon old', '\'=HYPERLINK("http://x")']);
  });

  it('period and state filters; XLSX and PDF', async () => {
    const res = await getBinary(app, '/ppid/registers/requests.xlsx?from=2026-08-11&to=2026-08-31&state=delivered', pelaksana.token);
    expect(res.status).toBe(200);
    const wb = await readWorkbook(res.body);
    const names = wb.worksheets[0].getColumn(4).values.slice(2);
    expect(names).toEqual(['Pemohon refused']);
    const pdf = pdfText((await getBinary(app, '/ppid/registers/objections.pdf?year=2026', pelaksana.token)).body);
    expect(pdf).toContain('REGISTER KEBERATAN');
    expect(pdf).toMatch(/KEB-2026-00001-\s*ABCD/);
    expect(pdf).toContain('KI/2026/014');
    const csv: string[][] = parse((await getBinary(app, '/ppid/registers/objections.csv?state=examining&year=2026', pelaksana.token)).body.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(csv.slice(1).map((r) => r[2])).toEqual(['KEB-2026-00002-ABCE']);
  });

  it('bad input is a 400; the outsider gets 403', async () => {
    for (const q of ['year=26', 'from=2026-13-01', 'year=2026&from=2026-01-01', 'from=2026-09-01&to=2026-08-01', 'state=sideways', 'other=1']) {
      const r = await pelaksana.as('get', `/ppid/registers/requests.csv?${q}`);
      expect({ q, status: r.status }).toEqual({ q, status: 400 });
    }
    expect((await pelaksana.as('get', '/ppid/registers/requests.doc')).status).toBe(404);
    expect((await outsider.as('get', '/ppid/registers/requests.csv')).status).toBe(403);
    expect((await outsider.as('get', '/ppid/registers/objections.xlsx')).status).toBe(403);
  });
});

describe('the annual service report', () => {
  it('figures of the year, counted by hand', async () => {
    const res = await utama.as('get', '/ppid/reports/service/2026');
    expect(res.status).toBe(200);
    const r = res.body.data;
    expect(r.year).toBe(2026);
    expect(r.requests.total).toBe(5);
    expect(r.requests.byMonth).toEqual([0, 0, 1, 0, 0, 0, 0, 4, 0, 0, 0, 0]);
    expect(r.requests.byChannel).toEqual({ website: 1, walk_in: 2, letter: 1, email: 1 });
    expect(r.requests.byOutcome).toEqual({ granted_full: 1, granted_part: 1, not_held: 1, held_elsewhere: 0, refused: 1 });
    expect(r.requests.refusalsByArticle.h).toBe(1);
    expect(r.requests.closedIncomplete).toBe(1);
    expect(r.requests.pending).toBe(0);
    expect(r.requests.extended).toBe(1);
    expect(r.requests.onTime).toBe(3);
    expect(r.requests.late).toBe(1);
    expect(r.requests.onTimeRate).toBe(75);
    // (2 + 5 + 16 + 11) / 4
    expect(r.requests.averageWorkingDays).toBe(8.5);
    expect(r.objections).toEqual({ total: 2, byGround: { a: 1, b: 0, c: 1, d: 0, e: 0, f: 0, g: 1 }, byDecision: { upheld: 0, upheld_in_part: 0, rejected: 1 }, pending: 1, disputes: 1 });
    const last = (await utama.as('get', '/ppid/reports/service/2025')).body.data;
    expect(last.requests.total).toBe(2);
  });

  it('as PDF and XLSX; 403 for the outsider; 400 for a bad year', async () => {
    const pdf = pdfText((await getBinary(app, '/ppid/reports/service/2026/report.pdf', head.token)).body);
    expect(pdf).toContain('LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2026');
    const res = await getBinary(app, '/ppid/reports/service/2026/report.xlsx', utama.token);
    expect(res.status).toBe(200);
    const wb = await readWorkbook(res.body);
    const values = wb.worksheets[0].getSheetValues().filter(Boolean).map((row: any) => [row[1], row[2]]);
    expect(values).toEqual(expect.arrayContaining([['Jumlah permohonan', 5], ['Terlambat', 1], ['Jumlah keberatan', 2]]));
    expect((await outsider.as('get', '/ppid/reports/service/2026')).status).toBe(403);
    expect((await outsider.as('get', '/ppid/reports/service/2026/report.pdf')).status).toBe(403);
    expect((await utama.as('get', '/ppid/reports/service/1999')).status).toBe(400);
    expect((await utama.as('get', '/ppid/reports/service/2026?x=1')).status).toBe(400);
  });
});
