/**
 * The private file store's rules (files/private-store.ts): keys, where a key's file lies (nothing
 * else becomes a path), the store's folder, download names and headers.
 */
import path from 'path';
import config from '../src/config';
import { DEFAULT_PRIVATE_DIR, isInside, isKey, keyPath, newKey, safeFileName, storeRoot } from '../src/files/private-store';

describe('keys', () => {
  it('are 32 lowercase hex digits from 16 random bytes', () => {
    const key = newKey(() => Buffer.from('00112233445566778899aabbccddeeff', 'hex'));
    expect(key).toBe('00112233445566778899aabbccddeeff');
    expect(isKey(key)).toBe(true);
  });

  it('refuse a random source that gives too few bytes', () => {
    expect(() => newKey(() => Buffer.alloc(8))).toThrow('malformed key');
  });

  it.each([['../etc/passwd'], ['00112233445566778899AABBCCDDEEFF'], ['00112233445566778899aabbccddee'], ['00112233445566778899aabbccddeeff0'], [''], [null], [42]])('%p is not a key', (k) => {
    expect(isKey(k)).toBe(false);
  });
});

describe('where a file lies', () => {
  it('under the first two digits of its key', () => {
    expect(keyPath('/srv/ppid/private', 'ab112233445566778899aabbccddeeff')).toBe(path.join('/srv/ppid/private', 'ab', 'ab112233445566778899aabbccddeeff'));
  });

  it('never for something that is not a key', () => {
    expect(() => keyPath('/srv/ppid/private', '../../public/uploads/x')).toThrow('not a file key');
    expect(() => keyPath('/srv/ppid/private', 'ab/../../cd')).toThrow('not a file key');
  });
});

describe('the store folder', () => {
  it('defaults to .tmp/ppid-private-files under the app root', () => {
    expect(DEFAULT_PRIVATE_DIR).toBe(path.join('.tmp', 'ppid-private-files'));
    expect(storeRoot('', '/srv/app')).toBe('/srv/app/.tmp/ppid-private-files');
    expect(storeRoot(undefined, '/srv/app')).toBe('/srv/app/.tmp/ppid-private-files');
    expect(storeRoot('  ', '/srv/app')).toBe('/srv/app/.tmp/ppid-private-files');
  });

  it('takes an absolute folder as is and a relative one from the app root', () => {
    expect(storeRoot('/var/lib/ppid/files', '/srv/app')).toBe('/var/lib/ppid/files');
    expect(storeRoot('data/private', '/srv/app')).toBe('/srv/app/data/private');
  });

  it('knows when one folder lies inside another (the public folder check)', () => {
    expect(isInside('/srv/app/public/private', '/srv/app/public')).toBe(true);
    expect(isInside('/srv/app/public', '/srv/app/public')).toBe(true);
    expect(isInside('/srv/app/public-files', '/srv/app/public')).toBe(false);
    expect(isInside('/srv/app/.tmp/ppid-private-files', '/srv/app/public')).toBe(false);
    expect(isInside('/srv/app', '/srv/app/public')).toBe(false);
  });
});

describe('download names', () => {
  it.each([
    ['ktp.png', 'image/png', 'ktp.png'],
    ['KTP Budi Santoso.PDF', 'application/pdf', 'KTP-Budi-Santoso.pdf'],
    ['foto.jpeg', 'image/jpeg', 'foto.jpg'],
    ['C:\\Users\\budi\\ktp.pdf', 'application/pdf', 'ktp.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['Kartu "Identitas"\r\n.png', 'image/png', 'Kartu-Identitas.png'],
    ['Sédùlùr.pdf', 'application/pdf', 'Sedulur.pdf'],
    ['.pdf', 'application/pdf', 'identitas-pemohon.pdf'],
    ['', 'image/png', 'identitas-pemohon.png'],
    ['ktp.html', 'image/png', 'ktp.png'],
  ])('%p (%s) is offered as %p', (name, mime, expected) => {
    expect(safeFileName(name, mime, 'identitas-pemohon')).toBe(expected);
  });

  it('are at most 100 characters with their extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(100);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('the plugin setting privateFiles.dir', () => {
  const base = () => ({ ...config.default, privateFiles: { dir: '' } });

  it('is empty by default (the folder under .tmp) or a folder path', () => {
    expect(config.default.privateFiles).toEqual({ dir: '' });
    expect(() => config.validator(base())).not.toThrow();
    expect(() => config.validator({ ...base(), privateFiles: { dir: '/var/lib/ppid/private-files' } })).not.toThrow();
  });

  it('refuses anything else at start', () => {
    expect(() => config.validator({ ...base(), privateFiles: { dir: 42 as unknown as string } })).toThrow('ppid: "privateFiles.dir" (PPID_PRIVATE_FILES_DIR) must be a folder path, or empty for the default');
    expect(() => config.validator({ ...base(), privateFiles: undefined as unknown as { dir: string } })).toThrow('"privateFiles.dir"');
  });
});
