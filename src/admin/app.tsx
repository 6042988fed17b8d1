/**
 * The app's admin customisation: the admin speaks Bahasa Indonesia (default) and English. Strapi's
 * own Indonesian strings are completed with ours (./translations), and a browser that never chose a
 * language opens the login page in Indonesian; after login the admin follows the user's
 * "Interface language" (profile page). Strapi's marketing banners are dismissed for everyone
 * (./banners).
 */
import { dismissBannersOnce } from './banners';
import { defaultLanguage, indonesian } from './translations';

export default {
  config: {
    locales: ['id'],
    translations: { id: indonesian() },
  },
  register() {
    // Runs before the admin reads the stored language to render.
    try {
      defaultLanguage(window.localStorage);
    } catch {
      // No storage (private mode): Strapi falls back to English.
    }
    try {
      const backend = (window as any).strapi?.backendURL ?? '';
      void dismissBannersOnce(window.localStorage, () => fetch(`${backend}/admin/init`).then((r) => r.json()));
    } catch {
      // No storage: the banner keeps its own Close button.
    }
  },
  bootstrap() {},
};
