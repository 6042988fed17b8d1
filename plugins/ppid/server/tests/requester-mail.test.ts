/**
 * The requester's e-mails (notifications/requester-mail.ts): which workflow step tells the requester
 * what, the tracking link, and what a mail says (Indonesian, one English line, no identity data).
 */
import { isRequesterTemplate, renderRequesterMail, REQUESTER_STEPS, REQUESTER_STEP_NAMES, requesterStepOf, trackingUrl } from '../src/notifications/requester-mail';
import { isTemplate, render } from '../src/notifications/templates';
import { objectionService, requestService } from '../src/workflow/templates-requests';

const edge = (def: typeof requestService, from: string, to: string) => def.transitions.find((t) => t.from === from && t.to === to)!;

describe('requester mails: the step map', () => {
  it('maps each workflow edge of the templates to at most one step', () => {
    const steps = requestService.transitions.map((t) => [`${t.from}->${t.to}`, requesterStepOf('info-request', requestService, t)]);
    expect(Object.fromEntries(steps)).toEqual({
      'registration->completeness': null,
      'completeness->disposition': null,
      'completeness->awaiting_completion': 'incomplete',
      'awaiting_completion->completeness': null,
      'awaiting_completion->closed': 'closed',
      'disposition->answering': null,
      'answering->signing': null,
      'signing->answering': null,
      'signing->delivery': 'notice',
      'delivery->delivered': 'delivered',
    });
    expect(objectionService.transitions.filter((t) => requesterStepOf('objection', objectionService, t)).map((t) => `${t.from}->${t.to}`)).toEqual(['decision->delivery']);
    expect(requesterStepOf('objection', objectionService, edge(objectionService, 'decision', 'delivery'))).toBe('objection-decided');
    expect(requesterStepOf('announcement', requestService, edge(requestService, 'signing', 'delivery'))).toBeNull();
  });

  it('gives every step an outbox template and the letters it attaches', () => {
    expect(REQUESTER_STEP_NAMES.map((s) => [s, REQUESTER_STEPS[s].letters.map((l) => `${l.subject}:${l.letter}`)])).toEqual([
      ['registered', ['info-request:receipt']],
      ['incomplete', ['info-request:incomplete']],
      ['extended', ['info-request:extension']],
      ['notice', ['info-request:notice', 'info-request:refusal']],
      ['delivered', []],
      ['closed', ['info-request:incomplete']],
      ['objection-registered', ['objection:receipt']],
      ['objection-decided', ['objection:decision']],
    ]);
    for (const s of REQUESTER_STEP_NAMES) {
      expect(isRequesterTemplate(REQUESTER_STEPS[s].template)).toBe(true);
      expect(isTemplate(REQUESTER_STEPS[s].template)).toBe(true);
    }
    expect(isRequesterTemplate('stage-entered')).toBe(false);
  });
});

describe('requester mails: the tracking link', () => {
  it('is on the public site when its URL is configured, else left out', () => {
    expect(trackingUrl('https://ppid.example.go.id/', 'REQ-2026-00017-K7QH')).toBe('https://ppid.example.go.id/index.html?bagian=permohonan&nomor=REQ-2026-00017-K7QH');
    expect(trackingUrl('', 'REQ-2026-00017-K7QH')).toBeNull();
    expect(trackingUrl(undefined, 'REQ-2026-00017-K7QH')).toBeNull();
    expect(trackingUrl('ppid.example.go.id', 'REQ-2026-00017-K7QH')).toBeNull();
  });
});

describe('requester mails: what they say', () => {
  const base = { registrationNumber: 'REQ-2026-00017-K7QH', requesterName: 'Siti Aminah', receivedOn: '2026-08-10', dueOn: '2026-08-26' };

  it('the receipt: number, dates in Indonesian, the tracking link, the attachment, one English line', () => {
    const m = render('requester-registered', { ...base, trackingUrl: 'https://ppid.example.go.id/index.html?bagian=permohonan&nomor=REQ-2026-00017-K7QH', attachments: [{ subject: 'info-request', documentId: 'd1', letter: 'receipt' }] }, 'en');
    expect(m.subject).toBe('[PPID] Permohonan informasi Anda diterima: REQ-2026-00017-K7QH');
    expect(m.text).toContain('Yth. Siti Aminah,');
    expect(m.text).toContain('10 Agustus 2026');
    expect(m.text).toContain('26 Agustus 2026 (10 hari kerja)');
    expect(m.text).toContain('Lampiran:');
    expect(m.text).toContain('Tanda bukti penerimaan permohonan (PDF)');
    expect(m.text).toContain('https://ppid.example.go.id/index.html?bagian=permohonan&nomor=REQ-2026-00017-K7QH');
    expect(m.text).toContain('English: Your request for information was registered as REQ-2026-00017-K7QH');
    expect(m.html).toContain('href="https://ppid.example.go.id/index.html?bagian=permohonan&amp;nomor=REQ-2026-00017-K7QH"');
  });

  it('without a site URL there is no link', () => {
    const m = renderRequesterMail('requester-registered', { ...base, trackingUrl: null });
    expect(m.text).not.toContain('Lacak permohonan');
    expect(m.html).not.toContain('<a ');
  });

  it('each step says what the requester needs', () => {
    expect(renderRequesterMail('requester-incomplete', { ...base, missingItems: 'Salinan KTP yang terbaca', completeBy: '2026-08-24' }).text).toMatch(/Salinan KTP yang terbaca[\s\S]*24 Agustus 2026/);
    const ext = renderRequesterMail('requester-extended', { ...base, extensionDays: 5, extensionReason: 'Dokumen di arsip', dueOn: '2026-09-02' });
    expect(ext.text).toContain('diperpanjang 5 hari kerja');
    expect(ext.text).toContain('2 September 2026');
    expect(renderRequesterMail('requester-notice', { ...base, outcome: 'refused' }).text).toContain('Ditolak (informasi yang dikecualikan)');
    expect(renderRequesterMail('requester-closed', { ...base, completeBy: '2026-08-24' }).subject).toBe('[PPID] Permohonan REQ-2026-00017-K7QH ditutup karena tidak dilengkapi');
    const obj = renderRequesterMail('requester-objection-registered', { registrationNumber: 'KEB-2026-00001-ABCD', requestNumber: 'REQ-2026-00017-K7QH', requesterName: 'Siti Aminah', dueOn: '2026-10-07' });
    expect(obj.text).toContain('Keberatan Anda atas permohonan REQ-2026-00017-K7QH');
    expect(obj.text).toContain('7 Oktober 2026');
    expect(renderRequesterMail('requester-objection-decided', { registrationNumber: 'KEB-2026-00001-ABCD', requestNumber: 'REQ-2026-00017-K7QH', requesterName: 'Siti', decision: 'upheld', decidedOn: '2026-09-01' }).text).toContain('Keberatan diterima');
  });

  it('the delivery: the day, how, the objection\'s last day, no attachment', () => {
    const m = renderRequesterMail('requester-delivered', { ...base, outcome: 'granted_part', deliveredOn: '2026-08-20', deliveryMethod: 'post', objectionBy: '2026-10-02', attachments: [] });
    expect(m.subject).toBe('[PPID] Informasi atas permohonan REQ-2026-00017-K7QH telah diserahkan');
    expect(m.text).toBe(
      [
        'Yth. Siti Aminah,',
        '',
        'Informasi yang Anda mohon dengan nomor registrasi REQ-2026-00017-K7QH beserta pemberitahuan tertulisnya telah diserahkan kepada Anda. Permohonan ini selesai.',
        '',
        'Nomor registrasi:                REQ-2026-00017-K7QH',
        'Keputusan:                       Diberikan sebagian',
        'Tanggal diserahkan:              20 Agustus 2026',
        'Cara penyampaian:                Kurir/pos',
        'Batas waktu pengajuan keberatan: 2 Oktober 2026',
        '',
        'Bila Anda tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 hari kerja setelah menerima pemberitahuan ini (UU 14/2008 Pasal 35-36), melalui halaman pelacakan atau langsung di meja layanan.',
        '',
        'English: Your request REQ-2026-00017-K7QH is complete: the information and its written notice were handed over to you on 2026-08-20.',
        '',
        '-- ',
        'Pesan ini dikirim otomatis oleh sistem PPID. Mohon tidak membalas e-mail ini; hubungi meja layanan PPID bila ada pertanyaan.',
        '',
      ].join('\n')
    );
    // A refusal hands over the notice only; a detail the desk did not record is left out.
    const refused = renderRequesterMail('requester-delivered', { ...base, outcome: 'refused', deliveredOn: '2026-08-20' });
    expect(refused.text).toContain('Pemberitahuan tertulis atas permohonan informasi Anda nomor REQ-2026-00017-K7QH telah diserahkan kepada Anda.');
    expect(refused.text).toContain('English: Your request REQ-2026-00017-K7QH is complete: the written notice was handed over to you on 2026-08-20.');
    for (const absent of ['Cara penyampaian', 'Batas waktu pengajuan keberatan', 'Lampiran']) expect(refused.text).not.toContain(absent);
  });

  it('escapes values in the html and keeps the subject on one line', () => {
    const m = renderRequesterMail('requester-incomplete', { ...base, registrationNumber: 'REQ-1\r\nBcc: x@y', requesterName: '<b>Ali</b>', missingItems: '<script>x</script>' });
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;b&gt;Ali&lt;/b&gt;');
  });

  it('refuses an unknown template or a mail without a number', () => {
    expect(() => renderRequesterMail('stage-entered', base)).toThrow(/Unknown requester mail template/);
    expect(() => renderRequesterMail('requester-registered', { requesterName: 'x' })).toThrow(/registration number/);
  });
});
