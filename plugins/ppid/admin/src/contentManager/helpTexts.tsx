import type * as React from 'react';

import { HELP_TEXTS, type HelpText as Text } from '../../../shared/help-texts';
import { usePpidIntl } from '../hooks/usePpidIntl';

/** The help text in the admin's language (Indonesian when the admin speaks it, English otherwise). */
export const HelpText = ({ text }: { text: Text }) => {
  const { pick } = usePpidIntl();
  return <>{pick(text)}</>;
};

type Field = { name: string; hint?: React.ReactNode; [k: string]: unknown };
type EditLayout = { layout: Field[][][]; options?: Record<string, any>; [k: string]: unknown };
type HookArgs = { layout: EditLayout; query?: unknown };

/**
 * The Content Manager's edit view hook (`Admin/CM/pages/EditView/mutate-edit-view-layout`): the
 * Content Manager shows a field's stored description as its hint, as raw text
 * (@strapi/content-manager dist/admin/hooks/useDocumentLayout.mjs, `hint: metadata.description`),
 * so the plugin's types (their schema's `pluginOptions.ppid.type`, carried by the layout's options)
 * get, in its place, the same help text in the admin's language (shared/help-texts.ts). A
 * description the agency rewrote (not our Indonesian text) stays as written.
 */
export function translateHelpTexts({ layout, query }: HookArgs): HookArgs {
  const texts = HELP_TEXTS[layout?.options?.ppid?.type as string];
  if (!texts || !Array.isArray(layout.layout)) return { layout, query };
  const field = (f: Field): Field => {
    const text = texts[f.name];
    return text && f.hint === text.id ? { ...f, hint: <HelpText text={text} /> } : f;
  };
  return { layout: { ...layout, layout: layout.layout.map((panel) => panel.map((row) => row.map(field))) }, query };
}
