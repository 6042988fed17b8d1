/**
 * Typed access to the plugin's services and configuration (as Strapi's i18n plugin does): callers
 * name a service of the map in services/index.ts and get its type, without `as any`.
 */
import type { Core } from '@strapi/strapi';
import type { PpidConfig } from '../config';
import type { Services } from '../services';

export type ServiceName = keyof Services;
export type ServiceOf<K extends ServiceName> = ReturnType<Services[K]>;

export const getService = <K extends ServiceName>(strapi: Core.Strapi, name: K): ServiceOf<K> =>
  strapi.plugin('ppid').service<ServiceOf<K>>(name);

/** The plugin's configuration (config/index.ts merged with the app's `plugins.ppid.config`). */
export const getConfig = (strapi: Core.Strapi): PpidConfig => strapi.config.get('plugin::ppid') as PpidConfig;

/** An instant as ISO 8601, or null. */
export const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);
