import { isPlaceholderSlug, slugFromTitle, slugify, uniqueSlug } from '../src/domain/slug';

describe('the slug follows the title', () => {
  it('turns a title into a slug: lower case, ASCII, dashes, no dash at either end', () => {
    expect(slugify('Jadwal Layanan Informasi: Libur Natal & Tahun Baru 2026')).toBe('jadwal-layanan-informasi-libur-natal-tahun-baru-2026');
    expect(slugify('  Pengumuman — Café Résumé  ')).toBe('pengumuman-cafe-resume');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts a long title at a word boundary within the maximum length', () => {
    const slug = slugify('Pengumuman hasil seleksi terbuka jabatan pimpinan tinggi pratama di lingkungan pemerintah provinsi kalimantan barat tahun anggaran dua ribu dua puluh enam');
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^pengumuman-hasil-seleksi-terbuka/);
    expect(slugify('a'.repeat(200))).toHaveLength(120);
  });

  it("recognises the Content Manager's placeholders and an empty slug", () => {
    expect(isPlaceholderSlug('announcement', 'announcement')).toBe(true);
    expect(isPlaceholderSlug('announcement-7', 'announcement')).toBe(true);
    expect(isPlaceholderSlug('', 'announcement')).toBe(true);
    expect(isPlaceholderSlug(undefined, 'announcement')).toBe(true);
    expect(isPlaceholderSlug('announcement-banjir', 'announcement')).toBe(false);
    expect(isPlaceholderSlug('jadwal-layanan', 'announcement')).toBe(false);
  });

  it('derives the slug from the title only while it is a placeholder', () => {
    expect(slugFromTitle('announcement', 'Jadwal Layanan Libur', 'announcement')).toBe('jadwal-layanan-libur');
    expect(slugFromTitle('jadwal-pilihan-saya', 'Jadwal Layanan Libur', 'announcement')).toBeNull();
    expect(slugFromTitle('announcement', undefined, 'announcement')).toBeNull();
    expect(slugFromTitle('announcement', '???', 'announcement')).toBeNull();
  });

  it('makes the slug unique with a number', () => {
    expect(uniqueSlug('jadwal', new Set())).toBe('jadwal');
    expect(uniqueSlug('jadwal', new Set(['jadwal', 'jadwal-2']))).toBe('jadwal-3');
    expect(uniqueSlug('a'.repeat(120), new Set(['a'.repeat(120)]))).toBe(`${'a'.repeat(118)}-2`);
  });
});
