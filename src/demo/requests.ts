/**
 * The demo's information service (issue 14): requests filed over the past year and this one, in
 * every state the desk knows (new, incomplete, closed without completion, sent to a unit, answered in
 * full, in part, refused citing a Pasal 17 exclusion, not held, held elsewhere, extended, answered
 * late), and objections (decided by the Atasan PPID, one still before the PPID), so the desk, the
 * registers and the annual report have something to show on the first start.
 *
 * Every step goes through the plugin's services at the day it happened (registration and its
 * number, the workflow engine's transitions as the demo staff, the desk's disposition, notice and
 * extension), so numbering, workflow instances, the log and the after-step hooks stay true. Dates are
 * working days counted back from today on the plugin's own working-time clock.
 */
import type { Core } from '@strapi/strapi';
import type { Clock } from './clock';
import { PEOPLE } from './data';

const TAG = '[ppid demo]';
const P = 'plugin::ppid.';

type Outcome = 'granted_full' | 'granted_part' | 'not_held' | 'held_elsewhere' | 'refused';
type Channel = 'website' | 'walk_in' | 'letter' | 'email';

/** One demo request and how far it went; `day` is a working-day offset from today (negative = past). */
export interface DemoRequest {
  requester: { name: string; kind?: 'person' | 'on_behalf' | 'organisation'; onBehalfOf?: string; nik: string; address: string; phone?: string; email?: string; occupation?: string };
  channel: Channel;
  /** When it was received: working days before today, or a calendar day (the next working day when it is none). */
  received: number | string;
  information: string;
  purpose: string;
  /** Where it stops: registered, checked (at completeness), incomplete (waiting), closed (never completed), assigned (at the unit), answered (delivered). */
  until: 'registered' | 'checking' | 'incomplete' | 'closed' | 'assigned' | 'answered';
  /** The unit holding the information (disposisi). */
  holder?: string;
  notice?: { outcome: Outcome; body?: string; referral?: string; fee?: number };
  /** Working days the answer was extended, with its reason. */
  extension?: { days: number; reason: string };
  /** Working days from receipt to the PPID's signature (past 10, or 10 + extension: late). */
  signedAfter?: number;
  objection?: { grounds: string[]; reasons: string; decision?: 'upheld' | 'upheld_in_part' | 'rejected'; decisionBody?: string };
}

/** The working day on or after a calendar day, or `n` working days after (n > 0) or before (n < 0) one. */
export function workingDayFrom(clock: { isWorkingDay: (d: string) => boolean }, c: Clock, day: string, n: number): string {
  let d = day;
  while (!clock.isWorkingDay(d)) d = c.plus(d, 1);
  const step = n >= 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    d = c.plus(d, step);
    if (clock.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** A demo staff member as the plugin's services take them (positions loaded). */
export async function demoStaff(strapi: Core.Strapi, key: string): Promise<any> {
  const email = PEOPLE.find((p) => p.key === key)?.email;
  const row = email ? await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] }) : null;
  const user = row ? await strapi.plugin('ppid').service('workflow-people').loadUser(row.id) : null;
  if (!user) throw new Error(`${TAG} demo: no account for "${key}"`);
  return user;
}

export function demoRequests(c: Clock): DemoRequest[] {
  const lastYear = c.year - 1;
  return [
    {
      requester: { name: 'Andreas Sinaga', nik: '6171012303880001', address: 'Jl. Gajah Mada No. 21, Pontianak', email: 'andreas.sinaga@contoh.id', occupation: 'Wartawan' },
      channel: 'website', received: c.date(lastYear, 2, 12), until: 'answered', holder: 'bidang-ikp',
      information: `Daftar kegiatan sosialisasi keterbukaan informasi publik tahun ${lastYear} beserta anggarannya.`,
      purpose: 'Bahan liputan tentang layanan informasi pemerintah provinsi.',
      notice: { outcome: 'granted_full', body: 'Informasi diberikan seluruhnya dalam bentuk salinan elektronik.' }, signedAfter: 6,
    },
    {
      requester: { name: 'Lembaga Kajian Publik Khatulistiwa', kind: 'organisation', onBehalfOf: 'Perkumpulan Kajian Publik Khatulistiwa', nik: 'AHU-0012345.AH.01.07', address: 'Jl. Ahmad Yani No. 5, Pontianak', email: 'sekretariat@kajianpublik.or.id', phone: '0561-734512' },
      channel: 'letter', received: c.date(lastYear, 4, 15), until: 'answered', holder: 'subbag-program-keuangan',
      information: `Salinan dokumen pelaksanaan anggaran (DPA) Diskominfo tahun ${lastYear} beserta realisasinya per triwulan.`,
      purpose: 'Kajian transparansi anggaran organisasi perangkat daerah.',
      notice: { outcome: 'granted_part', body: 'DPA dan realisasi diberikan; lampiran rincian honorarium yang memuat data pribadi pegawai dihitamkan (Pasal 17 huruf h).' }, signedAfter: 9,
    },
    {
      requester: { name: 'Hendra Gunawan', nik: '6104050709910002', address: 'Jl. Tanjungpura No. 88, Pontianak', phone: '081352221100', email: 'hendra.g@contoh.id', occupation: 'Wiraswasta' },
      channel: 'walk_in', received: c.date(lastYear, 6, 10), until: 'answered', holder: 'subbag-program-keuangan',
      information: 'Dokumen evaluasi penawaran tender pengadaan jaringan intra pemerintah yang sedang berjalan.',
      purpose: 'Mengetahui alasan penawaran perusahaan kami dinilai tidak lulus.',
      notice: { outcome: 'refused', body: 'Dokumen evaluasi penawaran tender yang sedang berjalan termasuk informasi yang dikecualikan.' }, signedAfter: 7,
      objection: {
        grounds: ['a'],
        reasons: 'Tender sudah diumumkan pemenangnya sehingga alasan pengecualian tidak berlaku lagi.',
        decision: 'upheld_in_part',
        decisionBody: 'Berita acara hasil evaluasi diberikan setelah masa sanggah berakhir; dokumen penawaran peserta lain tetap dikecualikan.',
      },
    },
    {
      requester: { name: 'Maria Ulfa', nik: '6171046612950003', address: 'Jl. Sungai Raya Dalam No. 3, Kubu Raya', email: 'maria.ulfa@contoh.id', occupation: 'Mahasiswa' },
      channel: 'email', received: c.date(lastYear, 8, 19), until: 'answered', holder: 'bidang-statistik',
      information: 'Data jumlah menara telekomunikasi per kabupaten/kota di Kalimantan Barat lima tahun terakhir.',
      purpose: 'Penelitian skripsi tentang kesenjangan infrastruktur digital.',
      extension: { days: 5, reason: 'Data dihimpun dari beberapa kabupaten/kota dan masih diverifikasi Bidang Statistik.' },
      notice: { outcome: 'granted_full', body: 'Data diberikan dalam berkas lembar kerja.' }, signedAfter: 13,
    },
    {
      requester: { name: 'Yusuf Rahman', nik: '6102011203870004', address: 'Jl. Diponegoro No. 12, Singkawang', phone: '085245678901', occupation: 'Guru' },
      channel: 'website', received: c.date(lastYear, 10, 7), until: 'answered', holder: 'bidang-aptika',
      information: 'Daftar titik layanan internet gratis di sekolah wilayah Singkawang.',
      purpose: 'Perencanaan pembelajaran daring di sekolah.',
      notice: { outcome: 'granted_full', body: 'Daftar titik layanan diberikan.' }, signedAfter: 12,
    },
    {
      requester: { name: 'Slamet Riyadi', nik: '6171021508800005', address: 'Jl. Imam Bonjol No. 40, Pontianak', phone: '081256789012' },
      channel: 'walk_in', received: c.date(lastYear, 11, 4), until: 'closed',
      information: 'Salinan surat keputusan.',
      purpose: 'Keperluan pribadi.',
    },
    {
      requester: { name: 'Dewi Lestari', nik: '6171054410920006', address: 'Jl. Sultan Abdurrahman No. 7, Pontianak', email: 'dewi.lestari@contoh.id', occupation: 'Peneliti' },
      channel: 'website', received: 90, until: 'answered', holder: 'bidang-persandian',
      information: 'Hasil audit keamanan informasi seluruh aplikasi pemerintah kabupaten.',
      purpose: 'Penelitian keamanan siber pemerintah daerah.',
      notice: { outcome: 'not_held', body: 'Audit keamanan aplikasi pemerintah kabupaten dilakukan dan disimpan oleh masing-masing pemerintah kabupaten.' }, signedAfter: 5,
    },
    {
      requester: { name: 'Budi Santoso', nik: '6171030101850007', address: 'Jl. Veteran No. 15, Pontianak', email: 'budi.santoso@contoh.id', occupation: 'Karyawan swasta' },
      channel: 'email', received: 48, until: 'answered', holder: 'bidang-ikp',
      information: 'Data jumlah pengaduan layanan kependudukan tahun berjalan.',
      purpose: 'Bahan diskusi forum warga.',
      notice: { outcome: 'held_elsewhere', body: 'Informasi dikuasai badan publik lain.', referral: 'Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Barat' }, signedAfter: 4,
      objection: { grounds: ['d'], reasons: 'Saya meminta data rekap yang seharusnya juga dilaporkan ke Diskominfo melalui kanal pengaduan.' },
    },
    {
      requester: { name: 'Rina Marlina', nik: '6171046703900008', address: 'Jl. Hijas No. 9, Pontianak', email: 'rina.marlina@contoh.id', occupation: 'Jurnalis' },
      channel: 'website', received: 12, until: 'assigned', holder: 'bidang-ikp',
      information: 'Jadwal dan materi siaran layanan masyarakat tentang bencana kabut asap.',
      purpose: 'Bahan pemberitaan.',
      extension: { days: 4, reason: 'Materi siaran masih dikumpulkan dari radio mitra.' },
    },
    {
      requester: { name: 'Agus Salim', nik: '6171011011830009', address: 'Jl. Tanjung Raya II No. 2, Pontianak', phone: '082150001111' },
      channel: 'letter', received: 13, until: 'assigned', holder: 'bidang-aptika',
      information: 'Rencana pembangunan menara BTS di Kecamatan Pontianak Timur.',
      purpose: 'Informasi bagi warga sekitar lokasi.',
    },
    {
      requester: { name: 'Fitri Handayani', nik: '6171055505960010', address: 'Jl. Karya Baru No. 11, Pontianak', email: 'fitri.h@contoh.id', occupation: 'Mahasiswa' },
      channel: 'website', received: 5, until: 'assigned', holder: 'bidang-statistik',
      information: 'Indeks pembangunan teknologi informasi dan komunikasi (IP-TIK) Kalimantan Barat.',
      purpose: 'Tugas kuliah statistik.',
    },
    {
      requester: { name: 'Hasanuddin', nik: '6171020202780011', address: 'Jl. Khatulistiwa No. 60, Pontianak', phone: '081345670000' },
      channel: 'walk_in', received: 4, until: 'incomplete',
      information: 'Salinan kontrak pengadaan.',
      purpose: 'Pengawasan.',
    },
    {
      requester: { name: 'Kelompok Tani Maju Bersama', kind: 'on_behalf', onBehalfOf: 'Kelompok Tani Maju Bersama, Desa Kuala Dua', nik: '6112031204790012', address: 'Desa Kuala Dua, Kubu Raya', phone: '085387654321' },
      channel: 'letter', received: 2, until: 'checking',
      information: 'Daftar desa penerima program internet desa tahun ini.',
      purpose: 'Mengusulkan desa kami sebagai penerima.',
    },
    {
      requester: { name: 'Siti Rahmah', nik: '6171046809990013', address: 'Jl. Purnama No. 14, Pontianak', email: 'siti.rahmah@contoh.id', occupation: 'Pelajar' },
      channel: 'website', received: 1, until: 'registered',
      information: 'Profil dan struktur organisasi PPID Diskominfo.',
      purpose: 'Tugas sekolah.',
    },
  ];
}

/**
 * Files the demo requests and walks each as far as it went, on the day it happened. Returns how many
 * requests, objections and steps were written.
 */
export async function seedDemoRequests(strapi: Core.Strapi, c: Clock): Promise<{ requests: number; objections: number; steps: number }> {
  const ppid = strapi.plugin('ppid');
  const service = (name: string): any => ppid.service(name);
  const clock = service('workflow-clock').clock();
  const users = new Map<string, any>();
  const as = async (key: string) => {
    if (!users.has(key)) users.set(key, await demoStaff(strapi, key));
    return users.get(key);
  };
  const unitId = async (code: string) => {
    const row = await strapi.db.query(`${P}unit` as any).findOne({ where: { code }, select: ['id'] });
    if (!row) throw new Error(`${TAG} demo requests: no unit "${code}"`);
    return row.id as number;
  };
  const today = workingDayFrom(clock, c, c.today, 0) > c.today ? workingDayFrom(clock, c, c.today, -1) : c.today;
  /** The working day a demo request was received on. */
  const receivedDay = (r: DemoRequest) => (typeof r.received === 'string' ? workingDayFrom(clock, c, r.received, 0) : workingDayFrom(clock, c, today, -r.received));
  /** An instant `k` working days after a day, at a local time. */
  const at = (day: string, k: number, time: string) => new Date(c.at(c.offsetOf(workingDayFrom(clock, c, day, k)), time));
  let steps = 0;
  const step = async (type: string, documentId: string, key: string, transition: string, when: Date, reason?: string) => {
    const user = await as(key);
    // The engine checks the revision (optimistic concurrency): the seed is its only writer here.
    const inst = await strapi.db.query(`${P}workflow-instance` as any).findOne({ where: { subjectType: type, subjectDocumentId: documentId }, select: ['revision'] });
    await service('workflow-actions').transition(type, documentId, user, { transition, revision: inst?.revision ?? 0, ...(reason ? { reason } : {}) }, when);
    steps += 1;
  };

  const exclusion = await strapi.db.query(`${P}exclusion` as any).findOne({
    where: { publishedAt: { $notNull: true }, reopenedOn: null, article17Letter: 'b' },
    select: ['documentId', 'article17Letter'],
  });
  const desk = service('request-desk');
  const objectionDesk = service('objection-desk');
  const intake = service('request-intake');
  let requests = 0;
  let objections = 0;
  let notices = 0;
  // Oldest first: registration numbers follow the days of receipt.
  const demo = demoRequests(c).map((r) => ({ r, day: receivedDay(r) })).sort((a, b) => a.day.localeCompare(b.day));
  for (const { r, day } of demo) {
    const received = at(day, 0, '09:15');
    const desktop = r.channel !== 'website';
    const filed = await intake.registerRequest(
      {
        requesterKind: r.requester.kind ?? 'person',
        requesterName: r.requester.name,
        onBehalfOf: r.requester.onBehalfOf ?? null,
        identityKind: r.requester.kind === 'organisation' ? 'legal_entity_deed' : 'ktp',
        identityNumber: r.requester.nik,
        address: r.requester.address,
        phone: r.requester.phone ?? null,
        email: r.requester.email ?? null,
        occupation: r.requester.occupation ?? null,
        informationRequested: r.information,
        purpose: r.purpose,
        informationForm: 'copy_soft',
        deliveryMethod: r.requester.email ? 'email' : 'in_person',
        receivedAt: received,
      },
      { channel: r.channel, by: desktop ? await as('ppidPelaksana') : null, now: received },
    );
    requests += 1;
    const doc = filed.documentId;
    if (r.until === 'registered') continue;
    await step('info-request', doc, 'ppidPelaksana', 'registration->completeness:forward', at(day, 0, '10:00'));
    if (r.until === 'checking') continue;
    if (r.until === 'incomplete' || r.until === 'closed') {
      await desk.setMissingItems(await as('ppidPelaksana'), doc, { missingItems: 'Fotokopi KTP pemohon dan rincian informasi yang diminta (nomor dan tahun dokumen).' });
      await step('info-request', doc, 'ppidPelaksana', 'completeness->awaiting_completion:return', at(day, 0, '11:00'), 'Permohonan belum lengkap: identitas dan rincian informasi belum ada.');
      if (r.until === 'closed') {
        await step('info-request', doc, 'ppidPelaksana', 'awaiting_completion->closed:cancel', at(day, 11, '14:00'), 'Pemohon tidak melengkapi permohonan dalam 10 hari kerja.');
      }
      continue;
    }
    await step('info-request', doc, 'ppidPelaksana', 'completeness->disposition:forward', at(day, 0, '11:00'));
    await desk.setDisposition(await as('ppidUtama'), doc, { holderUnitId: await unitId(r.holder!) });
    await step('info-request', doc, 'ppidUtama', 'disposition->answering:forward', at(day, 0, '14:00'));
    if (r.extension) await desk.extend(await as('ppidPelaksana'), doc, r.extension, at(day, 8, '10:00'));
    if (r.until === 'assigned' || !r.notice) continue;
    const refused = r.notice.outcome === 'refused';
    notices += 1;
    await desk.setNotice(await as('ppidPelaksana'), doc, {
      outcome: r.notice.outcome,
      noticeNumber: `${String(notices).padStart(3, '0')}/PPID-DISKOMINFO/${day.slice(0, 4)}`,
      noticeBody: r.notice.body ?? null,
      refusalArticle: refused ? exclusion?.article17Letter ?? null : null,
      exclusionDocumentId: refused ? exclusion?.documentId ?? null : null,
      referralBody: r.notice.referral ?? null,
      fee: r.notice.fee ?? null,
    });
    const signed = r.signedAfter ?? 5;
    await step('info-request', doc, 'ppidPelaksana', 'answering->signing:forward', at(day, signed, '09:00'));
    await step('info-request', doc, 'ppidUtama', 'signing->delivery:forward', at(day, signed, '13:00'));
    await step('info-request', doc, 'ppidPelaksana', 'delivery->delivered:publish', at(day, signed + 1, '10:00'));

    if (!r.objection) continue;
    const filedOn = workingDayFrom(clock, c, day, signed + 6);
    const objection = await intake.registerObjection(await intake.requestFor(doc), { grounds: r.objection.grounds, reasons: r.objection.reasons }, {
      channel: 'walk_in',
      by: await as('ppidPelaksana'),
      now: at(filedOn, 0, '10:30'),
    });
    objections += 1;
    await step('objection', objection.documentId, 'ppidPelaksana', 'registration->examination:forward', at(filedOn, 0, '13:00'));
    if (!r.objection.decision) continue;
    await objectionDesk.respond(await as('ppidUtama'), objection.documentId, {
      ppidResponse: 'PPID telah memeriksa kembali permohonan dan pemberitahuan tertulis; tanggapan disampaikan kepada Atasan PPID.',
    });
    await step('objection', objection.documentId, 'ppidUtama', 'examination->decision:forward', at(filedOn, 5, '10:00'));
    await objectionDesk.decide(await as('kepala'), objection.documentId, {
      decision: r.objection.decision,
      decisionNumber: `045/KEB/DISKOMINFO/${filedOn.slice(0, 4)}`,
      decisionBody: r.objection.decisionBody ?? 'Keputusan Atasan PPID atas keberatan.',
    });
    await step('objection', objection.documentId, 'kepala', 'decision->delivery:forward', at(filedOn, 12, '10:00'));
    await step('objection', objection.documentId, 'ppidPelaksana', 'delivery->decided:publish', at(filedOn, 13, '09:30'));
  }
  return { requests, objections, steps };
}
