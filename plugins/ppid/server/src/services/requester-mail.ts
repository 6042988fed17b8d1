/**
 * Telling the requester (issue 14; the rules in notifications/requester-mail.ts): `tell(step, id)`
 * queues the step's mail in the notification outbox (joining the caller's transaction, so the mail
 * exists exactly when the step does; the outbox retries and keeps it in the dev mailbox without
 * SMTP), when the requester gave an e-mail address and their identity data is not erased. The
 * letters are not stored: the row names them and `attachments()` renders the PDFs when the mail is
 * sent (services/notifications.ts), without the requester's address and contact.
 */
import type { Core } from '@strapi/strapi';
import { PassThrough } from 'stream';
import { DateTime } from 'luxon';
import { uid } from '../content-types/builders';
import { letterPdf } from '../requests/letters';
import { REQUESTER_STEPS, trackingUrl, type RequesterPayload, type RequesterStep } from '../notifications/requester-mail';
import { getConfig, getService } from '../utils';

type Row = Record<string, any>;
const REQ = uid('info-request');
const OBJ = uid('objection');
const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Steps that happen once per request or objection (any other may repeat: asked twice to complete it...). */
const ONCE: RequesterStep[] = ['registered', 'objection-registered', 'notice', 'delivered', 'closed', 'objection-decided'];

export type MailAttachment = { filename: string; content: Buffer; contentType: string };

const day = (v: unknown) => (v ? String(v instanceof Date ? v.toISOString() : v).slice(0, 10) : undefined);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const localDay = (v: unknown) => (v ? (DateTime.fromJSDate(new Date(v as string), { zone: getConfig(strapi).timezone }).toISODate() as string) : undefined);
  /** The public site's address (`server.url`, PUBLIC_URL): the tracking link is left out without it. */
  const siteUrl = () => String(strapi.config.get('server.url', '') ?? '');

  /** The request (and the objection, for its steps) a step is about. */
  async function rowsOf(subject: 'info-request' | 'objection', documentId: string): Promise<{ request: Row | null; objection: Row | null }> {
    if (subject === 'objection') {
      const objection: Row | null = await strapi.db.query(OBJ).findOne({ where: { documentId }, populate: { request: true } });
      return { request: objection?.request ?? null, objection };
    }
    return { request: await strapi.db.query(REQ).findOne({ where: { documentId }, populate: { objections: { select: ['state'] } } }), objection: null };
  }

  /** The objection's last day once the request was delivered (its filing window runs from the delivery: request-intake `filing`). */
  function objectionBy(request: Row): string | undefined {
    if (!request.deliveredAt) return undefined;
    const verdict = getService(strapi, 'request-intake').filing(request, new Date(request.deliveredAt));
    return verdict.ok ? verdict.window.dueOn : undefined;
  }

  /** Queues the requester's mail for `step`; how many rows were queued (0: no address, erased, or already told). */
  async function tell(step: RequesterStep, documentId: string, now = new Date()): Promise<number> {
    const spec = REQUESTER_STEPS[step];
    const { request, objection } = await rowsOf(spec.subject, documentId);
    const email = String(request?.email ?? '').trim();
    if (!request || request.identityErasedAt || !EMAIL.test(email)) return 0;
    const number = objection ? objection.registrationNumber : request.registrationNumber;
    const payload: RequesterPayload = {
      registrationNumber: number,
      requesterName: request.requesterName,
      ...(objection
        ? { requestNumber: request.registrationNumber, receivedOn: localDay(objection.filedAt), dueOn: day(objection.dueOn), decision: objection.decision ?? null, decidedOn: localDay(objection.decidedAt) }
        : {
            receivedOn: localDay(request.receivedAt),
            dueOn: day(request.dueOn),
            completeBy: day(request.completeBy),
            missingItems: request.missingItems ?? undefined,
            extensionDays: request.extensionDays ?? 0,
            extensionReason: request.extensionReason ?? undefined,
            outcome: request.outcome ?? null,
            deliveredOn: localDay(request.deliveredAt),
            deliveryMethod: request.deliveryMethod ?? undefined,
            objectionBy: objectionBy(request),
          }),
      trackingUrl: trackingUrl(siteUrl(), number),
      attachments: spec.letters.map((l) => ({ subject: l.subject, documentId, letter: l.letter })),
    };
    const dedupeKey = `requester:${step}:${documentId}${ONCE.includes(step) ? '' : `:${now.getTime()}`}`;
    const { created } = await getService(strapi, 'notifications').enqueue([{ email, template: spec.template, payload: payload as unknown as Record<string, unknown>, dedupeKey }]);
    return created;
  }

  /** `tell`, never failing the step it reports on (a mail that cannot be queued is logged). */
  async function tellSafely(step: RequesterStep, documentId: string, now = new Date()): Promise<number> {
    try {
      return await tell(step, documentId, now);
    } catch (error) {
      strapi.log.error(`[ppid] requester mail "${step}" for ${documentId} not queued: ${(error as Error).message}`);
      return 0;
    }
  }

  /** The PDFs a queued mail names, rendered now (a letter that does not apply is left out). */
  async function attachments(payload: Record<string, unknown> | null | undefined, now = new Date()): Promise<MailAttachment[]> {
    const refs = Array.isArray(payload?.attachments) ? (payload!.attachments as { subject: 'info-request' | 'objection'; documentId: string; letter: string }[]) : [];
    const out: MailAttachment[] = [];
    for (const ref of refs) {
      const model = await getService(strapi, 'request-documents').mailLetter(ref.subject, ref.documentId, ref.letter, now);
      if (!model) continue;
      const stream = new PassThrough();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      await letterPdf(model, stream);
      out.push({ filename: model.fileName, content: Buffer.concat(chunks), contentType: 'application/pdf' });
    }
    return out;
  }

  return { tell, tellSafely, attachments };
};
