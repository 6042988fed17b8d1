import { cronPlan, isDue, nextAttemptDelayMs, truncate } from '../src/notifications/outbox';
import { escapeHtml, formatDue, render, TEMPLATES } from '../src/notifications/templates';

const payload = {
  title: 'Pengumuman Banjir <Sungai Kapuas> & "Evakuasi"',
  stageName: 'Pemeriksaan Kabid',
  dueAt: '2026-05-04T03:00:00.000Z',
  timezone: 'Asia/Pontianak',
  actorName: 'Budi <b>Santoso</b>',
  reason: 'Data korban belum lengkap.\nMohon dilengkapi.',
  adminUrl: 'https://ppid.kalbarprov.go.id/admin/content-manager/collection-types/plugin::ppid.announcement/abc?x=1&y=2',
  unitName: 'Bidang IKP',
};

describe('notification templates', () => {
  it('renders stage-entered in Bahasa Indonesia, the deadline in the agency time zone', () => {
    const mail = render('stage-entered', payload, 'id');
    expect(mail.subject).toBe('[PPID] Menunggu tindakan Anda: Pengumuman Banjir <Sungai Kapuas> & "Evakuasi"');
    expect(mail.text).toContain('kini berada pada tahap Pemeriksaan Kabid dan menunggu tindakan Anda');
    // 03:00 UTC is 10:00 in Pontianak (WIB, UTC+7).
    expect(mail.text).toContain('Batas waktu:  Senin, 4 Mei 2026 pukul 10.00 WIB');
    expect(mail.text).toContain('Unit:         Bidang IKP');
    expect(mail.text).toContain(payload.adminUrl);
    expect(mail.html).toContain('<html lang="id">');
  });

  it('renders stage-entered in English', () => {
    const mail = render('stage-entered', payload, 'en');
    expect(mail.subject).toBe('[PPID] Awaiting your action: Pengumuman Banjir <Sungai Kapuas> & "Evakuasi"');
    expect(mail.text).toContain('has entered the stage Pemeriksaan Kabid and awaits your action');
    expect(mail.text).toContain('Monday, 4 May 2026 at 10:00 WIB');
    expect(mail.text).toContain('Open in the admin panel');
  });

  it('names the zone of the agency (WITA, WIT) and keeps a value that is not a date', () => {
    expect(formatDue('2026-05-04T03:00:00.000Z', 'Asia/Makassar', 'id')).toBe('Senin, 4 Mei 2026 pukul 11.00 WITA');
    expect(formatDue('2026-05-04T03:00:00.000Z', 'Asia/Jayapura', 'en')).toBe('Monday, 4 May 2026 at 12:00 WIT');
    expect(formatDue('2026-05-04T03:00:00.000Z', 'Not/AZone', 'id')).toBe('Senin, 4 Mei 2026 pukul 10.00 WIB');
    expect(formatDue('besok pagi', 'Asia/Jakarta', 'id')).toBe('besok pagi');
    expect(formatDue('', 'Asia/Jakarta', 'id')).toBe('');
  });

  it('renders item-returned with its reason, in both locales', () => {
    const id = render('item-returned', payload, 'id');
    expect(id.subject).toBe('[PPID] Dikembalikan: Pengumuman Banjir <Sungai Kapuas> & "Evakuasi"');
    expect(id.text).toContain('dikembalikan ke tahap Pemeriksaan Kabid');
    expect(id.text).toMatch(/Alasan: +Data korban belum lengkap\.\n +Mohon dilengkapi\./);
    const en = render('item-returned', payload, 'en');
    expect(en.subject).toBe('[PPID] Returned: Pengumuman Banjir <Sungai Kapuas> & "Evakuasi"');
    expect(en.text).toContain('was returned to the stage Pemeriksaan Kabid');
    expect(en.text).toMatch(/Reason: +Data korban belum lengkap\./);
    expect(en.html).toContain('Data korban belum lengkap.<br>Mohon dilengkapi.');
  });

  it('renders serta-merta-published: reason, who published, and the retrospective approval deadline', () => {
    const id = render('serta-merta-published', payload, 'id');
    expect(id.subject).toContain('Terbit serta merta');
    expect(id.text).toContain('jalur cepat informasi serta merta oleh Budi <b>Santoso</b>');
    expect(id.text).toContain('Persetujuan retrospektif Anda diperlukan paling lambat Senin, 4 Mei 2026 pukul 10.00 WIB.');
    expect(id.text).toContain('Data korban belum lengkap.');
    const en = render('serta-merta-published', payload, 'en');
    expect(en.text).toContain('published on the serta merta (immediate information) fast path by Budi <b>Santoso</b>');
    expect(en.text).toContain('Your retrospective approval is needed by Monday, 4 May 2026 at 10:00 WIB.');
  });

  it('renders item-published in both locales', () => {
    expect(render('item-published', payload, 'id').text).toContain('yang Anda tangani telah terbit');
    expect(render('item-published', payload, 'en').text).toContain('has been published');
    expect(render('item-published', payload, 'en').subject).toBe('[PPID] Published: Pengumuman Banjir <Sungai Kapuas> & "Evakuasi"');
  });

  it('escapes every payload value in the html part', () => {
    // The digest has no item of its own: its lines are checked below.
    for (const template of TEMPLATES.filter((t) => t !== 'compliance-digest')) {
      for (const locale of ['id', 'en']) {
        const { html } = render(template, payload, locale);
        expect(html).not.toContain('<Sungai');
        expect(html).not.toContain('<b>');
        expect(html).toContain('Pengumuman Banjir &lt;Sungai Kapuas&gt; &amp; &quot;Evakuasi&quot;');
        expect(html).toContain('href="https://ppid.kalbarprov.go.id/admin/content-manager/collection-types/plugin::ppid.announcement/abc?x=1&amp;y=2"');
      }
    }
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;');
  });

  it('renders the compliance digest: one line per alert, worst first as given, escaped, in the recipient language', () => {
    const items = [
      { severity: 'critical', title: { id: 'DIP tahun 2026 belum ditetapkan', en: 'The 2026 DIP has not been enacted' } },
      { severity: 'warning', title: { id: 'Bidang <IKP> & "Humas": tidak ada konten', en: 'Bidang <IKP> & "Humas": nothing published' } },
    ];
    const id = render('compliance-digest', { items, adminUrl: 'https://ppid.kalbarprov.go.id/admin/plugins/ppid/compliance' }, 'id');
    expect(id.subject).toBe('[PPID] Ringkasan kepatuhan harian: 2 hal perlu ditindaklanjuti');
    expect(id.text).toContain('- [KRITIS] DIP tahun 2026 belum ditetapkan');
    expect(id.text).toContain('- [PERINGATAN] Bidang <IKP> & "Humas": tidak ada konten');
    expect(id.html).toContain('- [PERINGATAN] Bidang &lt;IKP&gt; &amp; &quot;Humas&quot;: tidak ada konten');
    expect(id.html).not.toContain('<IKP>');
    const en = render('compliance-digest', { items }, 'en');
    expect(en.subject).toBe('[PPID] Daily compliance digest: 2 item(s) need your attention');
    expect(en.text).toContain('- [CRITICAL] The 2026 DIP has not been enacted');
    const many = render('compliance-digest', { items: Array.from({ length: 60 }, () => items[1]) }, 'en');
    expect(many.text).toContain('... and 10 more');
  });

  it('renders the SLA escalation mail', () => {
    const mail = render('sla-escalated', { ...payload, stageName: { id: 'Pemeriksaan Kabid', en: 'Review by the head of division' } }, 'en');
    expect(mail.subject).toBe('[PPID] Overdue, escalated to you: Pengumuman Banjir <Sungai Kapuas> & "Evakuasi"');
    expect(mail.text).toContain('is past its due time at the stage Review by the head of division and has been escalated to you');
  });

  it('links only http(s) addresses and keeps payload values out of the headers', () => {
    const mail = render('item-published', { ...payload, title: 'Judul\r\nBcc: semua@contoh.id', adminUrl: 'javascript:alert(1)' }, 'id');
    expect(mail.html).not.toContain('href="javascript');
    expect(mail.html).toContain('Buka di panel admin: javascript:alert(1)');
    expect(mail.subject).toBe('[PPID] Telah terbit: Judul Bcc: semua@contoh.id');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('copes with missing fields, localised pairs and a long title', () => {
    const bare = render('stage-entered', {}, 'en');
    expect(bare.subject).toBe('[PPID] Awaiting your action: (untitled)');
    expect(bare.text).not.toContain('Due:');
    expect(bare.text).not.toContain('Open in the admin panel');
    expect(render('stage-entered', { title: 'x', stageName: { id: 'Penyusunan konsep', en: 'Drafting' } }, 'en').text).toContain('the stage Drafting');
    expect(render('stage-entered', { title: 'x', stageName: { id: 'Penyusunan konsep', en: 'Drafting' } }, 'id').text).toContain('tahap Penyusunan konsep');
    expect(render('item-published', { title: 'x'.repeat(400) }, 'id').subject).toHaveLength(255);
    // Anything not English is Indonesian.
    expect(render('item-published', payload, 'en-GB').subject).toMatch(/^\[PPID\] Published/);
    expect(render('item-published', payload, 'fr').subject).toMatch(/^\[PPID\] Telah terbit/);
  });

  it('refuses an unknown template, naming it', () => {
    expect(() => render('stage-left', payload, 'id')).toThrow('Unknown notification template "stage-left"');
  });
});

describe('outbox rules', () => {
  it('backs off exponentially from one minute, capped at one hour', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => nextAttemptDelayMs(n) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(nextAttemptDelayMs(0)).toBe(60_000);
    expect(nextAttemptDelayMs(Number.POSITIVE_INFINITY)).toBe(60_000);
    expect(nextAttemptDelayMs(1e9)).toBe(3_600_000);
  });

  it('knows which rows are due', () => {
    const now = new Date('2026-05-04T03:00:00.000Z');
    expect(isDue({ state: 'pending', nextAttemptAt: '2026-05-04T03:00:00.000Z' }, now)).toBe(true);
    expect(isDue({ state: 'pending', nextAttemptAt: new Date('2026-05-04T02:59:00.000Z') }, now)).toBe(true);
    expect(isDue({ state: 'pending', nextAttemptAt: '2026-05-04T03:00:01.000Z' }, now)).toBe(false);
    expect(isDue({ state: 'pending', nextAttemptAt: null }, now)).toBe(true);
    for (const state of ['sending', 'sent', 'failed']) expect(isDue({ state, nextAttemptAt: '2026-01-01T00:00:00.000Z' }, now)).toBe(false);
  });

  it('turns an interval into a cron rule that croner accepts', () => {
    expect(cronPlan(60)).toEqual({ rule: '0 * * * * *', tickSeconds: 60, every: 1 });
    expect(cronPlan(5)).toEqual({ rule: '*/5 * * * * *', tickSeconds: 5, every: 1 });
    expect(cronPlan(30)).toEqual({ rule: '*/30 * * * * *', tickSeconds: 30, every: 1 });
    expect(cronPlan(90)).toEqual({ rule: '*/30 * * * * *', tickSeconds: 30, every: 3 });
    expect(cronPlan(7)).toEqual({ rule: '* * * * * *', tickSeconds: 1, every: 7 });
    expect(cronPlan(300)).toEqual({ rule: '0 */5 * * * *', tickSeconds: 300, every: 1 });
    expect(cronPlan(3600)).toEqual({ rule: '0 0 * * * *', tickSeconds: 3600, every: 1 });
    expect(cronPlan(5400)).toEqual({ rule: '0 */30 * * * *', tickSeconds: 1800, every: 3 });
    expect(cronPlan(7200)).toEqual({ rule: '0 0 */2 * * *', tickSeconds: 7200, every: 1 });
    expect(cronPlan(86_400)).toEqual({ rule: '0 0 0 * * *', tickSeconds: 86_400, every: 1 });
    expect(cronPlan(172_800)).toEqual({ rule: '0 0 0 * * *', tickSeconds: 86_400, every: 2 });
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Cron } = require('croner');
    for (const seconds of [5, 7, 45, 59, 60, 61, 90, 100, 299, 3600, 5400, 86_400, 90_000]) {
      const plan = cronPlan(seconds);
      expect(plan.tickSeconds * plan.every).toBe(seconds);
      const job = new Cron(plan.rule, { paused: true });
      const [a, b, c] = job.nextRuns(3, new Date('2026-05-04T03:00:00.500Z'));
      expect((b.getTime() - a.getTime()) / 1000).toBe(plan.tickSeconds);
      expect((c.getTime() - b.getTime()) / 1000).toBe(plan.tickSeconds);
      job.stop();
    }
  });

  it('truncates long errors to the column size', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
  });
});
