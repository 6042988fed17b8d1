/**
 * Applies content-manager/layouts.ts to Strapi's stored Content Manager configuration of each of the
 * plugin's types, once per LAYOUT_VERSION (the plugin's store remembers which version each type
 * got): what an agency's admin changes afterwards in "Configure the view" stays.
 */
import type { Core } from '@strapi/strapi';
import { applyLayout, LAYOUT_VERSION, LAYOUTS, type CmConfiguration } from './layouts';

const STORE_KEY = 'content-manager-layouts';

export async function configureContentManager(strapi: Core.Strapi): Promise<string[]> {
  const cm = strapi.plugin('content-manager')?.service('content-types') as
    | { findConfiguration: (ct: { uid: string }) => Promise<CmConfiguration>; updateConfiguration: (ct: { uid: string }, c: CmConfiguration) => Promise<unknown>; syncConfigurations: () => Promise<void> }
    | undefined;
  if (!cm) return [];
  const store = strapi.store({ type: 'plugin', name: 'ppid', key: STORE_KEY });
  const applied = ((await store.get({})) as Record<string, number> | null) ?? {};
  const pending = Object.keys(LAYOUTS).filter((name) => strapi.contentTypes[`plugin::ppid.${name}` as any] && (applied[name] ?? 0) < LAYOUT_VERSION);
  if (!pending.length) return [];
  const done: string[] = [];
  for (const name of pending) {
    const uid = `plugin::ppid.${name}`;
    let current = await cm.findConfiguration({ uid });
    // The Content Manager writes its default configuration in its own bootstrap: make sure it exists.
    if (!current?.layouts?.list) {
      await cm.syncConfigurations();
      current = await cm.findConfiguration({ uid });
    }
    const { uid: _uid, ...config } = current as CmConfiguration & { uid?: string };
    await cm.updateConfiguration({ uid }, applyLayout(config, LAYOUTS[name], (strapi.contentTypes as any)[uid].attributes));
    applied[name] = LAYOUT_VERSION;
    done.push(name);
  }
  await store.set({ value: applied });
  return done;
}
