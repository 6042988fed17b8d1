/**
 * Files of an item in review or published cannot be replaced or deleted through the Media Library
 * (the replace writes new bytes under the same URL before the database is touched); a draft's
 * files can. Refused means 403 and the file's bytes and record unchanged.
 */
import fs from 'fs';
import path from 'path';
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { pdfWith } from '../helpers/privacy-files';

let app: Booted;
let admin: Awaited<ReturnType<typeof adminSession>>;
let units: Awaited<ReturnType<typeof unitTree>>;

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

async function upload(body: Buffer, name: string, id?: number) {
  const req = admin.as('post', id ? `/upload?id=${id}` : '/upload');
  return req.attach('files', body, { filename: name, contentType: 'application/pdf' });
}
const bytesOf = (file: any) => fs.readFileSync(path.join(app.strapi.dirs.static.public, file.url));

beforeAll(async () => {
  app = await boot('item-files');
  units = await unitTree(app.strapi);
  admin = await adminSession(app);
});
afterAll(async () => {
  await app?.stop();
});

describe(`files of items in review or published (${TEST_DB})`, () => {
  it('a published announcement\'s attachment is neither replaced nor deleted; its metadata may change', async () => {
    // A readable PDF: the privacy check reads attachments before the publish (a broken one blocks it).
    const up = await upload(await pdfWith(['Lampiran pengumuman, versi asli']), 'lampiran.pdf');
    expect(up.status).toBe(201);
    const file = up.body[0];
    await create(app.strapi, 'announcement', announcementData({ title: 'Pengumuman berlampiran', slug: 'pengumuman-berlampiran', unit: units.ikp.documentId, attachments: [file.id] }), true);
    const before = bytesOf(file);

    const replaced = await upload(pdf('versi palsu'), 'lampiran.pdf', file.id);
    expect(replaced.status).toBe(403);
    expect(replaced.body.error.message).toContain('cannot be replaced');
    expect(bytesOf(file)).toEqual(before);

    const removed = await admin.as('delete', `/upload/files/${file.id}`);
    expect(removed.status).toBe(403);
    expect(await app.strapi.db.query('plugin::upload.file').count({ where: { id: file.id } })).toBe(1);
    expect(bytesOf(file)).toEqual(before);

    const renamed = await admin.as('post', `/upload?id=${file.id}`).field('fileInfo', JSON.stringify({ name: 'lampiran-resmi.pdf', caption: 'Lampiran resmi' }));
    expect(renamed.status).toBe(200);
  });

  it('a draft\'s attachment may be replaced', async () => {
    const up = await upload(pdf('konsep'), 'konsep.pdf');
    const file = up.body[0];
    await create(app.strapi, 'announcement', announcementData({ title: 'Pengumuman masih konsep', slug: 'pengumuman-konsep', unit: units.ikp.documentId, attachments: [file.id] }));
    const replaced = await upload(pdf('konsep kedua'), 'konsep.pdf', file.id);
    expect(replaced.status).toBe(200);
    expect(bytesOf(file).toString()).toContain('konsep kedua');
  });
});
