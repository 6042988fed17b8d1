import { detect, mask, parseAllowList, redact } from '../src/privacy/detect';
import { excerptOf } from '../src/privacy/findings';
import { isKk, isNik } from '../src/privacy/identity-numbers';

const kinds = (text: string, allow?: Set<string>) => detect(text, allow).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

describe('identity numbers', () => {
  it('accepts a NIK by region, birth date (women + 40) and serial', () => {
    expect(isNik('6171054509870002')).toBe(true); // woman born 05-09-87
    expect(isNik('6171050509870002')).toBe(true); // man born 05-09-87
    expect(isNik('6171057209870002')).toBe(false); // day 72 - 40 = 32
    expect(isNik('9971050509870002')).toBe(false); // no province 99
    expect(isNik('6100050509870002')).toBe(false); // regency 00
    expect(isNik('6171050509870000')).toBe(false); // serial 0000
    expect(isNik('6171053002870001')).toBe(false); // 30 February
  });
  it('tells a KK number by its date of issue (no + 40)', () => {
    expect(isKk('6171052301150003')).toBe(true);
    expect(isKk('6171056301150003')).toBe(false);
  });
});

describe('detect', () => {
  it('finds a NIK, a mobile number and a private e-mail address with their spans', () => {
    const text = 'Pemohon atas nama Budi Santoso, NIK 6171054509870002, nomor HP 0812-3456-7890, email budi.s@gmail.com.';
    expect(kinds(text)).toEqual(['nik:6171054509870002', 'phone:0812-3456-7890', 'email:budi.s@gmail.com']);
    const [nik] = detect(text);
    expect(nik.masked).toBe('61************02');
    expect(nik.confidence).toBeGreaterThan(0.95);
    expect(nik).toHaveProperty('key');
  });
  it('finds KK and both NPWP forms', () => {
    expect(kinds('Nomor KK 6171052301150003 dan NPWP 09.254.294.3-407.000.')).toEqual(['kk:6171052301150003', 'npwp:09.254.294.3-407.000']);
    expect(kinds('NPWP baru: 6171050509870002')).toEqual(['npwp:6171050509870002']);
  });
  it('finds phone numbers in +62, 62 and 08 forms with separators', () => {
    expect(kinds('hubungi +62 813 5200 1234 atau 6281352001234 atau 0813.5200.1234')).toEqual([
      'phone:+62 813 5200 1234',
      'phone:6281352001234',
      'phone:0813.5200.1234',
    ]);
  });
  it('finds a bank account next to a bank name', () => {
    expect(kinds('Dana disalurkan ke rekening Bank Kalbar nomor 1002345678 a/n Siti Aminah.')).toEqual(['bank_account:1002345678']);
  });
  it('leaves decree numbers, amounts, office lines, office mailboxes and other 16-digit numbers alone', () => {
    expect(kinds('Keputusan Nomor 188.4/1234/DISKOMINFO/2024 tanggal 12 Januari 2024; anggaran Rp 1.250.000.000.')).toEqual([]);
    expect(kinds('Hubungi ppid@kalbarprov.go.id atau telepon (0561) 736541. Kode registrasi 1234567890123456.')).toEqual([]);
  });
  it('finds a home address next to a person, not an office address', () => {
    expect(kinds('Saudara Ahmad, beralamat di Jl. Merdeka Gg. Mawar No. 12 RT 003/RW 005, Kelurahan Sungai Bangkong.')).toEqual([
      'address:Jl. Merdeka Gg. Mawar No. 12 RT 003/RW 005',
    ]);
    expect(kinds('Acara bertempat di Aula Kantor Gubernur, Jl. Ahmad Yani No. 1, Pontianak.')).toEqual([]);
  });
  it('finds a passport number only where the text says passport', () => {
    expect(kinds('Paspor nomor B 1234567 milik pemohon.')).toEqual(['passport:B 1234567']);
    expect(kinds('Kode barang B 1234567.')).toEqual([]);
  });
  it('reads a table cell under its column title (tab-separated rows, as extract() gives tables)', () => {
    const table = [
      'DAFTAR PENERIMA BANTUAN',
      'No\tNama\tNIK\tNo. KK\tBank\tNo. Rekening\tNo. Paspor\tAlamat',
      '1\tSiti Aminah\t6171054509870002\t6171052301150003\tBRI\t1002345678\tB1234567\tJl. Merdeka No. 12 RT 003/RW 005',
      '2\tBudi Santoso\t6171050509870002\t6171052301150004\t\t100-23-456789\t\tGg. Mawar No. 3',
    ].join('\n');
    expect(kinds(table)).toEqual([
      'nik:6171054509870002',
      'kk:6171052301150003',
      'bank_account:1002345678',
      'passport:B1234567',
      'address:Jl. Merdeka No. 12 RT 003/RW 005',
      'nik:6171050509870002',
      'kk:6171052301150004',
      'bank_account:100-23-456789',
      'address:Gg. Mawar No. 3',
    ]);
    // A table going on after a page break without its title row keeps the titles (same number of cells).
    expect(kinds('No\tNama\tNo. KK\n1\tSiti\t6171052301150003\n-- 1 of 2 --\n2\tBudi\t6171052301150004\n\nx\t6171052301150005')).toEqual([
      'kk:6171052301150003',
      'kk:6171052301150004',
      'nik:6171052301150005',
    ]);
    // The 16-digit NPWP under its title; a row with another number of cells has no title.
    expect(kinds('Rekanan\tNPWP (NIK)\nCV Maju\t6171050509870002\n\nCatatan\t6171050509870003\tx')).toEqual(['npwp:6171050509870002', 'nik:6171050509870003']);
  });
  it('takes an account number shaped like a mobile number for an account under an account title', () => {
    expect(kinds('Nama\tNo. HP\tNo. Rekening\nSiti\t081234567890\t083497174481')).toEqual(['phone:081234567890', 'bank_account:083497174481']);
    expect(kinds('Nama\tNo. Rekening / HP\nSiti\t081234567890')).toEqual(['phone:081234567890']);
    expect(kinds('Kode Rekening\tUraian\n5.1.02.01.01.0024\tBelanja Jasa')).toEqual([]);
  });
  it('takes no title from a first row holding long numbers, and leaves budget account codes alone', () => {
    expect(kinds('1\t6171052301150003\n2\t6171052301150004')).toEqual(['nik:6171052301150003', 'nik:6171052301150004']);
    expect(kinds('Kode Rekening\tUraian\tPagu\n5.1.02.01.01.0024\tBelanja Jasa\t250000000\n5.1.02.03.02.0001\tBelanja Bank Kalbar\t12000000')).toEqual([]);
    // Offices listed under "Alamat" are not home addresses.
    expect(kinds('Kantor\tAlamat\nKantor Camat Pontianak Barat\tJl. Komodor Yos Sudarso No. 2')).toEqual([]);
  });
  it('skips allow-listed office contacts', () => {
    const allow = parseAllowList('0811-5678-900\nkepala.dinas@kalbarprov.go.id');
    expect(kinds('WA pengaduan 0811 5678 900, surel kepala.dinas@kalbarprov.go.id, HP pribadi 0812 1111 2222', allow)).toEqual(['phone:0812 1111 2222']);
  });
  it('masks and redacts', () => {
    expect(mask('email', 'budi.s@gmail.com')).toBe('b*****@gmail.com');
    const text = 'HP 081234567890 ya';
    expect(redact(text, detect(text))).toBe('HP 0812******90 ya');
  });
});

describe('the excerpt around a finding', () => {
  // The NIK and the phone number 33 characters apart: each one's 40-character window cuts the other.
  const text = 'Penerima bantuan atas nama Budi, NIK 6171054509870002. Posko dapat dihubungi di 0812-3456-7890 setiap hari kerja.';
  const found = detect(text, new Set());

  it('never shows a neighbouring value cut by the window edge: it takes it whole, masked', () => {
    expect(found.map((f) => f.kind)).toEqual(['nik', 'phone']);
    const [nik, phone] = found.map((f) => excerptOf(text, f, found));
    for (const excerpt of [nik, phone]) {
      expect(excerpt).toContain(`${found[0].masked}. Posko`);
      expect(excerpt).toContain(`dihubungi di ${found[1].masked}`);
      expect(excerpt).not.toMatch(/\d{5}/);
      expect(excerpt).not.toContain('3456');
    }
  });

  it('keeps the window and its ellipses when nothing is cut', () => {
    const long = `${'Pengumuman layanan informasi publik. '.repeat(3)}Hubungi 0812-3456-7890 untuk keterangan. ${'Terima kasih atas perhatian Anda. '.repeat(3)}`;
    const f = detect(long, new Set());
    expect(f.map((x) => x.kind)).toEqual(['phone']);
    const excerpt = excerptOf(long, f[0], f);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain(`Hubungi ${f[0].masked} untuk keterangan.`);
  });
});
