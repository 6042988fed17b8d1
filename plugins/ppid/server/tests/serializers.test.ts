import * as serialize from '../src/public-api/serializers';

const unit = { id: 3, code: 'bidang-ikp', name: 'Bidang IKP', email: 'ikp@kalbarprov.go.id' };

describe('public serializers', () => {
  it('copies only whitelisted announcement fields', () => {
    const row = {
      id: 9,
      documentId: 'doc1',
      slug: 'jadwal',
      title: 'Jadwal',
      summary: 'Ringkasan',
      body: '# Isi',
      infoClass: 'berkala',
      internalNote: 'jangan dibuka',
      drafter: { email: 'penyusun@kalbarprov.go.id' },
      createdBy: { email: 'x@y.z' },
      unit,
      berkalaCategory: { id: 1, code: 'profil', name: 'Profil' },
      publishedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: new Date('2026-01-03T00:00:00Z'),
      informationDate: '2026-01-01',
      publicationRecords: [{ channel: 'website', recordedBy: { email: 'r@x' } }, { channel: 'notice_board' }, { channel: 'website' }],
    };
    const out = serialize.announcementDetail(row);
    expect(out).toEqual({
      documentId: 'doc1',
      slug: 'jadwal',
      title: 'Jadwal',
      summary: 'Ringkasan',
      body: '# Isi',
      class: 'berkala',
      category: { code: 'profil', name: 'Profil' },
      unit: { code: 'bidang-ikp', name: 'Bidang IKP' },
      informationDate: '2026-01-01',
      publishedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-03T00:00:00.000Z',
      coverImage: null,
      attachments: [],
      channels: ['notice_board', 'website'],
    });
    expect(JSON.stringify(out)).not.toMatch(/@|internal|jangan/);
  });

  it('never links the document of an excluded DIP entry', () => {
    const base = { documentId: 'd', number: 'DK-01', title: 't', summary: 's', holderUnit: unit, documentUrl: 'https://x/doc.pdf', document: { url: '/uploads/a.pdf', name: 'a.pdf' } };
    const open = serialize.dipEntry({ ...base, infoClass: 'setiap_saat' });
    expect(open.documentUrl).toBe('https://x/doc.pdf');
    expect(open.document?.url).toBe('/uploads/a.pdf');
    const closed = serialize.dipEntry({
      ...base,
      infoClass: 'dikecualikan',
      exclusion: { documentId: 'e1', article17Letter: 'h', exclusionEndsOn: '2030-12-31', excludedContent: 'rahasia' },
    });
    expect(closed.documentUrl).toBeNull();
    expect(closed.document).toBeNull();
    expect(closed.exclusion).toEqual({ documentId: 'e1', article: 'h', exclusionEndsOn: '2030-12-31' });
    expect(JSON.stringify(closed)).not.toMatch(/rahasia|uploads/);
  });

  it('tells where an exclusion stands on a given day', () => {
    const row = { exclusionEndsOn: '2026-06-30', reopenedOn: null };
    expect(serialize.exclusionStatus(row, '2026-06-30')).toBe('excluded');
    expect(serialize.exclusionStatus(row, '2026-07-01')).toBe('period_ended');
    expect(serialize.exclusionStatus({ ...row, reopenedOn: '2026-07-02' }, '2026-07-03')).toBe('reopened');
    const out = serialize.exclusion({ documentId: 'e', article17Letter: 'a', excludedContent: 'isi', internalNote: 'n', unit, exclusionEndsOn: '2027-01-01' }, '2026-01-01');
    expect(out.ground).toBe('Menghambat proses penegakan hukum');
    expect(JSON.stringify(out)).not.toMatch(/isi|"n"|@/);
  });
});
