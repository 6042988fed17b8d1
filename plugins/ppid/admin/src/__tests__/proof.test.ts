import { proofBody, proofListUrl, proofProblems } from '../utils/proof';

const NOW = new Date('2026-12-05T07:00:00Z'); // 14:00 WIB
const draft = { channel: 'website', url: 'https://diskominfo.example.go.id/pengumuman/a', at: '2026-12-05T09:00', note: '' };

describe('the proof-of-publication form', () => {
  it('takes a channel, a time not in the future, and a URL or a file', () => {
    expect(proofProblems(draft, false, 'Asia/Jakarta', NOW)).toEqual({});
    expect(proofProblems({ ...draft, url: '' }, true, 'Asia/Jakarta', NOW)).toEqual({});
    expect(proofProblems({ ...draft, url: '' }, false, 'Asia/Jakarta', NOW)).toEqual({ url: 'required' });
    expect(proofProblems({ ...draft, url: 'javascript:alert(1)' }, true, 'Asia/Jakarta', NOW)).toEqual({ url: 'invalid' });
    expect(proofProblems({ ...draft, channel: '' }, false, 'Asia/Jakarta', NOW)).toEqual({ channel: 'required' });
    expect(proofProblems({ ...draft, channel: 'radio' }, false, 'Asia/Jakarta', NOW)).toEqual({ channel: 'required' });
    expect(proofProblems({ ...draft, at: '' }, false, 'Asia/Jakarta', NOW)).toEqual({ at: 'invalid' });
    expect(proofProblems({ ...draft, at: '2026-12-05T15:00' }, false, 'Asia/Jakarta', NOW)).toEqual({ at: 'future' });
  });

  it("becomes the Content Manager's body, the time read in the agency's zone", () => {
    expect(proofBody('abc123def456', { ...draft, note: '  Dibagikan juga di grup  ' }, 'Asia/Jakarta', null)).toEqual({
      announcement: { connect: [{ documentId: 'abc123def456' }] },
      channel: 'website',
      url: 'https://diskominfo.example.go.id/pengumuman/a',
      channelPublishedAt: '2026-12-05T02:00:00.000Z',
      note: 'Dibagikan juga di grup',
    });
    expect(proofBody('abc123def456', { ...draft, url: ' ' }, 'Asia/Jakarta', 42)).toMatchObject({ url: null, proofFile: 42, note: null });
  });

  it("lists the item's records through the Content Manager's filters", () => {
    expect(proofListUrl('abc123def456')).toBe(
      '/content-manager/collection-types/plugin::ppid.publication-record?page=1&pageSize=100&sort=channelPublishedAt:DESC&filters[$and][0][announcement][documentId][$eq]=abc123def456'
    );
  });
});
