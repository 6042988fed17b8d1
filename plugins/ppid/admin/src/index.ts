import { PpidIcon } from './components/PpidIcon';
import { HOME_WIDGETS } from './home/widgets';
import { WorkflowPanel } from './panel/WorkflowPanel';
import { addStageColumns } from './contentManager/stageColumns';
import { formatPluginCells } from './contentManager/listCells';
import { translateHelpTexts } from './contentManager/helpTexts';
import { withoutPublishForWorkflowTypes } from './utils/publishActions';
import { PLUGIN_ID } from './pluginId';
import { contentTypeMessages, enumValueMessages } from './utils/contentTypeLabels';
import contentTypesId from './translations/content-types.id.json';
import enumValues from './translations/enum-values.json';

type TranslationModule = { default: Record<string, string> };

/** Prefixes the plugin's keys so they cannot collide with other plugins' translations. */
const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v]));

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'PPID' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PpidIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'PPID' },
      permissions: [{ action: 'plugin::ppid.workflow.read', subject: null }],
      Component: () => import('./pages/App'),
    });
    // The PPID home: our widgets first on the admin's home page (Strapi's own follow).
    if (typeof app.widgets?.register === 'function') app.widgets.register((existing: unknown[]) => [...HOME_WIDGETS, ...existing]);
  },
  bootstrap(app: any) {
    // The workflow side panel in the Content Manager's edit view (announcement, dip-entry, content-plan, backlog-item).
    const contentManager = app.getPlugin('content-manager');
    if (typeof contentManager?.apis?.addEditViewSidePanel === 'function') {
      contentManager.apis.addEditViewSidePanel([WorkflowPanel]);
    }
    // The list views of those types show each item's review stage and due time.
    if (typeof app.registerHook === 'function') {
      app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addStageColumns);
      // Their enumeration values as words and their dates short, in the agency's zone.
      app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', formatPluginCells);
      // The help texts under their fields in the admin's language (the stored description is Indonesian).
      app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', translateHelpTexts);
    }
    // Their own Publish buttons would only be refused: the workflow's publish step is in the panel.
    if (typeof contentManager?.apis?.addDocumentAction === 'function') contentManager.apis.addDocumentAction(withoutPublishForWorkflowTypes);
    if (typeof contentManager?.apis?.addBulkAction === 'function') contentManager.apis.addBulkAction(withoutPublishForWorkflowTypes);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as TranslationModule;
          // Indonesian names for the plugin's content types and fields in the Content Manager.
          const names = locale === 'id' ? contentTypeMessages(contentTypesId as any) : {};
          // Enumeration values as words in the Content Manager (`serta_merta` reads "Serta merta").
          const values = enumValueMessages(locale, data, enumValues as any);
          return { data: { ...values, ...prefixed(data), ...names }, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
