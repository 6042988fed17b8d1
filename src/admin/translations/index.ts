/**
 * The Indonesian strings the app adds to Strapi's admin: for each Strapi package, the keys its own
 * `id` file lacks (see scripts/i18n-coverage.js), keyed as in the package's `en.json` and prefixed
 * here as the admin prefixes that package's keys (`content-manager.`, `upload.`, ...).
 */
import admin from './id/admin.json';
import contentManager from './id/content-manager.json';
import upload from './id/upload.json';
import i18n from './id/i18n.json';
import contentReleases from './id/content-releases.json';
import reviewWorkflows from './id/review-workflows.json';
import strapiCode from './id/strapi-code.json';
import usersPermissions from './id/users-permissions.json';
import email from './id/email.json';
import contentTypeBuilder from './id/content-type-builder.json';

type Messages = Record<string, string>;

/** Package name -> [prefix of its keys in the admin, our strings]. */
export const INDONESIAN: Record<string, [string, Messages]> = {
  admin: ['', admin],
  'content-manager': ['content-manager', contentManager],
  upload: ['upload', upload],
  i18n: ['i18n', i18n],
  'content-releases': ['content-releases', contentReleases],
  'review-workflows': ['review-workflows', reviewWorkflows],
  'users-permissions': ['users-permissions', usersPermissions],
  email: ['email', email],
  'content-type-builder': ['content-type-builder', contentTypeBuilder],
};

export const prefixed = (prefix: string, messages: Messages): Messages =>
  prefix ? Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${prefix}.${key}`, value])) : { ...messages };

/**
 * Keys Strapi's code looks up that are in none of its English files (the code carries the English as
 * a default message), e.g. the Content Manager's search box: `search.placeholder`.
 */
export const STRAPI_CODE: Messages = strapiCode;

/** Every string as the admin looks it up. */
export const indonesian = (): Messages =>
  Object.values(INDONESIAN).reduce<Messages>((all, [prefix, messages]) => ({ ...all, ...prefixed(prefix, messages) }), { ...STRAPI_CODE });

/** Where the admin keeps the interface language between visits (Strapi's key). */
export const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

/** The language of a browser that never chose one: Indonesian, so the login page opens in Indonesian. */
export const DEFAULT_LANGUAGE = 'id';

export function defaultLanguage(storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  if (!storage.getItem(LANGUAGE_STORAGE_KEY)) storage.setItem(LANGUAGE_STORAGE_KEY, DEFAULT_LANGUAGE);
}
