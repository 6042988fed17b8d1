/**
 * Strapi's announcement banners (today: "Introducing the new Media Library", with a link to a blog
 * post) are product marketing, not PPID work: the app marks them dismissed for every admin user, as
 * the banner's own Close button would. Strapi keys the dismissal by the banner and the instance's
 * uuid (from GET /admin/init; `undefined` until that answer arrives), in localStorage.
 */
export const DISMISSED_BANNERS = ['STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true', 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false'];
export const UUID_STORAGE_KEY = 'ppid-instance-uuid';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function dismissBanners(storage: Store, uuid: string | null | undefined): void {
  for (const banner of DISMISSED_BANNERS) {
    for (const scope of new Set(['undefined', String(uuid ?? 'undefined')])) storage.setItem(`${banner}:${scope}`, 'true');
  }
}

/** Dismisses at once for the uuid seen last time, then for the instance's uuid as the server reports it. */
export async function dismissBannersOnce(storage: Store, fetchInit: () => Promise<{ data?: { uuid?: unknown } }>): Promise<void> {
  dismissBanners(storage, storage.getItem(UUID_STORAGE_KEY));
  try {
    const uuid = (await fetchInit())?.data?.uuid;
    if (uuid === undefined || uuid === null) return;
    storage.setItem(UUID_STORAGE_KEY, String(uuid));
    dismissBanners(storage, String(uuid));
  } catch {
    // Offline or refused: the banner keeps its own Close button.
  }
}
