/**
 * The dev mailbox (issue 12, point 10): without SMTP_HOST outside production, a workflow
 * notification is kept in plugin::ppid.dev-mail instead of being sent, and super admins read it at
 * GET /ppid/dev-mailbox (newest first, paginated); staff get 403, nobody gets it in production.
 */
import { randomBytes } from 'crypto';
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { assign, dispose, person, type Staff } from '../helpers/workflow';
import { stateTracker } from '../helpers/access';
// The service factory, to make a fresh one as a restart would (required: its types pull in the whole server).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const devMailboxService = require('../../plugins/ppid/server/src/services/dev-mailbox').default;

const MAIL = 'plugin::ppid.dev-mail';
const OUTBOX = 'plugin::ppid.notification';

let app: Booted;
let admin: Staff;
let kabid: Staff;
let drafter: Staff;
let units: Awaited<ReturnType<typeof unitTree>>;
const sentThroughSmtp: unknown[] = [];

beforeAll(async () => {
  // No SMTP_HOST (the developer's laptop); the dispatcher is run by hand.
  delete process.env.SMTP_HOST;
  app = await boot('dev-mailbox', { PPID_NOTIFICATIONS: 'false', PPID_DEV_MAILBOX: '' });
  // The email plugin must not be reached while the dev mailbox is on.
  app.strapi.plugin('email').service('email').send = async (mail: unknown) => {
    sentThroughSmtp.push(mail);
  };
  units = await unitTree(app.strapi);
  admin = await person(app, 'Super Admin', ['strapi-super-admin']);
  kabid = await person(app, 'Kabid IKP', ['ppid-staff']);
  drafter = await person(app, 'Penyusun IKP', ['ppid-staff']);
  await assign(app, kabid, 'kabid', units.ikp.documentId);
  await assign(app, drafter, 'fungsional', units.ikp.documentId);
});
afterAll(async () => {
  await app?.stop();
});

describe(`the dev mailbox (${TEST_DB})`, () => {
  it('is on without SMTP_HOST outside production, and says so in one line at start', async () => {
    const mailbox = app.strapi.plugin('ppid').service('dev-mailbox');
    expect(mailbox.choice()).toEqual({ devMailbox: true, reason: 'no-smtp-host', refused: false });
    const info = jest.spyOn(app.strapi.log, 'info');
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      mailbox.announce();
      expect(info).toHaveBeenCalledTimes(1);
      expect(info.mock.calls[0][0]).toMatch(/^\[ppid\] Dev mailbox: SMTP_HOST is not set, .* Read them at http:\/\/.+\/admin\/plugins\/ppid\/dev-mailbox /);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      info.mockRestore();
      warn.mockRestore();
    }
  });

  it('keeps a workflow notification instead of sending it; the super admin reads it, newest first', async () => {
    const doc = await create(app.strapi, 'announcement', announcementData({ title: 'Pengumuman banjir Sintang', slug: 'pengumuman-banjir-sintang', unit: units.ikp.documentId }));
    const warn = jest.spyOn(app.strapi.log, 'warn');
    let row: any;
    try {
      // The step queues a mail to the drafter, and the outbox sends it right after the step commits.
      const res = await dispose(kabid, doc.documentId, drafter);
      expect(res.status).toBe(200);
      const deadline = Date.now() + 10_000;
      do {
        await new Promise((r) => setTimeout(r, 100));
        row = await app.strapi.db.query(OUTBOX).findOne({ where: { email: drafter.email } });
      } while (row?.state !== 'sent' && Date.now() < deadline);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect(sentThroughSmtp).toEqual([]);
    expect(row).toMatchObject({ state: 'sent', attempts: 1, lastError: null, template: 'stage-entered' });
    expect(await app.strapi.db.query(MAIL).count({ where: { to: drafter.email } })).toBe(1);

    const list = await admin.as('get', '/ppid/dev-mailbox');
    expect(list.status).toBe(200);
    const mine = list.body.data.filter((m: any) => m.to === drafter.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ subject: `[PPID] Menunggu tindakan Anda: Pengumuman banjir Sintang`, template: 'stage-entered', notificationId: row.id });
    expect(mine[0].text).toContain('Pengumuman banjir Sintang');
    expect(mine[0].html).toContain('Pengumuman banjir Sintang');
    expect(Date.parse(mine[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(list.body.meta.pagination).toMatchObject({ page: 1, pageSize: 25, total: list.body.data.length });
  });

  it('lists newest first and pages', async () => {
    const q = app.strapi.db.query(MAIL);
    await q.create({ data: { to: 'lama@uji.ppid.go.id', subject: 'Surat lama', text: 'a', html: '<p>a</p>', createdAt: new Date('2026-01-01T00:00:00Z') } });
    await q.create({ data: { to: 'baru@uji.ppid.go.id', subject: 'Surat baru', text: 'b', html: '<p>b</p>' } });
    const total = await q.count();
    const first = await admin.as('get', '/ppid/dev-mailbox?pageSize=1');
    expect(first.status).toBe(200);
    expect(first.body.data.map((m: any) => m.subject)).toEqual(['Surat baru']);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: total, total });
    const last = await admin.as('get', `/ppid/dev-mailbox?pageSize=1&page=${total}`);
    expect(last.body.data.map((m: any) => m.subject)).toEqual(['Surat lama']);
    const bad = await admin.as('get', '/ppid/dev-mailbox?pageSize=500');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('"pageSize" must be at most 100');
    expect((await admin.as('get', '/ppid/dev-mailbox?folder=x')).status).toBe(400);
  });

  it('refuses staff (403, in Indonesian) and anonymous callers (401), changing nothing', async () => {
    const tracker = stateTracker(app.strapi);
    const before = await tracker.before();
    const staff = await kabid.as('get', '/ppid/dev-mailbox');
    expect(staff.status).toBe(403);
    expect(staff.body.error.message).toBe('Kotak surat pengembangan hanya untuk Super Admin');
    expect((await app.http().get('/ppid/dev-mailbox')).status).toBe(401);
    expect(await tracker.changedSince(before)).toEqual([]);
  });

  it('is read-only: the document service refuses to write a dev mail', async () => {
    const count = await app.strapi.db.query(MAIL).count();
    await expect(app.strapi.documents(MAIL).create({ data: { to: 'x@uji.ppid.go.id', subject: 'palsu' } })).rejects.toThrow('Dev mailbox records are written by the notification sender only');
    expect(await app.strapi.db.query(MAIL).count()).toBe(count);
    // The Content Manager does not show it.
    expect(app.strapi.contentTypes[MAIL].pluginOptions['content-manager'].visible).toBe(false);
  });

  it('is off when forced off, or when SMTP_HOST is set', async () => {
    const mailbox = app.strapi.plugin('ppid').service('dev-mailbox');
    const config = app.strapi.config.get('plugin::ppid.mail');
    try {
      for (const mail of [{ devMailbox: 'false', smtpHost: '' }, { devMailbox: 'auto', smtpHost: 'smtp.kalbarprov.go.id' }]) {
        app.strapi.config.set('plugin::ppid.mail', mail);
        // The choice is made once per process: a restart reads the config again.
        const fresh = devMailboxService({ strapi: app.strapi });
        expect(fresh.active()).toBe(false);
      }
    } finally {
      app.strapi.config.set('plugin::ppid.mail', config);
    }
    expect(mailbox.active()).toBe(true);
  });
});

describe(`the dev mailbox in production (${TEST_DB})`, () => {
  let prod: Booted;
  const saved = { ...process.env };
  const VARIABLES = ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET'];
  const secret = () => randomBytes(32).toString('base64');

  beforeAll(async () => {
    await app.stop();
    app = undefined as any;
    const env: Record<string, string> = Object.fromEntries(VARIABLES.map((v) => [v, secret()]));
    env.APP_KEYS = `${secret()},${secret()}`;
    prod = await boot('dev-mailbox-prod', { ...env, NODE_ENV: 'production', PPID_DEV_MAILBOX: 'true', PPID_NOTIFICATIONS: 'false' });
  });
  afterAll(async () => {
    await prod?.stop();
    for (const key of [...VARIABLES, 'NODE_ENV', 'PPID_DEV_MAILBOX']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('refuses the dev mailbox even when PPID_DEV_MAILBOX=true: 404, and the mail goes to the email plugin', async () => {
    const mailbox = prod.strapi.plugin('ppid').service('dev-mailbox');
    expect(mailbox.choice()).toEqual({ devMailbox: false, reason: 'production', refused: true });
    const warn = jest.spyOn(prod.strapi.log, 'warn');
    try {
      mailbox.announce();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toContain('never used in production');
    } finally {
      warn.mockRestore();
    }

    const root = await person(prod, 'Super Admin', ['strapi-super-admin']);
    const res = await root.as('get', '/ppid/dev-mailbox');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('Kotak surat pengembangan tidak pernah aktif di produksi');

    const sent: any[] = [];
    prod.strapi.plugin('email').service('email').send = async (mail: unknown) => {
      sent.push(mail);
    };
    const notifications = prod.strapi.plugin('ppid').service('notifications');
    await notifications.enqueue([{ userId: root.id, email: root.email, template: 'stage-entered', payload: { title: 'Uji produksi', stageName: 'Disposisi', adminUrl: 'https://ppid.uji.go.id/admin' }, dedupeKey: 'prod:1' }]);
    expect(await notifications.dispatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(sent.map((m) => m.to)).toEqual([root.email]);
    expect(await prod.strapi.db.query(MAIL).count()).toBe(0);
  });
});
