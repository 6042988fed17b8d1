/**
 * Applies content-manager/layouts.ts to Strapi's stored Content Manager configuration of each of the
 * plugin's types, once per LAYOUT_VERSION (the plugin's store remembers which version each type
 * got), and only to a type whose list view is still untouched (Strapi's default or a layout the
 * plugin wrote): what an agency's admin changed in "Configure the view" stays.
 */
import type { Core } from '@strapi/strapi';
import { applyLayout, isUntouched, LAYOUT_VERSION, LAYOUTS, listViewOf, strapiDefaultList, type CmConfiguration } from './layouts';

const STORE_KEY = 'content-manager-layouts';

type CmContentTypes = {
  findConfiguration: (ct: { uid: string }) => Promise<CmConfiguration>;
  updateConfiguration: (ct: { uid: string }, c: CmConfiguration) => Promise<unknown>;
  syncConfigurations: () => Promise<void>;
};
type CmDataMapper = { toContentManagerModel: (ct: unknown) => { attributes: Record<string, { type: string; relationType?: string }> } };

/** The types whose layout was written now (`applied`) and those left as the agency set them (`kept`). */
export type ConfigureResult = { applied: string[]; kept: string[] };

export async function configureContentManager(strapi: Core.Strapi): Promise<ConfigureResult> {
  const plugin = strapi.plugin('content-manager');
  const cm = plugin?.service('content-types') as CmContentTypes | undefined;
  const mapper = plugin?.service('data-mapper') as CmDataMapper | undefined;
  const result: ConfigureResult = { applied: [], kept: [] };
  if (!cm || !mapper) return result;
  const store = strapi.store({ type: 'plugin', name: 'ppid', key: STORE_KEY });
  const versions = ((await store.get({})) as Record<string, number> | null) ?? {};
  const pending = Object.keys(LAYOUTS).filter((name) => strapi.contentTypes[`plugin::ppid.${name}` as any] && (versions[name] ?? 0) < LAYOUT_VERSION);
  if (!pending.length) return result;
  for (const name of pending) {
    const uid = `plugin::ppid.${name}`;
    const contentType = (strapi.contentTypes as any)[uid];
    let current = await cm.findConfiguration({ uid });
    // The Content Manager writes its default configuration in its own bootstrap: make sure it exists.
    if (!current?.layouts?.list) {
      await cm.syncConfigurations();
      current = await cm.findConfiguration({ uid });
    }
    if (isUntouched(listViewOf(current), strapiDefaultList(mapper.toContentManagerModel(contentType).attributes), name)) {
      const { uid: _uid, ...config } = current as CmConfiguration & { uid?: string };
      await cm.updateConfiguration({ uid }, applyLayout(config, LAYOUTS[name], contentType.attributes));
      result.applied.push(name);
    } else {
      result.kept.push(name);
    }
    versions[name] = LAYOUT_VERSION;
  }
  await store.set({ value: versions });
  if (result.kept.length) strapi.log.info(`[ppid] Content Manager list views kept as the agency set them: ${result.kept.join(', ')}`);
  return result;
}
