/**
 * The request desk's registrations (issue 14): a request brought in person, by letter or by e-mail,
 * and an objection recorded at the desk. Only those who serve the PPID unit register
 * (request-access `assertHandler`: 403 for anyone else, whatever their role says).
 *   POST /ppid/requests                          JSON, or multipart: `data` (JSON) + `files.identityDocument`
 *   POST /ppid/requests/:documentId/objections   JSON (`channel`: walk_in, letter or email; walk_in when absent)
 * Both answer 201 with the new row's documentId, registration number and deadline.
 */
import type { Core } from '@strapi/strapi';
import { answeringConflicts, refuse } from '../errors';
import { checkDeskObjection, checkDeskRequest, problemDetails, type IntakeProblem } from '../requests/intake';
import { getService } from '../utils';
import { documentIdParam, sessionUser } from './session';
import type { Ctx } from './http';

type Person = { preferedLanguage?: string | null };

/** The identity document's multipart field (Strapi's convention: `files.<field>`). */
export const IDENTITY_FILE_FIELD = 'files.identityDocument';

const langOf = (user: Person): 'id' | 'en' => (String(user?.preferedLanguage ?? '').startsWith('en') ? 'en' : 'id');

/** Refuses with the first problem as the message (in the person's language), all of them listed. */
export function refuseInput(problems: IntakeProblem[], lang: 'id' | 'en' | 'both'): never {
  const [first] = problems;
  const message = lang === 'both' ? `${first.message.id} / ${first.message.en}` : first.message[lang];
  refuse(400, message, problemDetails(problems, lang === 'both' ? 'id' : lang));
}

/** The one file sent in `field` (400 when several), or null. */
export function fileOf(ctx: Ctx, field = IDENTITY_FILE_FIELD) {
  const file = ctx.request.files?.[field];
  if (!file) return null;
  if (Array.isArray(file)) {
    if (file.length !== 1) refuse(400, 'Kirim satu berkas identitas / send one identity document', { errors: [{ path: ['identityDocument'], message: 'Send one file', name: 'ValidationError' }] });
    return file[0];
  }
  return file;
}

/** The form's data: the JSON body, or the `data` field of a multipart body (a JSON string). */
export function dataOf(ctx: Ctx): unknown {
  const body = ctx.request.body as { data?: unknown } | null | undefined;
  if (body && typeof body === 'object' && typeof body.data === 'string') {
    try {
      return JSON.parse(body.data);
    } catch {
      refuse(400, 'Kolom "data" harus berisi JSON / the "data" field must be JSON', { errors: [{ path: ['data'], message: 'Not JSON', name: 'ValidationError' }] });
    }
  }
  if (body && typeof body === 'object' && body.data && typeof body.data === 'object' && Object.keys(body).length === 1) return body.data;
  return body ?? {};
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const intake = () => getService(strapi, 'request-intake');
  const access = () => getService(strapi, 'request-access');

  return {
    async registerRequest(ctx: Ctx) {
      const user = await sessionUser(strapi, ctx);
      const now = new Date();
      await answeringConflicts(ctx, async () => {
        // No PPID unit yet: 409 (the agency's set-up is missing), said to the desk.
        const unit = await intake().ppidUnit();
        await access().assertHandler(user, unit.id, now);
        const checked = checkDeskRequest(dataOf(ctx), now);
        if (!checked.ok) refuseInput(checked.problems, langOf(user));
        const { channel, ...input } = checked.value;
        const created = await intake().registerRequest(input, { channel, by: user, now, identityDocument: fileOf(ctx) });
        ctx.status = 201;
        ctx.body = { data: created };
      });
    },

    async registerObjection(ctx: Ctx) {
      const user = await sessionUser(strapi, ctx);
      const now = new Date();
      // Nobody outside the service learns whether a request exists.
      await access().assertHandler(user, null, now);
      const request = await intake().requestFor(documentIdParam(ctx));
      await access().assertHandler(user, request.unit?.id ?? null, now);
      const checked = checkDeskObjection(dataOf(ctx));
      if (!checked.ok) refuseInput(checked.problems, langOf(user));
      const { channel, ...input } = checked.value;
      await answeringConflicts(ctx, async () => {
        const created = await intake().registerObjection(request, input, { channel, by: user, now });
        ctx.status = 201;
        ctx.body = { data: created };
      });
    },
  };
};
