import contentTypes from '../src/content-types';
import { checkFile, FIELD_KINDS, fieldAccepts, servedInline } from '../src/uploads/policy';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => Uint8Array.from(Buffer.from(s));

describe('upload policy', () => {
  it('names every media field of every ppid content type, and only those', () => {
    const fromSchemas: Record<string, string[]> = {};
    for (const [name, { schema }] of Object.entries<any>(contentTypes)) {
      const media = Object.entries<any>(schema.attributes).filter(([, a]) => a.type === 'media').map(([field]) => field);
      if (media.length) fromSchemas[name] = media.sort();
    }
    const fromPolicy = Object.fromEntries(Object.entries(FIELD_KINDS).map(([name, fields]) => [name, Object.keys(fields).sort()]));
    expect(fromPolicy).toEqual(fromSchemas);
  });

  it.each([
    ['foto.png', true, bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)],
    ['foto.PNG', true, bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)],
    ['foto.png', false, text('<html><script>alert(1)</script>')],
    ['foto.jpg', true, bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['foto.webp', true, text('RIFF\0\0\0\0WEBPVP8 ')],
    ['foto.webp', false, text('RIFF\0\0\0\0WAVEfmt ')],
    ['sk.pdf', true, text('%PDF-1.7\n')],
    ['sk.pdf', false, text('MZ\x90\0')],
    ['data.xlsx', true, bytes(0x50, 0x4b, 0x03, 0x04, 0x14)],
    ['lama.doc', true, bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['data.csv', true, text('nama,nilai\nBudi,1\n')],
    ['data.csv', false, text('nama,nilai\n<svg onload=alert(1)>,1\n')],
    ['data.csv', false, bytes(0x6e, 0x00, 0x61)],
    ['logo.svg', false, text('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['page.html', false, text('<p>hi</p>')],
    ['app.js', false, text('alert(1)')],
    ['setup.exe', false, text('MZ')],
    ['tanpa-ekstensi', false, text('%PDF-1.7')],
  ])('%s, content as given (case %#): accepted %s', (name, ok, head) => {
    expect(checkFile(name as string, head as Uint8Array).ok).toBe(ok);
  });

  it('checks a stored file against a field', () => {
    expect(fieldAccepts('announcement', 'coverImage', { ext: '.png', mime: 'image/png' })).toBe(true);
    expect(fieldAccepts('announcement', 'coverImage', { ext: '.pdf', mime: 'application/pdf' })).toBe(false);
    expect(fieldAccepts('announcement', 'attachments', { ext: '.docx', mime: 'application/zip' })).toBe(true);
    expect(fieldAccepts('announcement', 'attachments', { ext: '.pdf', mime: 'text/html' })).toBe(false);
    expect(fieldAccepts('announcement', 'attachments', { ext: '.html', mime: 'text/html' })).toBe(false);
    expect(fieldAccepts('announcement', 'unknownField', { ext: '.png', mime: 'image/png' })).toBe(false);
  });

  it('serves only images and PDF inline', () => {
    expect(['/uploads/a.png', '/uploads/a.JPG', '/uploads/a.pdf'].map(servedInline)).toEqual([true, true, true]);
    expect(['/uploads/a.docx', '/uploads/a.html', '/uploads/a.svg', '/uploads/a.csv', '/uploads/a'].map(servedInline)).toEqual([false, false, false, false, false]);
  });
});
