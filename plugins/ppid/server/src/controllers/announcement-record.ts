/**
 * GET /ppid/announcements/:documentId/record.pdf: the printable record of one announcement
 * (documents/announcement-record.ts). Guarded like reading the item's workflow view: the
 * workflow.read action, an admin session, and the view itself (404 for an unknown item).
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { uid } from '../content-types/builders';
import { announcementRecordPdf, type AnnouncementRecord } from '../documents/announcement-record';
import { refuse } from '../errors';
import { getService } from '../utils';
import { agencyOf } from '../workflow/actors';
import { streamAttachment, type Ctx } from './http';
import { documentIdParam, sessionUser } from './session';
type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const zone = () => strapi.config.get('plugin::ppid.timezone') as string;
  const when = (v: unknown) => (v ? DateTime.fromJSDate(new Date(v as string), { zone: zone() }).toFormat('dd/MM/yyyy HH:mm') : null);
  const label = (v: unknown) => (v && typeof v === 'object' ? ((v as Row).id ?? (v as Row).en ?? null) : (v as string | null));

  return {
    async record(ctx: Ctx) {
      if (Object.keys(ctx.query ?? {}).length) refuse(400, 'Rute ini tidak menerima parameter / this route takes no query parameters');
      const documentId = documentIdParam(ctx);
      const user = await sessionUser(strapi, ctx);
      await getService(strapi, 'membership').assertItemReader('announcement', documentId, user);

      const rows: Row[] = await strapi.db.query(uid('announcement')).findMany({
        where: { documentId },
        populate: { unit: { select: ['id', 'code', 'name'] }, drafter: { select: ['firstname', 'lastname'] } },
      });
      if (!rows.length) refuse(404, `Pengumuman "${documentId}" tidak ditemukan / no announcement "${documentId}"`);
      const draft = rows.find((r) => !r.publishedAt) ?? rows[0];
      const published = rows.find((r) => r.publishedAt);
      const view: Row = await getService(strapi, 'workflow-views').view('announcement', documentId, user);
      const history: Row[] = await getService(strapi, 'workflow-views').history('announcement', documentId);
      const proofs: Row[] = await strapi.db.query(uid('publication-record')).findMany({
        where: { announcement: { documentId } },
        populate: { recordedBy: { select: ['firstname', 'lastname'] } },
        orderBy: [{ channelPublishedAt: 'asc' }, { id: 'asc' }],
      });
      const person = (u: Row | null | undefined) => (u ? [u.firstname, u.lastname].filter(Boolean).join(' ') : null);
      // The letterhead is the agency the announcement's unit belongs to (the top of its unit chain).
      const org = await getService(strapi, 'membership').snapshot();
      const agencyId = draft.unit?.id ? agencyOf(org.units, draft.unit.id) : null;
      const agency = agencyId !== null ? org.units.get(agencyId) ?? null : null;

      const record: AnnouncementRecord = {
        agency: agency ? { name: agency.name } : null,
        title: draft.title,
        slug: draft.slug,
        infoClass: draft.infoClass,
        unit: draft.unit?.name ?? null,
        drafter: person(draft.drafter),
        informationDate: draft.informationDate ? String(draft.informationDate).slice(0, 10) : null,
        publishedAt: when(published?.publishedAt),
        summary: draft.summary,
        body: draft.body ?? '',
        workflow: view.workflow
          ? { name: label(view.workflow.name), sop: view.workflow.sop?.number ?? null, stage: label(view.state?.stageName), status: view.state?.status ?? null }
          : null,
        disposisi: view.state ? { assignee: view.state.assignee?.name ?? null, agendaNumber: view.state.agendaNumber ?? null } : null,
        steps: history.map((h) => ({
          from: h.from, to: h.to, action: h.action, actor: h.actor?.name ?? null, position: h.position, unit: h.unit?.name ?? null, reason: h.reason, at: when(h.createdAt ?? h.leftAt),
        })),
        proofs: proofs.map((p) => ({ channel: p.channel, url: p.url, publishedAt: when(p.channelPublishedAt), recordedBy: person(p.recordedBy), note: p.note })),
        printedAt: when(new Date().toISOString()) as string,
      };
      const filename = `rekam-jejak-${String(draft.slug ?? documentId).replace(/[^a-z0-9-]+/gi, '-')}.pdf`;
      streamAttachment(ctx, strapi.log, { filename, type: 'application/pdf', audience: 'admin', what: `announcement record ${documentId}` }, (out) => announcementRecordPdf(record, out));
    },
  };
};
