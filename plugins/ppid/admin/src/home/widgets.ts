import { Bell, CheckCircle, Clock } from '@strapi/icons';

import { PLUGIN_ID } from '../pluginId';

const READ = [{ action: 'plugin::ppid.workflow.read' }];
const msg = (key: string, defaultMessage: string) => ({ id: `${PLUGIN_ID}.${key}`, defaultMessage });

/**
 * The PPID home: three widgets on the admin's home page, before Strapi's own, for whoever may read
 * the workflows: what awaits me, my units' items in review, the alerts addressed to me.
 */
export const HOME_WIDGETS = [
  {
    id: 'awaiting',
    pluginId: PLUGIN_ID,
    icon: CheckCircle,
    title: msg('home.awaiting.title', 'Awaiting my action'),
    link: { label: msg('home.awaiting.link', 'Open the inbox'), href: `/plugins/${PLUGIN_ID}/inbox` },
    permissions: READ,
    component: async () => (await import('./HomeWidgets')).AwaitingWidget,
  },
  {
    id: 'in-review',
    pluginId: PLUGIN_ID,
    icon: Clock,
    title: msg('home.inReview.title', "My units' items in review"),
    link: { label: msg('home.inReview.link', 'Open the board'), href: `/plugins/${PLUGIN_ID}/board` },
    permissions: READ,
    component: async () => (await import('./HomeWidgets')).UnitItemsWidget,
  },
  {
    id: 'alerts',
    pluginId: PLUGIN_ID,
    icon: Bell,
    title: msg('home.alerts.title', 'Compliance alerts for me'),
    link: { label: msg('home.alerts.link', 'Open compliance'), href: `/plugins/${PLUGIN_ID}/compliance` },
    permissions: READ,
    component: async () => (await import('./HomeWidgets')).AlertsWidget,
  },
];
