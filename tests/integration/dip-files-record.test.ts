/**
 * The printable record of an announcement (PDF): the text, the approval chain with the return
 * reason, the disposisi and the proofs of publication, for the people who may read the item.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, unitTree } from '../helpers/fixtures';
import { act, assign, dispose, person, proveAnnouncement, type Staff } from '../helpers/workflow';
import { getBinary, pdfText } from '../helpers/binary';

const CM = '/content-manager/collection-types/plugin::ppid.';
const ANN = 'announcement';
let app: Booted;
let kabid: Staff;
let dewi: Staff;
let doc: string;
let otherKabid: Staff;
let sekretaris: Staff;
let agencyName: string;

beforeAll(async () => {
  app = await boot('dip-files-record');
  const units = await unitTree(app.strapi);
  [kabid, dewi] = await Promise.all(['Kabid', 'Dewi'].map((n) => person(app, n)));
  await assign(app, kabid, 'kabid', units.ikp.documentId);
  await assign(app, dewi, 'fungsional', units.ikp.documentId);
  [otherKabid, sekretaris] = await Promise.all(['Kabid Statistik', 'Sekretaris'].map((n) => person(app, n)));
  await assign(app, otherKabid, 'kabid', units.stat.documentId);
  await assign(app, sekretaris, 'sekretaris', units.agency.documentId);
  agencyName = units.agency.name;
  const res = await dewi.as('post', `${CM}announcement`).send(
    announcementData({ title: 'Jadwal layanan informasi publik', slug: 'jadwal-layanan', body: '## Jadwal\n\nLayanan **Senin-Jumat** pukul 08.00-15.00.', unit: { connect: [{ documentId: units.ikp.documentId }] } })
  );
  expect(res.status).toBe(201);
  doc = res.body.data.documentId;
  expect((await dispose(kabid, doc, dewi, '005/IKP/2026')).status).toBe(200);
  expect((await act(dewi, ANN, doc, 'drafting->review_kabid:forward')).status).toBe(200);
  expect((await act(kabid, ANN, doc, 'review_kabid->drafting:return', 'Lengkapi jam layanan hari Jumat.')).status).toBe(200);
  await proveAnnouncement(app, doc, ['website', 'notice_board']);
});
afterAll(async () => {
  await app?.stop();
});

describe('announcement record PDF', () => {
  it('shows the text, the chain with the return reason, the disposisi and the proofs', async () => {
    const res = await getBinary(app, `/ppid/announcements/${doc}/record.pdf`, kabid.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="rekam-jejak-jadwal-layanan.pdf"');
    const text = pdfText(res.body);
    for (const s of [agencyName.toUpperCase(), 'REKAM JEJAK PENGUMUMAN INFORMASI PUBLIK', 'Jadwal layanan informasi publik', 'Layanan Senin-Jumat pukul 08.00-15.00.', 'Rantai persetujuan',
      'Kabid Uji', 'Dewi Uji', 'Lengkapi jam layanan hari Jumat.', '005/IKP/2026', 'Situs web', 'review_kabid > drafting']) {
      expect(text).toContain(s);
    }
    // Cells wrap long values: compare without the line breaks.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('Papanpengumuman');
    expect(flat).toContain(`https://diskominfo.uji.go.id/bukti/${doc}/website`);
    expect(flat).toContain(`https://diskominfo.uji.go.id/bukti/${doc}/notice_board`);
    expect(flat).toContain('review_kabid>draftingKabidUjikabid,BidangIKPLengkapijamlayananhariJumat.');
    expect(text).not.toContain('**');
  });

  it('is for the staff of the item\'s unit and the agency positions: a Kabid of another division is refused', async () => {
    for (const url of [`/ppid/announcements/${doc}/record.pdf`, `/ppid/workflow/items/announcement/${doc}`, `/ppid/workflow/items/announcement/${doc}/history`]) {
      const refused = await otherKabid.as('get', url);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ name: 'ForbiddenError', message: 'Item ini milik Bidang IKP; hanya pegawai yang bekerja untuk unit tersebut yang dapat melihat proses reviunya' });
      expect((await sekretaris.as('get', url)).status).toBe(200);
      expect((await dewi.as('get', url)).status).toBe(200);
    }
  });

  it('needs an admin session; unknown items 404; parameters refused', async () => {
    expect((await app.http().get(`/ppid/announcements/${doc}/record.pdf`)).status).toBe(401);
    expect((await kabid.as('get', '/ppid/announcements/zzzzzzzzzzzzzzzzzzzzzzzz/record.pdf')).status).toBe(404);
    expect((await kabid.as('get', `/ppid/announcements/${doc}/record.pdf?x=1`)).status).toBe(400);
  });
});
