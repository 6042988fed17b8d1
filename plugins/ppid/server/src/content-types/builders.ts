/**
 * Small builders for content-type schemas, so that enumerations come from domain/constants.ts
 * (one list, used by schemas, validators and the public API alike).
 */
import { WORKFLOW_SUBJECTS } from '../../../shared/lists';

export const PLUGIN = 'ppid';
export const uid = (name: string) => `plugin::${PLUGIN}.${name}`;

export const enumeration = (values: readonly string[], extra: Record<string, unknown> = {}) => ({
  type: 'enumeration',
  enum: [...values],
  ...extra,
});

export const str = (extra: Record<string, unknown> = {}) => ({ type: 'string', maxLength: 255, ...extra });
export const text = (maxLength: number, extra: Record<string, unknown> = {}) => ({ type: 'text', maxLength, ...extra });
export const richtext = (extra: Record<string, unknown> = {}) => ({ type: 'richtext', ...extra });

export const manyToOne = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'relation',
  relation: 'manyToOne',
  target: name.includes('::') ? name : uid(name),
  ...extra,
});
export const oneToMany = (name: string, mappedBy: string) => ({
  type: 'relation',
  relation: 'oneToMany',
  target: uid(name),
  mappedBy,
});
/** A reference to an admin user (a civil servant using the CMS). Never exposed by the public API. */
export const adminUser = (extra: Record<string, unknown> = {}) => ({
  type: 'relation',
  relation: 'manyToOne',
  target: 'admin::user',
  ...extra,
});

export const media = (multiple: boolean, allowedTypes = ['images', 'files']) => ({
  type: 'media',
  multiple,
  required: false,
  allowedTypes,
});

export const i18nOff = { i18n: { localized: false } };

export const contentType = (def: {
  singularName: string;
  pluralName: string;
  displayName: string;
  description: string;
  draftAndPublish?: boolean;
  visible?: boolean;
  /** Extra btree indexes for the public read paths (columns are snake_case). */
  indexes?: { name: string; columns: string[]; type?: 'unique' }[];
  attributes: Record<string, unknown>;
}) => ({
  kind: 'collectionType',
  collectionName: `ppid_${def.pluralName.replace(/-/g, '_')}`,
  info: {
    singularName: def.singularName,
    pluralName: def.pluralName,
    displayName: def.displayName,
    description: def.description,
  },
  options: { draftAndPublish: def.draftAndPublish ?? false },
  pluginOptions: {
    'content-manager': { visible: def.visible ?? true },
    'content-type-builder': { visible: false },
    // Read by the admin (the Content Manager's layouts carry a type's plugin options, not its uid):
    // the edit view's help texts follow the admin's language, and the list view of a type a workflow
    // carries gets the stage and due columns (admin/src/contentManager).
    ppid: { type: def.singularName, ...((WORKFLOW_SUBJECTS as readonly string[]).includes(def.singularName) ? { workflow: true } : {}) },
  },
  ...(def.indexes ? { indexes: def.indexes } : {}),
  attributes: def.attributes,
});
