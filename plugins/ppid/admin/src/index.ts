import { PLUGIN_ID } from './pluginId';

type TranslationModule = { default: Record<string, string> };

/** Prefixes the plugin's keys so they cannot collide with other plugins' translations. */
const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v]));

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'PPID' });
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as TranslationModule;
          return { data: prefixed(data), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
