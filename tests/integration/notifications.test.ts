/**
 * The notification outbox against the real app and a real SMTP server (smtp-server on a free port):
 * what reaches the wire, what the rows say afterwards, retries, the claim that keeps two passes from
 * sending a row twice, and enqueue joining the caller's transaction.
 */
import type { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';
import { boot, type Booted } from '../helpers/strapi';
import { TEST_DB } from '../helpers/db';

const MODEL = 'plugin::ppid.notification';

type Mail = { from: string; to: string[]; subject: string; text: string; html: string };

// ---- a minimal reader of the messages nodemailer writes (multipart/alternative, QP or base64) ----

function splitMessage(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? '' : raw.slice(at + 4);
  const headers: Record<string, string> = {};
  let last = '';
  for (const line of head.split('\r\n')) {
    if (/^[ \t]/.test(line) && last) headers[last] += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      last = line.slice(0, colon).trim().toLowerCase();
      headers[last] = line.slice(colon + 1).trim();
    }
  }
  return { headers, body };
}

const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

function decodeBody(body: string, encoding = ''): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return utf8(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return utf8(body);
  }
}

/** RFC 2047 encoded words, e.g. `=?UTF-8?Q?Menunggu_tindakan?=`. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : utf8(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex) => String.fromCharCode(parseInt(hex, 16))))
    );
}

function parts(raw: string): { type: string; content: string }[] {
  const { headers, body } = splitMessage(raw);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => parts(part.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  }
  return [{ type: type.split(';')[0].trim().toLowerCase(), content: decodeBody(body, headers['content-transfer-encoding']) }];
}

function readMail(raw: string, envelope: { mailFrom: any; rcptTo: { address: string }[] }): Mail {
  const all = parts(raw);
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : '',
    to: envelope.rcptTo.map((r) => r.address),
    subject: decodeHeader(splitMessage(raw).headers.subject ?? ''),
    text: all.find((p) => p.type === 'text/plain')?.content ?? '',
    html: all.find((p) => p.type === 'text/html')?.content ?? '',
  };
}

// ---- the SMTP receiver ----

const inbox: Mail[] = [];
const rejected = new Set<string>();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (rejected.has(address.address.toLowerCase())) {
      const error = new Error('Mailbox unavailable (test)') as Error & { responseCode: number };
      error.responseCode = 550;
      return callback(error);
    }
    return callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      inbox.push(readMail(Buffer.concat(chunks).toString('latin1'), session.envelope as any));
      callback();
    });
  },
});
const mailsTo = (email: string) => inbox.filter((m) => m.to.includes(email));

// ---- the app ----

let app: Booted;
let service: any;
const ENV = { SMTP_HOST: '127.0.0.1', SMTP_PORT: '', PPID_NOTIFICATIONS: 'false', EMAIL_FROM: 'PPID Uji <ppid@kominfo.kalbarprov.go.id>' };

beforeAll(async () => {
  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(0, '127.0.0.1', () => resolve());
  });
  ENV.SMTP_PORT = String((smtp.server.address() as AddressInfo).port);
  app = await boot('notifications', ENV);
  service = app.strapi.plugin('ppid').service('notifications');
});
afterAll(async () => {
  if (app) await app.stop();
  // A boot that failed half-way still holds the database: release it, or jest never exits.
  else await (global as any).strapi?.destroy?.().catch(() => undefined);
  for (const key of Object.keys(ENV)) delete process.env[key];
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

let people = 0;
async function person(locale: 'id' | 'en' = 'id') {
  people += 1;
  const n = people;
  const role = await app.strapi.service('admin::role').getSuperAdmin();
  const user = await app.strapi.service('admin::user').create({
    email: `pegawai${n}@kominfo.kalbarprov.go.id`,
    firstname: 'Pegawai',
    lastname: `Uji ${n}`,
    password: 'Rahasia-Uji-123',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return { id: user.id as number, email: user.email as string, locale };
}

const payload = (title: string) => ({
  title,
  stageName: 'Pemeriksaan Kabid',
  dueAt: '2026-05-04T03:00:00.000Z',
  timezone: 'Asia/Pontianak',
  actorName: 'Budi Santoso',
  unitName: 'Bidang IKP',
  adminUrl: 'https://ppid.kalbarprov.go.id/admin/content-manager/collection-types/plugin::ppid.announcement/abc',
});

const row = (to: { id: number; email: string; locale: 'id' | 'en' }, dedupeKey: string, title = 'Pengumuman jadwal pelayanan') => ({
  userId: to.id,
  email: to.email,
  locale: to.locale,
  template: 'stage-entered',
  payload: payload(title),
  dedupeKey,
});

const find = (dedupeKey: string) => app.strapi.db.query(MODEL).findOne({ where: { dedupeKey }, populate: { recipient: { select: ['id'] } } });
const count = (where: Record<string, unknown> = {}) => app.strapi.db.query(MODEL).count({ where });
const time = (value: unknown) => new Date(value as string).getTime();

describe(`notification outbox (${TEST_DB})`, () => {
  it('does not schedule the dispatcher when notifications are disabled, and schedules it when enabled', async () => {
    const jobs = () => app.strapi.cron.jobs.filter((j: any) => j.name === 'ppid-notifications');
    expect(jobs()).toHaveLength(0);
    app.strapi.config.set('plugin::ppid.notifications.enabled', true);
    app.strapi.config.set('plugin::ppid.notifications.intervalSeconds', 90);
    try {
      expect(service.start()).toBe(true);
      expect(service.start()).toBe(true); // once only
      expect(jobs()).toHaveLength(1);
      expect(jobs()[0].options).toEqual({ rule: '*/30 * * * * *' });
      expect(jobs()[0].job.nextRun()).toBeInstanceOf(Date);
      await service.stop();
      expect(jobs()).toHaveLength(0);
    } finally {
      app.strapi.config.set('plugin::ppid.notifications.enabled', false);
      app.strapi.config.set('plugin::ppid.notifications.intervalSeconds', 60);
    }
  });

  it('sends queued mail from the scheduled job, and stops with stop()', async () => {
    const joko = await person();
    app.strapi.config.set('plugin::ppid.notifications.enabled', true);
    app.strapi.config.set('plugin::ppid.notifications.intervalSeconds', 5);
    try {
      expect(service.start()).toBe(true);
      await service.enqueue([row(joko, 'log-0:joko')]);
      const deadline = Date.now() + 15_000;
      while ((await find('log-0:joko')).state !== 'sent' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect((await find('log-0:joko')).state).toBe('sent');
      expect(mailsTo(joko.email)).toHaveLength(1);
    } finally {
      await service.stop();
      app.strapi.config.set('plugin::ppid.notifications.enabled', false);
      app.strapi.config.set('plugin::ppid.notifications.intervalSeconds', 60);
    }
    expect(app.strapi.cron.jobs.filter((j: any) => j.name === 'ppid-notifications')).toHaveLength(0);
  });

  it('sends a queued notification in the recipient language and marks it sent', async () => {
    const ayu = await person('id');
    const john = await person('en');
    const queued = await service.enqueue([row(ayu, 'log-1:ayu', 'Banjir <Kapuas> & "Evakuasi"'), row(john, 'log-1:john', 'Banjir <Kapuas> & "Evakuasi"')]);
    expect(queued).toEqual({ created: 2, skipped: 0 });
    const pending = await find('log-1:ayu');
    expect(pending).toMatchObject({ state: 'pending', attempts: 0, email: ayu.email, language: 'id', template: 'stage-entered' });
    expect((await find('log-1:john')).language).toBe('en');
    expect(pending.recipient.id).toBe(ayu.id);
    expect(pending.subject).toBe('[PPID] Menunggu tindakan Anda: Banjir <Kapuas> & "Evakuasi"');

    expect(await service.dispatch()).toEqual({ sent: 2, failed: 0, retried: 0 });

    const [toAyu] = mailsTo(ayu.email);
    expect(mailsTo(ayu.email)).toHaveLength(1);
    expect(toAyu.to).toEqual([ayu.email]);
    expect(toAyu.from).toBe('ppid@kominfo.kalbarprov.go.id');
    expect(toAyu.subject).toBe('[PPID] Menunggu tindakan Anda: Banjir <Kapuas> & "Evakuasi"');
    expect(toAyu.text).toContain('“Banjir <Kapuas> & "Evakuasi"” kini berada pada tahap Pemeriksaan Kabid dan menunggu tindakan Anda.');
    expect(toAyu.text).toContain('Senin, 4 Mei 2026 pukul 10.00 WIB');
    expect(toAyu.html).toContain('Banjir &lt;Kapuas&gt; &amp; &quot;Evakuasi&quot;');
    expect(toAyu.html).toContain('href="https://ppid.kalbarprov.go.id/admin/content-manager/collection-types/plugin::ppid.announcement/abc"');

    const [toJohn] = mailsTo(john.email);
    expect(toJohn.subject).toBe('[PPID] Awaiting your action: Banjir <Kapuas> & "Evakuasi"');
    expect(toJohn.text).toContain('Monday, 4 May 2026 at 10:00 WIB');

    const sent = await find('log-1:ayu');
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, lastError: null, nextAttemptAt: null });
    expect(Math.abs(time(sent.sentAt) - Date.now())).toBeLessThan(60_000);
    expect(await service.dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it('queues an event for a person once (dedupeKey), within a call and across calls', async () => {
    const siti = await person();
    expect(await service.enqueue([row(siti, 'log-2:siti'), row(siti, 'log-2:siti')])).toEqual({ created: 1, skipped: 1 });
    expect(await service.enqueue([row(siti, 'log-2:siti')])).toEqual({ created: 0, skipped: 1 });
    expect(await count({ dedupeKey: 'log-2:siti' })).toBe(1);
    expect(await service.dispatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
    // Already sent: queuing the same event again still sends nothing.
    expect(await service.enqueue([row(siti, 'log-2:siti')])).toEqual({ created: 0, skipped: 1 });
    expect(await service.dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(mailsTo(siti.email)).toHaveLength(1);
  });

  it('refuses a malformed row before writing anything', async () => {
    const rudi = await person();
    await expect(service.enqueue([row(rudi, 'log-3:rudi'), { ...row(rudi, 'log-3:bad'), template: 'stage-left' }])).rejects.toThrow('unknown notification template "stage-left"');
    await expect(service.enqueue([{ ...row(rudi, 'log-3:rudi'), email: 'bukan alamat' }])).rejects.toThrow('"email"');
    expect(await count({ dedupeKey: { $startsWith: 'log-3:' } })).toBe(0);
  });

  it('keeps a refused mail pending with a backoff, then sends it when the server accepts', async () => {
    const dewi = await person();
    rejected.add(dewi.email);
    await service.enqueue([row(dewi, 'log-4:dewi')]);
    const before = Date.now();
    expect(await service.dispatch()).toEqual({ sent: 0, failed: 0, retried: 1 });
    const waiting = await find('log-4:dewi');
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
    expect(waiting.lastError).toMatch(/550|Mailbox unavailable/);
    expect(time(waiting.nextAttemptAt)).toBeGreaterThanOrEqual(before + 60_000);
    expect(time(waiting.nextAttemptAt)).toBeLessThan(Date.now() + 61_000);
    expect(mailsTo(dewi.email)).toHaveLength(0);

    // Not due yet: nothing happens.
    expect(await service.dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });

    rejected.delete(dewi.email);
    expect(await service.dispatch({ now: new Date(time(waiting.nextAttemptAt) + 1000) })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await find('log-4:dewi')).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
    expect(mailsTo(dewi.email)).toHaveLength(1);
  });

  it('marks a mail failed after maxAttempts, backing off 1, 2, 4, 8 minutes in between', async () => {
    const eko = await person();
    rejected.add(eko.email);
    await service.enqueue([row(eko, 'log-5:eko')]);
    const maxAttempts = app.strapi.config.get('plugin::ppid.notifications.maxAttempts');
    expect(maxAttempts).toBe(5);
    let now = new Date();
    const delays: number[] = [];
    for (let attempt = 1; attempt < maxAttempts; attempt += 1) {
      expect(await service.dispatch({ now })).toEqual({ sent: 0, failed: 0, retried: 1 });
      const current = await find('log-5:eko');
      expect(current).toMatchObject({ state: 'pending', attempts: attempt });
      delays.push(Math.round((time(current.nextAttemptAt) - now.getTime()) / 60_000));
      // Just before it is due: skipped.
      expect(await service.dispatch({ now: new Date(time(current.nextAttemptAt) - 1000) })).toEqual({ sent: 0, failed: 0, retried: 0 });
      now = new Date(time(current.nextAttemptAt) + 1000);
    }
    expect(delays).toEqual([1, 2, 4, 8]);
    const logged = jest.spyOn(app.strapi.log, 'error').mockImplementation(() => app.strapi.log);
    try {
      expect(await service.dispatch({ now })).toEqual({ sent: 0, failed: 1, retried: 0 });
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`to ${eko.email} failed after 5 attempts`));
    } finally {
      logged.mockRestore();
    }
    const failed = await find('log-5:eko');
    expect(failed).toMatchObject({ state: 'failed', attempts: 5, nextAttemptAt: null, sentAt: null });
    expect(failed.lastError).toMatch(/550|Mailbox unavailable/);
    expect(await service.dispatch({ now: new Date(now.getTime() + 86_400_000) })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(mailsTo(eko.email)).toHaveLength(0);
    rejected.delete(eko.email);
  });

  it('sends each row once when two passes run at the same time', async () => {
    const team = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(() => person()));
    await service.enqueue(team.map((p, i) => row(p, `log-6:${i}`)));
    const [a, b] = await Promise.all([service.dispatch(), service.dispatch()]);
    expect(a.sent + b.sent).toBe(8);
    // Both passes read the same due rows and each won some of the claims.
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(a.failed + b.failed + a.retried + b.retried).toBe(0);
    for (const p of team) expect(mailsTo(p.email)).toHaveLength(1);
    expect(await count({ dedupeKey: { $startsWith: 'log-6:' }, state: 'sent' })).toBe(8);
  });

  it('sends again a row whose sender died mid-send, once its claim has run out', async () => {
    const fajar = await person();
    await service.enqueue([row(fajar, 'log-7:fajar')]);
    const { id } = await find('log-7:fajar');
    const claimExpires = new Date(Date.now() + 10 * 60_000);
    await app.strapi.db.query(MODEL).update({ where: { id }, data: { state: 'sending', nextAttemptAt: claimExpires } });
    // Still claimed: left alone.
    expect(await service.dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect((await find('log-7:fajar')).state).toBe('sending');
    expect(await service.dispatch({ now: new Date(claimExpires.getTime() + 1000) })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await find('log-7:fajar')).toMatchObject({ state: 'sent', attempts: 2 });
    expect(mailsTo(fajar.email)).toHaveLength(1);
  });

  it('writes in the caller’s transaction: nothing is queued when the transaction fails', async () => {
    const gita = await person();
    await expect(
      app.strapi.db.transaction(async () => {
        expect(await service.enqueue([row(gita, 'log-8:gita')])).toEqual({ created: 1, skipped: 0 });
        expect(await count({ dedupeKey: 'log-8:gita' })).toBe(1); // visible inside
        throw new Error('transition refused');
      })
    ).rejects.toThrow('transition refused');
    expect(await count({ dedupeKey: 'log-8:gita' })).toBe(0);
    expect(await service.dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });

    await app.strapi.db.transaction(async () => {
      await service.enqueue([row(gita, 'log-8:gita')]);
    });
    expect(await count({ dedupeKey: 'log-8:gita' })).toBe(1);
    expect(await service.dispatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(mailsTo(gita.email)).toHaveLength(1);
  });

  it('queues a key once when two transactions race for it, and the second still commits its other rows', async () => {
    const hana = await person();
    const indra = await person();
    let inserted!: () => void;
    let release!: () => void;
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = app.strapi.db.transaction(async () => {
      await service.enqueue([row(hana, 'log-9:hana')]);
      inserted();
      await gate;
    });
    await firstInserted;
    // The second transaction cannot see the first one's uncommitted row: on PostgreSQL its insert
    // waits on the unique index, then fails when the first commits, and the row counts as skipped.
    const second = app.strapi.db.transaction(async () => service.enqueue([row(hana, 'log-9:hana'), row(indra, 'log-9:indra')]));
    setTimeout(release, 300);
    await first;
    expect(await second).toEqual({ created: 1, skipped: 1 });
    expect(await count({ dedupeKey: { $startsWith: 'log-9:' } })).toBe(2);
    expect(await service.dispatch()).toEqual({ sent: 2, failed: 0, retried: 0 });
    expect(mailsTo(hana.email)).toHaveLength(1);
    expect(mailsTo(indra.email)).toHaveLength(1);
  });
});
