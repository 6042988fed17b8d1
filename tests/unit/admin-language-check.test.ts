/**
 * The browser test's detector of English left on an Indonesian screen (tests/helpers/admin-language.ts).
 */
import { languageCheck } from '../helpers/admin-language';

describe('the English detector of the Indonesian admin test', () => {
  const check = languageCheck(['Laporan Layanan Informasi Publik']);

  it("flags Strapi's and the plugin's English strings, and the schema names of the plugin's types and fields", () => {
    expect(check.english('Save')).toBe('Save');
    expect(check.english('  Content   Manager ')).toBe('Content Manager');
    expect(check.english('Awaiting my action')).toBe('Awaiting my action');
    expect(check.english('Announcement')).toBe('Announcement');
    expect(check.english('summary')).toBe('summary');
  });

  it('flags English strings with arguments filled in', () => {
    expect(check.english('Delete Pengumuman')).toBe('Delete {target}');
  });

  it('lets Indonesian strings, data values and text without words pass', () => {
    expect(check.english('Simpan')).toBeNull();
    expect(check.english('Hapus Pengumuman')).toBeNull();
    expect(check.english('Pengumuman')).toBeNull();
    expect(check.english('Email')).toBeNull(); // the same word in both languages
    expect(check.english('Laporan Layanan Informasi Publik')).toBeNull();
    expect(check.english('12 / 40')).toBeNull();
  });
});
