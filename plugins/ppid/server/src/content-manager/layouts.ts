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

/**
 * Bump when a layout below changes: an install then takes the new one once, for each type whose list
 * view is still untouched (Strapi's default, or a layout an earlier version wrote: EARLIER_LISTS);
 * a list view the agency changed in "Configure the view" stays as it is.
 */
export const LAYOUT_VERSION = 2;

/** Relations to admin users show the person's first name (admin users have no single full-name field). */
export const USER_MAIN_FIELD = 'firstname';

/*
 * The list views of the types a workflow carries get two more columns from the admin (review stage
 * and due, admin/src/contentManager/stageColumns.tsx) and the Content Manager's status: their own
 * columns stay at four at most, so that the table fits a 1366-1440 px laptop screen without scrolling sideways.
 */
export const LAYOUTS: Record<string, TypeLayout> = {
  announcement: {
    mainField: 'title',
    // Newest change first; the time of the change itself is in the edit view.
    list: ['title', 'unit', 'infoClass'],
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
    // In the register's order (its number: shown in the edit view and the DIP page).
    list: ['title', 'holderUnit', 'infoClass'],
    sortBy: 'number',
    sortOrder: 'ASC',
    help: indonesianHelp('dip-entry'),
  },
  'dip-edition': { mainField: 'title', list: ['year', 'title', 'state', 'enactedAt'], sortBy: 'year', sortOrder: 'DESC' },
  exclusion: {
    mainField: 'title',
    list: ['title', 'unit', 'article17Letter', 'testedOn', 'exclusionEndsOn'],
    sortBy: 'exclusionEndsOn',
    sortOrder: 'ASC',
    help: indonesianHelp('exclusion'),
  },
  'exclusion-list': { mainField: 'title', list: ['year', 'title', 'agency', 'state'], sortBy: 'year', sortOrder: 'DESC' },
  unit: { mainField: 'name', list: ['name', 'code', 'kind', 'parent', 'active'], sortBy: 'name', sortOrder: 'ASC' },
  'position-assignment': {
    mainField: 'officialName',
    list: ['user', 'position', 'unit', 'holding', 'startsOn'],
    sortBy: 'startsOn',
    sortOrder: 'DESC',
    help: indonesianHelp('position-assignment'),
  },
  'berkala-category': { mainField: 'name', list: ['code', 'name', 'sortOrder', 'active'], sortBy: 'sortOrder', sortOrder: 'ASC' },
  'content-plan': { mainField: 'title', list: ['title', 'unit', 'year', 'quarter'], sortBy: 'year', sortOrder: 'DESC' },
  'content-plan-item': { mainField: 'title', list: ['title', 'plan', 'unit', 'targetMonth', 'state'], sortBy: 'targetMonth', sortOrder: 'ASC' },
  'backlog-item': { mainField: 'title', list: ['title', 'unit', 'priority', 'dueOn'], sortBy: 'dueOn', sortOrder: 'ASC' },
  'meeting-minute': { mainField: 'title', list: ['title', 'meetingAt', 'unit', 'location'], sortBy: 'meetingAt', sortOrder: 'DESC' },
  'update-request': { mainField: 'title', list: ['number', 'title', 'unit', 'state', 'requestedOn'], sortBy: 'requestedOn', sortOrder: 'DESC' },
  'approval-form': { mainField: 'title', list: ['number', 'title', 'unit', 'state', 'submittedOn'], sortBy: 'submittedOn', sortOrder: 'DESC' },
  evaluation: { mainField: 'title', list: ['title', 'kind', 'unit', 'periodStart', 'state'], sortBy: 'periodStart', sortOrder: 'DESC' },
};

/** A list view's columns and default sorting: what tells an untouched list view from a customised one. */
export type ListView = { list: string[]; sortBy: string; sortOrder: string };

/** The list views earlier layout versions wrote where the current one differs (version 1). */
export const EARLIER_LISTS: Record<string, ListView[]> = {
  announcement: [{ list: ['title', 'unit', 'infoClass', 'informationDate', 'updatedAt'], sortBy: 'updatedAt', sortOrder: 'DESC' }],
  'dip-entry': [{ list: ['number', 'title', 'holderUnit', 'infoClass', 'year'], sortBy: 'number', sortOrder: 'ASC' }],
  'dip-edition': [{ list: ['year', 'title', 'state', 'entryCount', 'enactedAt'], sortBy: 'year', sortOrder: 'DESC' }],
  'content-plan': [{ list: ['title', 'unit', 'year', 'quarter', 'state'], sortBy: 'year', sortOrder: 'DESC' }],
  'backlog-item': [{ list: ['title', 'unit', 'kind', 'priority', 'state', 'dueOn'], sortBy: 'dueOn', sortOrder: 'ASC' }],
  'position-assignment': [{ list: ['user', 'position', 'unit', 'holding', 'startsOn', 'endsOn'], sortBy: 'startsOn', sortOrder: 'DESC' }],
};

/** The Content Manager's attributes of a type (its `data-mapper` model: `id`, the visible fields, timestamps, `documentId`). */
type CmAttribute = { type: string; relationType?: string };

const NON_LISTABLE = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
const LISTABLE_RELATIONS = ['oneToOne', 'oneToMany', 'manyToOne', 'manyToMany'];

/**
 * The list view the Content Manager creates for a type it has no configuration for
 * (@strapi/content-manager dist/server/services/utils/configuration: the first four listable
 * attributes, sorted by the main field, the first string attribute, ascending).
 */
export function strapiDefaultList(cmAttributes: Record<string, CmAttribute>): ListView {
  const names = Object.keys(cmAttributes);
  const listable = names.filter((name) => {
    const a = cmAttributes[name];
    if (name === 'documentId' || NON_LISTABLE.includes(a.type)) return false;
    return a.type !== 'relation' || LISTABLE_RELATIONS.includes(a.relationType ?? '');
  });
  const mainField = names.find((name) => cmAttributes[name].type === 'string' && name !== 'id') ?? 'id';
  return { list: listable.slice(0, 4), sortBy: mainField, sortOrder: 'ASC' };
}

/** A stored configuration's list view. */
export function listViewOf(config: CmConfiguration): ListView {
  return {
    list: config.layouts?.list ?? [],
    sortBy: String(config.settings?.defaultSortBy ?? ''),
    sortOrder: String(config.settings?.defaultSortOrder ?? ''),
  };
}

const same = (a: ListView, b: ListView) => a.sortBy === b.sortBy && a.sortOrder === b.sortOrder && a.list.length === b.list.length && a.list.every((f, i) => f === b.list[i]);

/**
 * Whether the plugin may write its layout over a type's stored list view: only while nobody changed
 * it, that is while it is still the Content Manager's default or one the plugin wrote itself
 * (any version). An agency's own columns or sorting are never overwritten.
 */
export function isUntouched(current: ListView, strapiDefault: ListView, name: string): boolean {
  const ours = [...(EARLIER_LISTS[name] ?? []), ...(LAYOUTS[name] ? [{ list: LAYOUTS[name].list, sortBy: LAYOUTS[name].sortBy, sortOrder: LAYOUTS[name].sortOrder }] : [])];
  return [strapiDefault, ...ours].some((view) => same(view, current));
}

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
