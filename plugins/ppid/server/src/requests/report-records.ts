/**
 * Issued service reports are records: whatever the path (db.query included), a row is never deleted
 * and its figures, PDF, signer, year and agency never change. Superseding it (a corrected
 * re-issue) changes only its state, its `currentKey` and `supersededAt` (SERVICE_REPORT_MUTABLE).
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { SERVICE_REPORT_MUTABLE } from '../content-types/service-report';

/** The columns of an update that an issued report may not change (pure). */
export const frozenColumns = (data: Record<string, unknown> | null | undefined): string[] =>
  Object.keys(data ?? {}).filter((k) => !(SERVICE_REPORT_MUTABLE as readonly string[]).includes(k));

export function protectServiceReports(strapi: Core.Strapi) {
  const noDelete = () => {
    throw new Error('ppid: an issued service report is never deleted (issue a correction instead)');
  };
  const onlySupersede = (event: { params?: { data?: Record<string, unknown> } }) => {
    const frozen = frozenColumns(event.params?.data);
    if (frozen.length) throw new Error(`ppid: an issued service report does not change (${frozen.join(', ')}); issue a correction instead`);
  };
  strapi.db.lifecycles.subscribe({
    models: [uid('service-report')],
    beforeUpdate: onlySupersede,
    beforeUpdateMany: onlySupersede,
    beforeDelete: noDelete,
    beforeDeleteMany: noDelete,
  });
}
