import { PLUGIN_ID } from '../pluginId';

/** The translation id of one of the plugin's keys (the JSON files hold them without the prefix). */
export const getTrad = (key: string) => `${PLUGIN_ID}.${key}`;
