/**
 * Personal data findings in the edit view's workflow panel (issue 12 point 4), in a real browser, in
 * Bahasa Indonesia, as the demo agency's staff (not a super admin): an announcement of Bidang IKP
 * whose body holds a NIK and a mobile number is in review. Its drafter (Dewi) sees both findings,
 * masked, and that publishing is blocked, with no action to allow them; the Kepala Dinas (Hendra)
 * allows the phone number with a reason from the panel, and the panel then shows it allowed, by
 * him, while the NIK still blocks. Screenshots go to test-output/privacy-panel/.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and the admin build (`npx strapi build`).
 */
import path from 'path';
import { announcementData } from '../helpers/fixtures';
import { act, dispose, type Staff } from '../helpers/workflow';
import { browserSuite, demoAdmin, ROOT } from '../helpers/browser';

const SHOTS = path.join(ROOT, 'test-output', 'privacy-panel');
const suite = browserSuite('privacy-panel');

const NIK = '6171054509870002';
const PHONE = '0812-3456-7890';
const TITLE = 'Penyaluran bantuan sosial tahap kedua';
const REASON = 'Nomor ini adalah nomor layanan resmi posko bantuan yang boleh diumumkan.';

suite('personal data findings in the workflow panel, in Indonesian (Chromium)', () => {
  const demo = demoAdmin('privacy-panel', SHOTS);
  let documentId: string;

  /** A demo person through the admin's login route, as the helpers' Staff. */
  async function staff(key: string): Promise<Staff> {
    const { email } = demo.people[key];
    const res = await demo.app.http().post('/admin/login').send({ email, password: demo.password });
    if (res.status !== 200) throw new Error(`login ${key}: ${res.status}`);
    const token = res.body.data.token as string;
    return { id: res.body.data.user.id, email, token, app: demo.app, as: (method, url) => demo.app.http()[method](url).set('Authorization', `Bearer ${token}`) };
  }

  beforeAll(async () => {
    // Dewi drafts it for Bidang IKP on the Kabid's disposisi and sends it up for review.
    const [dewi, rudi] = [await staff('dewi'), await staff('kabidIkp')];
    const ikp = await demo.app.strapi.db.query('plugin::ppid.unit').findOne({ where: { code: 'bidang-ikp' } });
    const created = await dewi.as('post', '/content-manager/collection-types/plugin::ppid.announcement').send(
      announcementData({ title: TITLE, slug: 'penyaluran-bantuan-tahap-dua', unit: { connect: [{ documentId: ikp.documentId }] }, body: `Penerima bantuan atas nama Budi, NIK ${NIK}. Posko dapat dihubungi di ${PHONE}.` })
    );
    if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
    documentId = created.body.data.documentId;
    for (const res of [await dispose(rudi, documentId, dewi), await act(dewi, 'announcement', documentId, 'drafting->review_kabid:forward')]) {
      if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    }
  });

  const snap = (page: any, name: string) => demo.session.snap(page, name);

  /** Logs in as a demo person in a fresh profile and opens the announcement's edit view. */
  async function openAs(key: string) {
    const page = await demo.session.login(demo.browser, demo.base, demo.people[key], demo.password, key);
    await page.goto(`${demo.base}/admin/content-manager/collection-types/plugin::ppid.announcement/${documentId}`);
    await page.getByText('Alur kerja PPID').first().waitFor();
    const region = page.getByRole('region', { name: 'Temuan data pribadi' });
    await region.getByText('Penerbitan terhalang').waitFor();
    return { page, region };
  }

  it('the drafter sees both findings masked, publishing blocked, and no action to allow them', async () => {
    const { page, region } = await openAs('dewi');
    const shown = await region.innerText();
    expect(shown).toContain('Penerbitan terhalang: 2 temuan belum diperbaiki atau diizinkan.');
    expect(shown).toContain('NIK (Nomor Induk Kependudukan)');
    expect(shown).toContain('Nomor telepon');
    expect(shown).toContain('Isian: Isi');
    expect(shown).toContain('61************02');
    // Neither value, nor any part of one cut by an excerpt's edge.
    expect(shown).not.toContain(NIK.slice(3));
    expect(shown).not.toContain('3456');
    expect(shown).not.toMatch(/\d{5}/);
    expect(await region.getByRole('button', { name: 'Izinkan dengan alasan' }).count()).toBe(0);
    expect(shown).toContain('Temuan dapat diizinkan oleh peninjau item ini yang bukan penyusunnya');
    await snap(page, 'dewi-temuan');
    await page.context().close();
  });

  it('the Kepala Dinas allows the phone number with a reason; the NIK still blocks', async () => {
    const { page, region } = await openAs('kepala');
    const rows = region.locator('li');
    expect(await rows.count()).toBe(2);
    const phone = rows.filter({ hasText: 'Nomor telepon' });
    await phone.getByRole('button', { name: 'Izinkan dengan alasan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Nomor telepon');
    await snap(page, 'kepala-alasan');
    await dialog.locator('textarea').fill(REASON);
    const answer = page.waitForResponse((r: any) => r.url().endsWith(`/ppid/privacy/items/announcement/${documentId}/clearances`) && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Izinkan', exact: true }).click();
    expect((await answer).status()).toBe(200);
    await region.getByText('Penerbitan terhalang: 1 temuan belum diperbaiki atau diizinkan.').waitFor();
    const allowed = await region.locator('li').filter({ hasText: 'Nomor telepon' }).innerText();
    expect(allowed).toContain('Diizinkan');
    expect(allowed).toContain(`Diizinkan oleh ${demo.people.kepala.firstname}`);
    expect(allowed).toContain(REASON);
    expect(allowed).toMatch(/WIB/);
    // Only the NIK keeps its action.
    expect(await region.getByRole('button', { name: 'Izinkan dengan alasan' }).count()).toBe(1);
    await snap(page, 'kepala-diizinkan');

    const cleared = await demo.app.strapi.db.query('plugin::ppid.privacy-clearance').findMany({ where: { subjectDocumentId: documentId } });
    expect(cleared.map((c: any) => [c.kind, c.position, c.reason])).toEqual([['phone', 'kepala', REASON]]);
    expect(JSON.stringify(cleared)).not.toContain('3456-7890');
    await page.context().close();
  });
});
