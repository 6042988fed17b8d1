/**
 * Issue 14: the requester is told at every step, never silently. On the real app, through HTTP as
 * a citizen and as the PPID positions, with the dev mailbox keeping what the outbox sends (no SMTP):
 * the receipt when a citizen with an e-mail address files a request, the incomplete notice, the
 * extension, the written notice, its delivery, the close by the checker after the completeness window, the
 * objection's receipt and its decision, each with its letter attached as a PDF and the tracking link
 * on the public site. A requester without an e-mail address gets nothing and nothing fails. No mail
 * carries identity data beyond the requester's name.
 */
import { boot, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { holders, step, type Staff } from '../helpers/workflow';
import { deadline, OBJECTION_FILING_WORKING_DAYS } from '../../plugins/ppid/server/src/requests/deadlines';
import { citizenFields, fileOnForm } from '../helpers/intake';
import { serviceDesk } from '../helpers/desk';

const P = 'plugin::ppid.';
const SITE = 'https://ppid.contoh.go.id';
const REASON = 'Alasan tertulis untuk langkah ini.';

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let pelaksana: Staff, utama: Staff, kepala: Staff;
let serial = 0;

const citizen = (over: Record<string, unknown> = {}) => {
  serial += 1;
  return {
    ...citizenFields,
    requesterName: `Siti Aminah ${serial}`,
    identityNumber: `61010112345678${String(serial).padStart(2, '0')}`,
    email: `warga${serial}@contoh.id`,
    ...over,
  };
};
/** Files a request on the public form; its number and documentId. */
async function fileRequest(fields: Record<string, unknown>) {
  const res = await fileOnForm(app, fields);
  const row = await app.strapi.db.query(`${P}info-request`).findOne({ where: { registrationNumber: res.body.data.registrationNumber } });
  return { number: res.body.data.registrationNumber as string, doc: row.documentId as string };
}
/**
 * Sends the outbox now (the scheduled dispatcher is off in this suite; a step also wakes it in the
 * background, so this waits until no row is pending or being sent); nothing may fail.
 */
async function send() {
  const outbox = () => app.strapi.db.query(`${P}notification`);
  for (let pass = 0; pass < 200; pass++) {
    expect(await app.strapi.plugin('ppid').service('notifications').dispatch({ limit: 500 })).toMatchObject({ failed: 0, retried: 0 });
    if ((await outbox().count({ where: { state: { $in: ['pending', 'sending'] } } })) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(await outbox().count({ where: { state: { $ne: 'sent' } } })).toBe(0);
}
/** The mails kept for an address, oldest first (staff mails go to staff addresses). */
const mailsTo = (to: string) => app.strapi.db.query(`${P}dev-mail`).findMany({ where: { to }, orderBy: [{ id: 'asc' }] }) as Promise<any[]>;
const templatesTo = async (to: string) => (await mailsTo(to)).map((m) => m.template);
const last = async (to: string) => (await mailsTo(to)).at(-1);

/** A mail carries the number, the tracking link, the attached letter(s) and no identity data but the name. */
function expectMail(mail: any, f: Record<string, any>, number: string, template: string, files: string[], trackNumber = number) {
  expect(mail).toMatchObject({ to: f.email, template });
  expect(mail.subject).toContain(number);
  expect(mail.text).toContain(`Yth. ${f.requesterName},`);
  expect(mail.text).toContain(`${SITE}/index.html?bagian=permohonan&nomor=${trackNumber}`);
  expect(mail.attachments.map((a: any) => a.filename)).toEqual(files);
  for (const a of mail.attachments) expect(a).toMatchObject({ contentType: 'application/pdf', size: expect.any(Number) });
  for (const a of mail.attachments) expect(a.size).toBeGreaterThan(1000);
  for (const secret of [f.identityNumber, f.address, f.phone, f.email]) {
    expect(mail.text).not.toContain(secret);
    expect(mail.html).not.toContain(secret);
  }
}

beforeAll(async () => {
  app = await boot('request-mail', { PPID_NOTIFICATIONS: 'false', PPID_DEV_MAILBOX: 'true' });
  units = await unitTree(app.strapi);
  ({ pelaksana, utama, kepala } = await holders(app, serviceDesk(units)));
  const rules = app.strapi.config.get('plugin::ppid.requests');
  app.strapi.config.set('plugin::ppid.requests', { ...rules, tokenMinAgeSeconds: 0, publicRate: { max: 1000, windowSeconds: 600 } });
  app.strapi.config.set('server.url', `${SITE}/`);
});
afterAll(async () => {
  await app?.stop();
});

describe(`the requester is told at every step (${TEST_DB})`, () => {
  it('filed with an e-mail address: the receipt, then the written notice after an extension, each with its letter', async () => {
    const f = citizen();
    const { number, doc } = await fileRequest(f);
    // The outbox row: to the requester, no admin user, no identity data in what it keeps.
    const row = await app.strapi.db.query(`${P}notification`).findOne({ where: { email: f.email }, populate: { recipient: true } });
    expect(row).toMatchObject({ template: 'requester-registered', state: expect.stringMatching(/^(pending|sending|sent)$/), recipient: null, dedupeKey: `requester:registered:${doc}` });
    for (const secret of [f.identityNumber, f.address, f.phone]) expect(JSON.stringify(row.payload)).not.toContain(secret);
    await send();
    expect(await templatesTo(f.email)).toEqual(['requester-registered']);
    expectMail(await last(f.email), f, number, 'requester-registered', [`tanda-bukti-${number}.pdf`]);
    const receipt = await last(f.email);
    const stored = await app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId: doc } });
    expect(receipt.text).toContain('(10 hari kerja)');
    expect(receipt.text).toContain(`${Number(String(stored.dueOn).slice(8, 10))} `);

    // The extension, with its reason and the new deadline.
    const ext = await pelaksana.as('post', `/ppid/requests/${doc}/extension`).send({ days: 3, reason: 'Dokumen masih di arsip unit.' });
    expect(ext.status).toBe(200);
    await send();
    const extMail = await last(f.email);
    expectMail(extMail, f, number, 'requester-extended', [`pemberitahuan-perpanjangan-${number}.pdf`]);
    expect(extMail.text).toContain('Dokumen masih di arsip unit.');
    expect(extMail.text).toContain('diperpanjang 3 hari kerja');

    // Through the desk to the signed notice: the requester gets it with the letter.
    await step(pelaksana, 'info-request', doc, 'registration->completeness:forward');
    await step(pelaksana, 'info-request', doc, 'completeness->disposition:forward');
    expect((await utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: units.ikp.id })).status).toBe(200);
    await step(utama, 'info-request', doc, 'disposition->answering:forward');
    expect((await pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'granted_full', noticeNumber: 'PT/010/2026', fee: 0 })).status).toBe(200);
    await step(pelaksana, 'info-request', doc, 'answering->signing:forward');
    await send();
    expect(await templatesTo(f.email)).toEqual(['requester-registered', 'requester-extended']);
    await step(utama, 'info-request', doc, 'signing->delivery:forward');
    await send();
    const notice = await last(f.email);
    expectMail(notice, f, number, 'requester-notice', [`pemberitahuan-tertulis-${number}.pdf`]);
    expect(notice.text).toContain('Diberikan seluruhnya');
    await step(pelaksana, 'info-request', doc, 'delivery->delivered:publish');
    await send();
    expect(await templatesTo(f.email)).toEqual(['requester-registered', 'requester-extended', 'requester-notice', 'requester-delivered']);

    // The objection from the tracking page, and the Atasan PPID's decision.
    const filed = await app.http().post(`/api/ppid/requests/status/${number}/objections`).send({ data: { identityNumber: f.identityNumber, grounds: ['d'], reasons: 'Informasi yang diberikan tidak sesuai permintaan.' } });
    expect(filed.status).toBe(201);
    const objNumber = filed.body.data.registrationNumber as string;
    const obj = await app.strapi.db.query(`${P}objection`).findOne({ where: { registrationNumber: objNumber } });
    await send();
    const objMail = await last(f.email);
    expectMail(objMail, f, objNumber, 'requester-objection-registered', [`tanda-bukti-keberatan-${objNumber}.pdf`], objNumber);
    expect(objMail.text).toContain(`atas permohonan ${number}`);

    await step(pelaksana, 'objection', obj.documentId, 'registration->examination:forward');
    expect((await utama.as('put', `/ppid/objections/${obj.documentId}/response`).send({ ppidResponse: 'Informasi sudah diberikan sesuai permintaan.' })).status).toBe(200);
    await step(utama, 'objection', obj.documentId, 'examination->decision:forward');
    expect((await kepala.as('put', `/ppid/objections/${obj.documentId}/decision`).send({ decision: 'rejected', decisionNumber: 'KEP/010/2026', decisionBody: 'Informasi telah diberikan sesuai permintaan.' })).status).toBe(200);
    await send();
    expect((await last(f.email)).template).toBe('requester-objection-registered');
    await step(kepala, 'objection', obj.documentId, 'decision->delivery:forward');
    await send();
    const decided = await last(f.email);
    expectMail(decided, f, objNumber, 'requester-objection-decided', [`keputusan-keberatan-${objNumber}.pdf`], objNumber);
    expect(decided.text).toContain('Keberatan ditolak');
    expect(decided.text).toContain('Komisi Informasi');
    expect(await templatesTo(f.email)).toEqual(['requester-registered', 'requester-extended', 'requester-notice', 'requester-delivered', 'requester-objection-registered', 'requester-objection-decided']);
  });

  it('delivered: the day, how it was delivered and the objection\'s last day, without a letter', async () => {
    const f = citizen({ deliveryMethod: 'post' });
    const { number, doc } = await fileRequest(f);
    await step(pelaksana, 'info-request', doc, 'registration->completeness:forward');
    await step(pelaksana, 'info-request', doc, 'completeness->disposition:forward');
    expect((await utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: units.ikp.id })).status).toBe(200);
    await step(utama, 'info-request', doc, 'disposition->answering:forward');
    expect((await pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'granted_part', noticeBody: 'Lampiran berisi data pribadi dihitamkan.' })).status).toBe(200);
    await step(pelaksana, 'info-request', doc, 'answering->signing:forward');
    await step(utama, 'info-request', doc, 'signing->delivery:forward');
    await send();
    expect(await templatesTo(f.email)).toEqual(['requester-registered', 'requester-notice']);
    await step(pelaksana, 'info-request', doc, 'delivery->delivered:publish');
    await send();
    expect(await templatesTo(f.email)).toEqual(['requester-registered', 'requester-notice', 'requester-delivered']);

    // The day in the agency's zone, and the objection's window of 30 working days from the delivery.
    const stored = await app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId: doc } });
    const deliveredAt = new Date(stored.deliveredAt);
    const localDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(at);
    const deliveredOn = localDay(deliveredAt);
    const objectionBy = deadline(app.strapi.plugin('ppid').service('workflow-clock').clock(), deliveredAt, OBJECTION_FILING_WORKING_DAYS).dueOn;
    const long = (day: string) => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    const row = await app.strapi.db.query(`${P}notification`).findOne({ where: { email: f.email, template: 'requester-delivered' } });
    expect(row).toMatchObject({ dedupeKey: `requester:delivered:${doc}`, state: 'sent' });
    expect(row.payload).toEqual({
      registrationNumber: number,
      requesterName: f.requesterName,
      receivedOn: localDay(new Date(stored.receivedAt)),
      dueOn: String(stored.dueOn).slice(0, 10),
      extensionDays: 0,
      outcome: 'granted_part',
      deliveredOn,
      deliveryMethod: 'post',
      objectionBy,
      trackingUrl: `${SITE}/index.html?bagian=permohonan&nomor=${number}`,
      attachments: [],
    });

    const mail = await last(f.email);
    expectMail(mail, f, number, 'requester-delivered', []);
    expect(mail.subject).toBe(`[PPID] Informasi atas permohonan ${number} telah diserahkan`);
    expect(mail.text).toBe(
      [
        `Yth. ${f.requesterName},`,
        '',
        `Informasi yang Anda mohon dengan nomor registrasi ${number} beserta pemberitahuan tertulisnya telah diserahkan kepada Anda. Permohonan ini selesai.`,
        '',
        `Nomor registrasi:                ${number}`,
        'Keputusan:                       Diberikan sebagian',
        `Tanggal diserahkan:              ${long(deliveredOn)}`,
        'Cara penyampaian:                Kurir/pos',
        `Batas waktu pengajuan keberatan: ${long(objectionBy)}`,
        '',
        'Lacak permohonan Anda:',
        `${SITE}/index.html?bagian=permohonan&nomor=${number}`,
        '',
        'Bila Anda tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 hari kerja setelah menerima pemberitahuan ini (UU 14/2008 Pasal 35-36), melalui halaman pelacakan atau langsung di meja layanan.',
        '',
        `English: Your request ${number} is complete: the information and its written notice were handed over to you on ${deliveredOn}.`,
        '',
        '-- ',
        'Pesan ini dikirim otomatis oleh sistem PPID. Mohon tidak membalas e-mail ini; hubungi meja layanan PPID bila ada pertanyaan.',
        '',
      ].join('\n')
    );
  });

  it('asked to complete it, then closed by the checker after the window: both with the incomplete notice', async () => {
    const f = citizen();
    const { number, doc } = await fileRequest(f);
    await step(pelaksana, 'info-request', doc, 'registration->completeness:forward');
    expect((await pelaksana.as('put', `/ppid/requests/${doc}/missing-items`).send({ missingItems: 'Salinan KTP yang terbaca.' })).status).toBe(200);
    await step(pelaksana, 'info-request', doc, 'completeness->awaiting_completion:return', REASON);
    await send();
    const asked = await last(f.email);
    expectMail(asked, f, number, 'requester-incomplete', [`pemberitahuan-kekurangan-${number}.pdf`]);
    expect(asked.text).toContain('Salinan KTP yang terbaca.');
    const waiting = await app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId: doc } });
    const completeBy = String(waiting.completeBy).slice(0, 10);
    expect(asked.text).toContain(`${Number(completeBy.slice(8, 10))} `);

    // The daily run on the day after the window: closed through the workflow, and the requester told.
    const dayAfter = new Date(new Date(`${completeBy}T09:00:00+07:00`).getTime() + 86_400_000);
    const result = await app.strapi.plugin('ppid').service('request-clock').run(dayAfter);
    expect(result.closed).toBe(1);
    expect(await app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId: doc } })).toMatchObject({ state: 'closed' });
    await send();
    const closed = await last(f.email);
    expectMail(closed, f, number, 'requester-closed', [`pemberitahuan-kekurangan-${number}.pdf`]);
    expect(closed.subject).toBe(`[PPID] Permohonan ${number} ditutup karena tidak dilengkapi`);
    // A second run closes nothing more and tells nobody twice.
    expect((await app.strapi.plugin('ppid').service('request-clock').run(dayAfter)).closed).toBe(0);
    await send();
    expect(await templatesTo(f.email)).toEqual(['requester-registered', 'requester-incomplete', 'requester-closed']);
  });

  it('a requester without an e-mail address: no mail, and every step still works', async () => {
    const before = await app.strapi.db.query(`${P}notification`).count({ where: { template: { $startsWith: 'requester-' } } });
    const walkIn = { ...citizen(), email: undefined, channel: 'walk_in', requesterKind: 'person', deliveryMethod: 'in_person' };
    delete (walkIn as any).email;
    const res = await pelaksana.as('post', '/ppid/requests').send(walkIn);
    expect(res.status).toBe(201);
    const doc = res.body.data.documentId as string;
    expect((await pelaksana.as('post', `/ppid/requests/${doc}/extension`).send({ days: 2, reason: 'Dokumen di unit lain.' })).status).toBe(200);
    await step(pelaksana, 'info-request', doc, 'registration->completeness:forward');
    expect((await pelaksana.as('put', `/ppid/requests/${doc}/missing-items`).send({ missingItems: 'Surat kuasa.' })).status).toBe(200);
    await step(pelaksana, 'info-request', doc, 'completeness->awaiting_completion:return', REASON);
    await step(pelaksana, 'info-request', doc, 'awaiting_completion->closed:cancel', REASON);
    await send();
    expect(await app.strapi.db.query(`${P}notification`).count({ where: { template: { $startsWith: 'requester-' } } })).toBe(before);
    expect(await app.strapi.db.query(`${P}notification`).count({ where: { state: { $in: ['failed', 'pending'] } } })).toBe(0);
  });

  it('without the public site URL the mail leaves the tracking link out', async () => {
    app.strapi.config.set('server.url', '');
    try {
      const f = citizen();
      const { number } = await fileRequest(f);
      await send();
      const mail = await last(f.email);
      expect(mail).toMatchObject({ template: 'requester-registered' });
      expect(mail.text).toContain(number);
      expect(mail.text).not.toContain('Lacak permohonan');
      expect(mail.text).not.toContain('nomor=');
    } finally {
      app.strapi.config.set('server.url', `${SITE}/`);
    }
  });
});
