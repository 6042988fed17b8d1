import { DISMISSED_BANNERS, dismissBanners, dismissBannersOnce, UUID_STORAGE_KEY } from '../../src/admin/banners';

const store = () => {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

describe("Strapi's marketing banners are dismissed for every admin user", () => {
  it('marks each banner dismissed for the instance uuid and before the uuid is known', () => {
    const s = store();
    dismissBanners(s, 'abc');
    expect([...s.data.keys()].sort()).toEqual(DISMISSED_BANNERS.flatMap((b) => [`${b}:abc`, `${b}:undefined`]).sort());
    expect(new Set(s.data.values())).toEqual(new Set(['true']));
  });

  it("remembers the server's uuid, and keeps working when /admin/init cannot be read", async () => {
    const s = store();
    await dismissBannersOnce(s, async () => ({ data: { uuid: 'b8c4-demo' } }));
    expect(s.getItem(UUID_STORAGE_KEY)).toBe('b8c4-demo');
    expect(s.getItem(`${DISMISSED_BANNERS[0]}:b8c4-demo`)).toBe('true');
    const offline = store();
    offline.setItem(UUID_STORAGE_KEY, 'seen-before');
    await dismissBannersOnce(offline, async () => {
      throw new Error('offline');
    });
    expect(offline.getItem(`${DISMISSED_BANNERS[1]}:seen-before`)).toBe('true');
  });
});
