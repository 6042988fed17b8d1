/**
 * Uploads (issue 8, point 7), through the admin's real `POST /upload` route: active content is
 * refused by content and not only by name, a size limit holds, nothing refused is stored, stored
 * files are served so that a browser never runs them, and a ppid media field only takes the kinds
 * of file its allow-list names.
 */
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { assign, person } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const pdf = (padding = 0) =>
  Buffer.concat([
    Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'),
    Buffer.alloc(padding, 0x20),
    Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  ]);
// A ZIP local file header, as every .docx/.xlsx/.odt starts.
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), Buffer.from('word/document.xml'), Buffer.alloc(64, 1)]);
const HTML = Buffer.from('<!doctype html><html><body><script src="/uploads/steal.js"></script></body></html>');
const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58, 0), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64, 0), Buffer.from('PE\0\0'), Buffer.alloc(200, 0)]);

let app: Booted;
let admin: Awaited<ReturnType<typeof adminSession>>;
let units: Awaited<ReturnType<typeof unitTree>>;

beforeAll(async () => {
  app = await boot('security-uploads', { PPID_UPLOAD_MAX_MB: '1' });
  units = await unitTree(app.strapi);
  admin = await adminSession(app);
});
afterAll(async () => {
  // Stored files live in the app's public/uploads: remove them with their rows.
  const files = await app?.strapi.db.query('plugin::upload.file').findMany();
  for (const file of files ?? []) await app.strapi.plugin('upload').service('upload').remove(file);
  await app?.stop();
});

const fileCount = () => app.strapi.db.query('plugin::upload.file').count();
const upload = (content: Buffer, filename: string, contentType: string) =>
  admin.as('post', '/upload').attach('files', content, { filename, contentType });

describe(`uploads are refused by content (${TEST_DB})`, () => {
  it.each([
    ['an HTML page named .png', HTML, 'rapat.png', 'image/png', 400, 'ValidationError', '"rapat.png": the content of the file is not image/png (its name says .png)'],
    ['an HTML page', HTML, 'halaman.html', 'text/html', 400, 'ValidationError', "File type 'text/html' is not allowed"],
    ['a script', Buffer.from('fetch("/admin").then(r => r.text())'), 'steal.js', 'application/javascript', 400, 'ValidationError', "File type 'application/javascript' is not allowed"],
    ['an SVG with a script', SVG, 'logo.svg', 'image/svg+xml', 400, 'ValidationError', "File type 'image/svg+xml' is not allowed"],
    ['an executable', EXE, 'setup.exe', 'application/octet-stream', 400, 'ValidationError', "File type 'application/x-msdos-program' is not allowed"],
    ['an executable named .pdf', EXE, 'laporan.pdf', 'application/pdf', 400, 'ValidationError', '"laporan.pdf": the content of the file is not application/pdf (its name says .pdf)'],
    ['a CSV carrying markup', Buffer.from('nama,nilai\n"<script>alert(1)</script>",1\n'), 'data.csv', 'text/csv', 400, 'ValidationError', '"data.csv": the file is not plain CSV text (it contains binary data or markup)'],
    ['a file larger than PPID_UPLOAD_MAX_MB', pdf(1024 * 1024 + 10), 'besar.pdf', 'application/pdf', 413, 'PayloadTooLargeError', 'besar.pdf exceeds size limit of 1 MB.'],
  ])('refuses %s, in Strapi\'s error format, and stores nothing', async (_what, content, filename, contentType, status, name, message) => {
    const before = await fileCount();
    const res = await upload(content as Buffer, filename as string, contentType as string);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ data: null, error: { status, name, message } });
    expect(await fileCount()).toBe(before);
  });
});

describe(`accepted uploads and how they are served (${TEST_DB})`, () => {
  it('accepts a PDF and serves it inline with nosniff', async () => {
    const res = await upload(pdf(), 'laporan-keuangan.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body[0]).toMatchObject({ ext: '.pdf', mime: 'application/pdf' });
    const served = await app.http().get(res.body[0].url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toBeUndefined();
  });

  it('accepts a .docx and serves it as an attachment with nosniff', async () => {
    const res = await upload(DOCX, 'notulen.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.status).toBe(201);
    expect(res.body[0]).toMatchObject({ ext: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const served = await app.http().get(res.body[0].url);
    expect(served.status).toBe(200);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toBe(`attachment; filename="${res.body[0].hash}.docx"`);
  });

  it('serves a stored HTML file (left by an older version) as an attachment, never inline', async () => {
    const fs = await import('fs');
    const path = await import('path');
    const file = path.join(app.strapi.dirs.static.public, 'uploads', 'lama-tersisa.html');
    fs.writeFileSync(file, HTML);
    try {
      const served = await app.http().get('/uploads/lama-tersisa.html');
      expect(served.status).toBe(200);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-disposition']).toBe('attachment; filename="lama-tersisa.html"');
    } finally {
      fs.rmSync(file);
    }
  });
});

describe(`ppid media fields take only the kinds they allow (${TEST_DB})`, () => {
  it('refuses a PDF as an announcement cover image with 400 and keeps the announcement unchanged; takes a PNG', async () => {
    const [pdfFile] = (await upload(pdf(), 'sampul.pdf', 'application/pdf')).body;
    const [pngFile] = (await upload(PNG_1x1, 'sampul.png', 'image/png')).body;
    expect(pngFile).toMatchObject({ ext: '.png', mime: 'image/png' });
    const ann = await create(app.strapi, 'announcement', announcementData({ slug: 'sampul', unit: units.ikp.documentId }));

    const bad = await admin.as('put', `${CM}announcement/${ann.documentId}`).send({ coverImage: pdfFile.id });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      name: 'ValidationError',
      message: '"sampul.pdf" cannot be used in coverImage: it accepts images (JPEG, PNG, GIF, WebP)',
    });
    const unchanged = await app.strapi.documents('plugin::ppid.announcement').findOne({ documentId: ann.documentId, populate: ['coverImage'] });
    expect(unchanged.coverImage).toBeNull();

    // The same refusal on the document service, whatever the path.
    await expect(
      app.strapi.documents('plugin::ppid.announcement').create({ data: announcementData({ slug: 'sampul-2', unit: units.ikp.documentId, coverImage: pdfFile.id }) })
    ).rejects.toMatchObject({ name: 'ValidationError', message: '"sampul.pdf" cannot be used in coverImage: it accepts images (JPEG, PNG, GIF, WebP)' });

    // The item is at its first stage (disposition): its Kabid edits it (a super admin does not stand in for a holder).
    const kabid = await person(app, 'Kabid Sampul', ['strapi-editor']);
    await assign(app, kabid, 'kabid', units.ikp.documentId);
    const good = await kabid.as('put', `${CM}announcement/${ann.documentId}`).send({ coverImage: pngFile.id, attachments: [pdfFile.id] });
    expect(good.status).toBe(200);
    const linked = await app.strapi.documents('plugin::ppid.announcement').findOne({ documentId: ann.documentId, populate: ['coverImage', 'attachments'] });
    expect(linked.coverImage.id).toBe(pngFile.id);
    expect(linked.attachments.map((f: any) => f.id)).toEqual([pdfFile.id]);
  });

  it('refuses a .docx as the signed DIP edition decree (PDF or image only)', async () => {
    const [docx] = (await upload(DOCX, 'sk.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).body;
    await expect(
      app.strapi.documents('plugin::ppid.dip-edition').create({ data: { year: 2026, title: 'DIP 2026', agency: units.agency.documentId, signedDocument: docx.id } })
    ).rejects.toMatchObject({ name: 'ValidationError', message: '"sk.docx" cannot be used in signedDocument: it accepts PDF, images (JPEG, PNG, GIF, WebP)' });
  });
});
