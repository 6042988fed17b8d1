/**
 * SOP 190/2024 (Pengumuman Informasi Publik) end to end, in Bahasa Indonesia, as the demo agency's
 * staff do it in the admin (each logs in with the demo login table's e-mail and password, in a
 * fresh browser profile; the demo gives staff Indonesian as their language):
 *   the drafter (Dewi, Fungsional IKP) creates an announcement in the Content Manager;
 *   the Kabid IKP (Rudi) makes the disposisi naming her; she sends it up;
 *   the Kabid returns it once with a reason; she fixes the summary and sends it again;
 *   the Kabid, the Sekretaris (Siti) and the Kepala Dinas (Hendra) approve, each confirming;
 *   the drafter records proof of publication online and offline (publication records in the
 *   Content Manager) and publishes from the panel; the public API serves the announcement.
 * Then the compliance checker runs and the alert it raised is on the compliance dashboard.
 * A screenshot of every page visited goes to test-output/sop-chain/; an uncaught error on a page or a
 * console error from the plugin (its routes or its code) fails the test.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and the admin build (`npx strapi build`).
 */
import path from 'path';
import { browserSuite, demoAdmin, ROOT } from '../helpers/browser';

const SHOTS = path.join(ROOT, 'test-output', 'sop-chain');
const suite = browserSuite('sop-chain');

const TITLE = 'Jadwal pelayanan informasi publik selama libur akhir tahun';
const SLUG = 'jadwal-pelayanan-libur-akhir-tahun';
const UNIT = 'Bidang Informasi dan Komunikasi Publik';
const RETURN_REASON = 'Ringkasan belum menyebut jam layanan; mohon dilengkapi.';

/** Yesterday as the Indonesian admin writes a date (DD/MM/YYYY). */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');

suite('SOP 190/2024 in the admin, in Indonesian (Chromium)', () => {
  // The demo login table (src/demo/logins.ts) lists the people and the staff password.
  const demo = demoAdmin('sop-chain', SHOTS);
  let documentId: string;

  const snap = (page: any, name: string) => demo.session.snap(page, name);

  /** A fresh browser profile logged in as one of the demo staff (through the login form). */
  async function loginAs(key: string) {
    const page = await demo.session.login(demo.browser, demo.base, demo.people[key], demo.password, key);
    await snap(page, `${key}-home`);
    return page;
  }

  const instance = () => demo.app.strapi.db.query('plugin::ppid.workflow-instance').findOne({ where: { subjectType: 'announcement', subjectDocumentId: documentId } });

  /** Opens the item from "Menunggu tindakan saya" and waits for the workflow panel. */
  async function openFromInbox(page: any, key: string) {
    await page.goto(`${demo.base}/admin/plugins/ppid/inbox`);
    await page.getByText(TITLE).first().waitFor();
    await snap(page, `${key}-inbox`);
    await page.getByText(TITLE).first().click();
    await page.waitForURL((url: URL) => url.pathname.endsWith(`/plugin::ppid.announcement/${documentId}`));
    await page.getByText('Alur kerja PPID').first().waitFor();
  }

  /** Clicks a step in the panel (and the dialog's confirm button when one opens), waits for the answer. */
  async function step(page: any, label: string, dialog?: (d: any) => Promise<void>) {
    const answer = page.waitForResponse((r: any) => r.url().includes('/transitions') && r.request().method() === 'POST');
    await page.getByRole('button', { name: label, exact: true }).first().click();
    if (dialog) {
      const d = page.getByRole('dialog');
      await d.waitFor();
      await dialog(d);
    }
    const res = await answer;
    expect(res.status()).toBe(200);
  }

  it('the drafter creates the announcement in the Content Manager', async () => {
    const page = await loginAs('dewi');
    await page.goto(`${demo.base}/admin/content-manager/collection-types/plugin::ppid.announcement/create`);
    await page.locator('input[name="title"]').waitFor();
    await page.fill('input[name="title"]', TITLE);
    await page.fill('input[name="slug"]', SLUG);
    await page.fill('textarea[name="summary"]', 'Layanan informasi publik tetap buka selama libur akhir tahun.');
    await page.locator('.CodeMirror').first().click();
    await page.keyboard.type('Selama libur akhir tahun, layanan informasi publik dibuka pada hari kerja di ruang PPID.');
    await page.getByRole('combobox', { name: /Unit kerja/ }).click();
    await page.getByRole('option', { name: UNIT }).first().click();
    await snap(page, 'dewi-create');
    const saved = page.waitForResponse((r: any) => r.url().includes('/content-manager/collection-types/plugin::ppid.announcement') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    expect((await saved).status()).toBe(201);
    await page.waitForURL((url: URL) => /\/plugin::ppid\.announcement\/[a-z0-9]{10,}$/.test(url.pathname));
    documentId = page.url().split('/').pop()!.split('?')[0];
    await page.getByText('Alur kerja PPID').first().waitFor();
    await page.getByText('Disposisi').first().waitFor();
    await snap(page, 'dewi-created');
    expect(await instance()).toMatchObject({ stage: 'disposition', status: 'active' });
    await page.context().close();
  });

  it('the Kabid makes the disposisi naming the drafter', async () => {
    const page = await loginAs('kabidIkp');
    await openFromInbox(page, 'kabidIkp');
    await step(page, 'Tugaskan penyusun', async (d) => {
      await d.getByRole('combobox').click();
      await page.getByRole('option', { name: /Dewi Anggraini/ }).click();
      await d.getByRole('textbox', { name: /Nomor agenda disposisi/ }).fill('045/12/IKP');
      await snap(page, 'kabidIkp-disposition');
      await d.getByRole('button', { name: 'Tugaskan penyusun', exact: true }).click();
    });
    await page.getByText('Ditugaskan kepada').first().waitFor();
    await snap(page, 'kabidIkp-disposed');
    expect(await instance()).toMatchObject({ stage: 'drafting', agendaNumber: '045/12/IKP' });
    await page.context().close();
  });

  it('the drafter sends it to the Kabid; the Kabid returns it once with a reason', async () => {
    const dewi = await loginAs('dewi');
    await openFromInbox(dewi, 'dewi');
    await step(dewi, 'Kirim ke Kabid/Kasubag');
    await dewi.getByText('Pemeriksaan Kabid/Kasubag').first().waitFor();
    await snap(dewi, 'dewi-sent');
    await dewi.context().close();

    const rudi = await loginAs('kabidIkp');
    await openFromInbox(rudi, 'kabidIkp');
    await step(rudi, 'Kembalikan ke penyusun', async (d) => {
      await d.locator('textarea').fill(RETURN_REASON);
      await snap(rudi, 'kabidIkp-return');
      await d.getByRole('button', { name: 'Kembalikan ke penyusun', exact: true }).click();
    });
    await rudi.getByText('Penyusunan konsep').first().waitFor();
    await snap(rudi, 'kabidIkp-returned');
    await rudi.context().close();
    const log = await demo.app.strapi.db.query('plugin::ppid.workflow-transition').findMany({ where: { subjectDocumentId: documentId }, orderBy: [{ id: 'asc' }] });
    expect(log.map((r: any) => `${r.action}:${r.toStage}`)).toEqual(['start:disposition', 'forward:drafting', 'forward:review_kabid', 'return:drafting']);
    expect(log[3].reason).toBe(RETURN_REASON);
  });

  it('the drafter fixes the summary and sends it again', async () => {
    const page = await loginAs('dewi');
    await openFromInbox(page, 'dewi');
    await page.fill('textarea[name="summary"]', 'Layanan informasi publik tetap buka selama libur akhir tahun, pukul 08.00-12.00 WIB pada hari kerja.');
    const saved = page.waitForResponse((r: any) => r.url().includes(`/plugin::ppid.announcement/${documentId}`) && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    expect((await saved).status()).toBe(200);
    await snap(page, 'dewi-fixed');
    await step(page, 'Kirim ke Kabid/Kasubag');
    await page.getByText('Pemeriksaan Kabid/Kasubag').first().waitFor();
    await snap(page, 'dewi-resent');
    await page.context().close();
  });

  it.each([
    ['kabidIkp', 'Teruskan ke Sekretaris', 'review_secretary'],
    ['sekretaris', 'Teruskan ke Kepala Dinas', 'approval_head'],
    ['kepala', 'Setujui untuk diumumkan', 'publishing'],
  ])('%s approves with "%s", confirming', async (key, label, next) => {
    const page = await loginAs(key);
    await openFromInbox(page, key);
    await step(page, label, async (d) => {
      await d.getByText(/Anda menyetujui/).waitFor();
      await snap(page, `${key}-confirm`);
      await d.getByRole('button', { name: label, exact: true }).click();
    });
    await page.getByText(/Dipindahkan ke/).first().waitFor();
    await snap(page, `${key}-approved`);
    expect(await instance()).toMatchObject({ stage: next, status: 'active' });
    await page.context().close();
  });

  it('the drafter records proof online and offline, then publishes; the public API serves it', async () => {
    const page = await loginAs('dewi');
    // The online proof through the Content Manager's form, the offline one from the workflow panel.
    const records: [string, string, string][] = [['website', 'Situs web resmi', `https://diskominfo.kalbarprov.go.id/pengumuman/${SLUG}`]];
    for (const [channel, channelLabel, url] of records) {
      await page.goto(`${demo.base}/admin/content-manager/collection-types/plugin::ppid.publication-record/create`);
      await page.locator('input[name="url"]').waitFor();
      await page.getByRole('combobox', { name: /Pengumuman/ }).click();
      await page.getByRole('option', { name: TITLE }).first().click();
      await page.getByRole('combobox', { name: /Kanal/ }).click();
      await page.getByRole('option', { name: channelLabel }).click();
      await page.fill('input[name="url"]', url);
      // The date picker takes the date typed in the admin's format (id: DD/MM/YYYY) when it loses focus.
      const when = page.getByRole('group', { name: /Tanggal terbit di kanal/ });
      const date = when.locator('input').first();
      await date.fill(yesterday());
      await date.blur();
      const time = when.locator('input').nth(1);
      await time.fill('09.00');
      await time.blur();
      await snap(page, `dewi-proof-${channel}`);
      const saved = page.waitForResponse((r: any) => r.url().includes('/content-manager/collection-types/plugin::ppid.publication-record') && r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      expect((await saved).status()).toBe(201);
    }
    await openFromInbox(page, 'dewi');
    // Publishing needs the offline proof too: "Umumkan" says so until it is recorded in the panel.
    const proof = page.getByRole('region', { name: 'Bukti publikasi' });
    await proof.getByText('Website · daring').waitFor();
    await proof.getByRole('button', { name: 'Catat bukti publikasi' }).click();
    await proof.getByRole('combobox', { name: /Kanal/ }).click();
    await page.getByRole('option', { name: 'Papan pengumuman' }).click();
    // The agency's wall clock (WIB), yesterday 09:00.
    // The date and a 24-hour time on the agency's clock (WIB), typed as dd/mm/yyyy and hh:mm whatever the browser's language.
    const [year, month, day] = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10).split('-');
    await proof.getByLabel('Tanggal (hh/bb/tttt)').fill(`${day}/${month}/${year}`);
    await proof.getByLabel('Jam (WIB, 24 jam)').fill('09:00');
    await proof.getByLabel('Alamat (URL)').fill(`https://diskominfo.kalbarprov.go.id/arsip/papan-pengumuman/${SLUG}.jpg`);
    await snap(page, 'dewi-proof-panel');
    const recorded = page.waitForResponse((r: any) => r.url().endsWith('/content-manager/collection-types/plugin::ppid.publication-record') && r.request().method() === 'POST');
    await proof.getByRole('button', { name: 'Catat bukti', exact: true }).click();
    expect((await recorded).status()).toBe(201);
    await proof.getByText('Papan pengumuman · luring').waitFor();
    const offline = await demo.app.strapi.db.query('plugin::ppid.publication-record').findOne({ where: { channel: 'notice_board', announcement: { documentId } }, populate: { recordedBy: { select: ['email'] } } });
    expect(offline).toMatchObject({ url: `https://diskominfo.kalbarprov.go.id/arsip/papan-pengumuman/${SLUG}.jpg`, recordedBy: { email: demo.people.dewi.email } });
    expect(new Date(offline.channelPublishedAt).toISOString().slice(11, 16)).toBe('02:00');
    await step(page, 'Umumkan', async (d) => {
      await d.getByText(/diumumkan dan dapat dilihat publik/).waitFor();
      await snap(page, 'dewi-publish-confirm');
      await d.getByRole('button', { name: 'Umumkan', exact: true }).click();
    });
    await page.getByText('Diterbitkan').first().waitFor();
    await snap(page, 'dewi-published');
    expect(await instance()).toMatchObject({ stage: 'published', status: 'published' });
    await page.context().close();

    const res = await demo.app.http().get(`/api/ppid/announcements/${SLUG}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ title: TITLE, slug: SLUG });
  });

  it('shows an alert raised by the checker on the compliance dashboard', async () => {
    const since = new Date(Date.now() - 1000);
    await demo.app.strapi.plugin('ppid').service('compliance-runs').runNow();
    const raised = await demo.app.strapi.db.query('plugin::ppid.compliance-alert').findMany({ where: { state: 'open', firstSeenAt: { $gte: since } }, orderBy: [{ id: 'asc' }] });
    expect(raised.length).toBeGreaterThan(0);
    const page = await loginAs('kepala');
    await page.goto(`${demo.base}/admin/plugins/ppid/compliance`);
    await page.locator('tbody tr').first().waitFor();
    const finding = page.getByText(raised[0].title.id, { exact: true }).first();
    const pageLabel = page.getByText(/^Halaman \d+ dari \d+ ·/);
    const pages = (await pageLabel.count()) ? Number((await pageLabel.textContent()).match(/dari (\d+)/)[1]) : 1;
    for (let n = 2; n <= pages && !(await finding.isVisible()); n += 1) {
      const answer = page.waitForResponse((r: any) => r.url().includes('/ppid/compliance/alerts?') && r.url().includes(`page=${n}&`));
      await page.getByRole('button', { name: 'Berikutnya', exact: true }).click();
      await answer;
      // The rows of page n, not the previous page's still on screen while React renders the answer.
      await page.getByText(new RegExp(`^Halaman ${n} dari \\d+ ·`)).waitFor();
      await page.locator('tbody tr').first().waitFor();
    }
    await finding.waitFor();
    await snap(page, 'kepala-compliance');
    await page.context().close();
  });
});
