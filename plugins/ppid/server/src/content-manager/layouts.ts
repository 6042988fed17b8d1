/**
 * How the Content Manager shows the plugin's types to an officer (issue 12 point 2): the list
 * view's columns and default sorting, the field that names an entry (its relation pickers show that
 * name, not an id), and help texts under the fields (in Indonesian, the agency's language: the
 * Content Manager stores one text per field; the admin shows them in the admin's language). Pure:
 * `applyLayout` turns Strapi's stored configuration into ours; content-manager/configure.ts applies it once per layout version.
 */
import { indonesianHelp } from '../../../shared/help-texts';

export type TypeLayout = {
  /** The field that names an entry (the edit view's title, relation pickers elsewhere). */
  mainField: string;
  /** The list view's columns, in order. */
  list: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
  /** Help text per field, shown under it in the edit view (shared/help-texts.ts, in Indonesian). */
  help?: Record<string, string>;
};

/** Bump when a layout below changes: installs then take the new one once (an admin's later edits stay). */
export const LAYOUT_VERSION = 1;

/** Relations to admin users show the person's first name (admin users have no single full-name field). */
export const USER_MAIN_FIELD = 'firstname';

export const LAYOUTS: Record<string, TypeLayout> = {
  announcement: {
    mainField: 'title',
    list: ['title', 'unit', 'infoClass', 'informationDate', 'updatedAt'],
    sortBy: 'updatedAt',
    sortOrder: 'DESC',
    help: indonesianHelp('announcement'),
  },
  'publication-record': {
    mainField: 'url',
    list: ['announcement', 'channel', 'channelPublishedAt', 'url', 'accessible'],
    sortBy: 'channelPublishedAt',
    sortOrder: 'DESC',
    help: indonesianHelp('publication-record'),
  },
  'dip-entry': {
    mainField: 'title',
    list: ['number', 'title', 'holderUnit', 'infoClass', 'year'],
    sortBy: 'number',
    sortOrder: 'ASC',
    help: indonesianHelp('dip-entry'),
  },
  'dip-edition': { mainField: 'title', list: ['year', 'title', 'state', 'entryCount', 'enactedAt'], sortBy: 'year', sortOrder: 'DESC' },
  exclusion: {
    mainField: 'title',
    list: ['title', 'unit', 'article17Letter', 'testedOn', 'exclusionEndsOn'],
    sortBy: 'exclusionEndsOn',
    sortOrder: 'ASC',
    help: indonesianHelp('exclusion'),
  },
  unit: { mainField: 'name', list: ['name', 'code', 'kind', 'parent', 'active'], sortBy: 'name', sortOrder: 'ASC' },
  'position-assignment': {
    mainField: 'officialName',
    list: ['user', 'position', 'unit', 'holding', 'startsOn', 'endsOn'],
    sortBy: 'startsOn',
    sortOrder: 'DESC',
    help: indonesianHelp('position-assignment'),
  },
  'berkala-category': { mainField: 'name', list: ['code', 'name', 'sortOrder', 'active'], sortBy: 'sortOrder', sortOrder: 'ASC' },
  'content-plan': { mainField: 'title', list: ['title', 'unit', 'year', 'quarter', 'state'], sortBy: 'year', sortOrder: 'DESC' },
  'content-plan-item': { mainField: 'title', list: ['title', 'plan', 'unit', 'targetMonth', 'state'], sortBy: 'targetMonth', sortOrder: 'ASC' },
  'backlog-item': { mainField: 'title', list: ['title', 'unit', 'kind', 'priority', 'state', 'dueOn'], sortBy: 'dueOn', sortOrder: 'ASC' },
  'meeting-minute': { mainField: 'title', list: ['title', 'meetingAt', 'unit', 'location'], sortBy: 'meetingAt', sortOrder: 'DESC' },
  'update-request': { mainField: 'title', list: ['number', 'title', 'unit', 'state', 'requestedOn'], sortBy: 'requestedOn', sortOrder: 'DESC' },
  'approval-form': { mainField: 'title', list: ['number', 'title', 'unit', 'state', 'submittedOn'], sortBy: 'submittedOn', sortOrder: 'DESC' },
  evaluation: { mainField: 'title', list: ['title', 'kind', 'unit', 'periodStart', 'state'], sortBy: 'periodStart', sortOrder: 'DESC' },
};

type Attribute = { type: string; target?: string; relation?: string };
type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
export type CmConfiguration = {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, Metadata>;
  layouts?: { list?: string[]; edit?: unknown; [k: string]: unknown };
  [k: string]: unknown;
};

/** The name field of a relation's target: ours from LAYOUTS, the first name for admin users, else none. */
export function relationMainField(target: string | undefined): string | null {
  if (!target) return null;
  if (target === 'admin::user') return USER_MAIN_FIELD;
  const name = target.startsWith('plugin::ppid.') ? target.slice('plugin::ppid.'.length) : null;
  return name && LAYOUTS[name] ? LAYOUTS[name].mainField : null;
}

/**
 * Strapi's stored configuration of a type with our layout applied: main field and default sorting,
 * the list columns (those that exist), relation pickers naming their target, help texts. Everything
 * else (edit layout, other metadata) is kept.
 */
export function applyLayout(config: CmConfiguration, layout: TypeLayout, attributes: Record<string, Attribute>): CmConfiguration {
  const exists = (field: string) => field in attributes || ['createdAt', 'updatedAt', 'publishedAt', 'id', 'documentId'].includes(field);
  const metadatas: Record<string, Metadata> = { ...(config.metadatas ?? {}) };
  for (const [field, attribute] of Object.entries(attributes)) {
    const meta: Metadata = { ...(metadatas[field] ?? {}), edit: { ...(metadatas[field]?.edit ?? {}) }, list: { ...(metadatas[field]?.list ?? {}) } };
    if (attribute.type === 'relation') {
      const main = relationMainField(attribute.target);
      if (main) {
        meta.edit!.mainField = main;
        meta.list!.mainField = main;
      }
    }
    const help = layout.help?.[field];
    if (help) meta.edit!.description = help;
    metadatas[field] = meta;
  }
  return {
    ...config,
    settings: { ...(config.settings ?? {}), mainField: layout.mainField, defaultSortBy: layout.sortBy, defaultSortOrder: layout.sortOrder },
    metadatas,
    layouts: { ...(config.layouts ?? {}), list: layout.list.filter(exists) },
  };
}
