/**
 * Files of an item that is in review or published cannot be replaced or deleted behind the
 * engine's back: the Media Library's "replace" writes the new bytes under the same URL, and
 * "delete" removes them, before the database is touched, so the check wraps the upload service
 * itself (every path: admin Media Library, bulk delete, content API, code). The same holds for the
 * files of a signed form or of minutes reported to the head.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WorkflowForbidden } from '../errors';
import { SUBJECTS, subjectByUid } from '../workflow/subjects';
import { frozenReason, RECORD_TYPES, type RecordType } from '../website/records';

const FILE = 'plugin::upload.file';
const RECORD = uid('publication-record');
const RECORDS = new Map<string, RecordType>(RECORD_TYPES.map((t) => [uid(t), t]));
type Link = { related_type: string; related_id: number };

export function itemFilesGuard(strapi: Core.Strapi) {
  /** The workflow items this file belongs to, with why each one holds it; [] when it is free. */
  async function holders(fileId: number): Promise<string[]> {
    const meta: any = strapi.db.metadata.get(FILE);
    const join = meta.attributes.related.joinTable;
    const links: Link[] = await strapi.db
      .connection(join.name)
      .select(`${join.morphColumn.typeColumn.name} as related_type`, `${join.morphColumn.idColumn.name} as related_id`)
      .where(join.joinColumn.name, fileId);
    const out: string[] = [];
    for (const link of links) {
      let model = link.related_type;
      let row: any = await strapi.db.query(model).findOne({ where: { id: link.related_id }, select: ['documentId'] });
      if (model === RECORD && row) {
        const rec: any = await strapi.db.query(RECORD).findOne({ where: { id: link.related_id }, populate: { announcement: { select: ['documentId'] } } });
        model = SUBJECTS.announcement.uid;
        row = rec?.announcement ?? null;
      }
      const record = RECORDS.get(model);
      if (record && row?.documentId) {
        // The web SOP's records: a signed form or reported minutes keep their files (website/records.ts).
        const frozen = frozenReason(record, await strapi.db.query(model).findOne({ where: { id: link.related_id } }));
        if (frozen) out.push(`${record} ${row.documentId} (${frozen.en.replace(/\.$/, '')})`);
        continue;
      }
      const spec = subjectByUid(model);
      if (!spec || !row?.documentId) continue;
      const published = spec.draftAndPublish && (await strapi.db.query(spec.uid).count({ where: { documentId: row.documentId, publishedAt: { $notNull: true } } })) > 0;
      const inst: any = await strapi.db.query(uid('workflow-instance')).findOne({ where: { subjectType: spec.type, subjectDocumentId: row.documentId } });
      let inReview = false;
      if (inst?.status === 'active') {
        const def: any = await strapi.db.query(uid('workflow')).findOne({ where: { key: inst.workflowKey, version: inst.workflowVersion } });
        const kind = def?.definition?.stages?.find((s: any) => s.key === inst.stage)?.kind;
        inReview = kind === 'review' || kind === 'publishing';
      }
      if (published || inReview || inst?.status === 'published') out.push(`${spec.type} ${row.documentId} (${published || inst?.status === 'published' ? 'published' : `in review at stage "${inst.stage}"`})`);
    }
    return out;
  }

  async function refuseIfHeld(fileId: unknown, what: 'replaced' | 'deleted') {
    const id = Number(fileId);
    if (!Number.isInteger(id)) return;
    const held = await holders(id);
    if (held.length) {
      throw new WorkflowForbidden(`This file belongs to ${held.join(', ')}: it cannot be ${what} now. Attach a new file to the item's draft instead; the change then goes through review`, {
        items: held,
      });
    }
  }

  return {
    holders,
    /** Wraps the upload service's replace and remove (call in register). */
    install() {
      (strapi.get('services') as any).extend('plugin::upload.upload', (service: any) => ({
        ...service,
        async replace(id: unknown, ...rest: unknown[]) {
          await refuseIfHeld(id, 'replaced');
          return service.replace(id, ...rest);
        },
        async remove(file: { id?: unknown }, ...rest: unknown[]) {
          await refuseIfHeld(file?.id, 'deleted');
          return service.remove(file, ...rest);
        },
      }));
    },
  };
}
