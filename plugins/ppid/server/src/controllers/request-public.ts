/**
 * The public information service (issue 14), content API under /api/ppid, no account needed
 * (shared PUBLIC_REQUEST_ROUTES):
 *   GET  /requests/form                          the form's signed token, its honeypot field, limits and lists
 *   POST /requests                               multipart: `data` (JSON, with the token and the honeypot) + `files.identityDocument`
 *   GET  /requests/status/:number                the tracking page: status and dates only
 *   POST /requests/status/:number/objections     the requester objects, proving it is theirs with their identity number
 * Nothing here is cached (`Cache-Control: no-store`). Filing (requests and objections) and looking
 * numbers up are limited per IP address (plugin config `requests`: 429 past the limit). Refusals are
 * worded in Bahasa Indonesia and English (the visitor has no admin language).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  DELIVERY_METHODS,
  IDENTITY_KINDS,
  INFORMATION_FORMS,
  NOTICE_OUTCOME_LABELS,
  OBJECTION_GROUNDS,
  OBJECTION_GROUND_LABELS,
  REQUESTER_KINDS,
  REQUEST_LIMITS,
} from '../../../shared/requests';
import { answeringConflicts, refuse } from '../errors';
import { checkPublicObjection, checkPublicRequest } from '../requests/intake';
import { createLimiter, formKey, HONEYPOT_FIELD, honeypotFilled, issueToken, tokenExpiresAt, tokenProblem, TOKEN_MESSAGES, type LimitRules } from '../requests/spam';
import { getConfig, getService } from '../utils';
import { dataOf, fileOf, refuseInput } from './request-intake';
import type { Ctx } from './http';

/** The form's own fields inside `data`: the signed token and the honeypot. */
export const TOKEN_FIELD = 'formToken';

const both = (t: { id: string; en: string }) => `${t.id} / ${t.en}`;
const fieldError = (field: string, t: { id: string; en: string }) => ({ errors: [{ path: [field], message: t.en, name: 'ValidationError' }] });

/** One limiter per rule set (rebuilt when the configuration changes, as tests do). */
function limiters() {
  const made = new Map<string, ReturnType<typeof createLimiter>>();
  return (name: string, rules: LimitRules) => {
    const key = `${name}:${rules.max}:${rules.windowSeconds}`;
    let limiter = made.get(key);
    if (!limiter) made.set(key, (limiter = createLimiter(rules)));
    return limiter;
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const intake = () => getService(strapi, 'request-intake');
  const tokens = () => getService(strapi, 'form-tokens');
  const settings = () => getConfig(strapi).requests;
  const limiterOf = limiters();
  let key: Buffer | null = null;
  const signingKey = () => (key ??= formKey(strapi.config.get('server.app.keys')));

  const noStore = (ctx: Ctx) => ctx.set('Cache-Control', 'no-store');

  function limit(ctx: Ctx, name: 'file' | 'status', rules: LimitRules) {
    const ip = ctx.request.ip ?? ctx.ip ?? 'unknown';
    const verdict = limiterOf(name, rules).hit(ip, new Date());
    if (verdict.ok) return;
    ctx.set('Retry-After', String(verdict.retryAfterSeconds));
    throw new errors.RateLimitError(
      both({ id: `Terlalu banyak permintaan dari alamat ini: coba lagi dalam ${Math.ceil(verdict.retryAfterSeconds / 60)} menit`, en: `Too many requests from this address: try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} minutes` }),
      { retryAfterSeconds: verdict.retryAfterSeconds },
    );
  }

  return {
    async form(ctx: Ctx) {
      noStore(ctx);
      ctx.body = {
        data: {
          token: issueToken(signingKey(), new Date()),
          tokenField: TOKEN_FIELD,
          honeypotField: HONEYPOT_FIELD,
          limits: REQUEST_LIMITS,
          lists: {
            requesterKinds: REQUESTER_KINDS,
            identityKinds: IDENTITY_KINDS,
            informationForms: INFORMATION_FORMS,
            deliveryMethods: DELIVERY_METHODS,
            objectionGrounds: OBJECTION_GROUNDS.map((g) => ({ value: g, label: OBJECTION_GROUND_LABELS[g] })),
            outcomes: Object.entries(NOTICE_OUTCOME_LABELS).map(([value, label]) => ({ value, label })),
          },
        },
      };
    },

    async file(ctx: Ctx) {
      noStore(ctx);
      limit(ctx, 'file', settings().publicRate);
      const raw = dataOf(ctx);
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) refuse(400, both({ id: 'Data permohonan harus berupa objek JSON', en: 'The data must be a JSON object' }));
      const { [TOKEN_FIELD]: token, [HONEYPOT_FIELD]: honeypot, ...fields } = raw as Record<string, unknown>;
      if (honeypotFilled(honeypot)) refuse(400, both(TOKEN_MESSAGES.honeypot), fieldError(HONEYPOT_FIELD, TOKEN_MESSAGES.honeypot));
      const rules = settings();
      const tokenRules = { minAgeSeconds: rules.tokenMinAgeSeconds, maxAgeSeconds: rules.tokenMaxAgeSeconds };
      const problem = tokenProblem(signingKey(), token, new Date(), tokenRules);
      if (problem) refuse(400, both(TOKEN_MESSAGES[problem]), fieldError(TOKEN_FIELD, TOKEN_MESSAGES[problem]));
      const checked = checkPublicRequest(fields);
      if (!checked.ok) refuseInput(checked.problems, 'both');
      const identity = fileOf(ctx);
      if (!identity) {
        const missing = { id: 'Lampirkan berkas identitas (KTP atau identitas lain): PDF, JPEG atau PNG', en: 'Attach the identity document (KTP or other): PDF, JPEG or PNG' };
        refuse(400, both(missing), fieldError('identityDocument', missing));
      }
      // Single use, on every instance: the token is claimed before the request is written, and given
      // back when the filing fails (nothing was registered with it).
      const used = String(token);
      if (!(await tokens().claim(used, tokenExpiresAt(used, tokenRules)!))) refuse(400, both(TOKEN_MESSAGES.used), fieldError(TOKEN_FIELD, TOKEN_MESSAGES.used));
      let registered = false;
      try {
        await answeringConflicts(ctx, async () => {
          const created = await intake().registerRequest(checked.value, { channel: 'website', by: null, now: new Date(), identityDocument: identity });
          registered = true;
          ctx.status = 201;
          ctx.body = { data: { registrationNumber: created.registrationNumber, receivedOn: created.receivedOn, dueOn: created.dueOn } };
        });
      } finally {
        if (!registered) await tokens().release(used).catch(() => undefined);
      }
    },

    async status(ctx: Ctx) {
      noStore(ctx);
      limit(ctx, 'status', settings().statusRate);
      ctx.body = { data: await intake().publicStatus(ctx.params.number, new Date()) };
    },

    async object(ctx: Ctx) {
      noStore(ctx);
      limit(ctx, 'file', settings().publicRate);
      const checked = checkPublicObjection(dataOf(ctx));
      if (!checked.ok) refuseInput(checked.problems, 'both');
      await answeringConflicts(ctx, async () => {
        const created = await intake().objectFromTracking(ctx.params.number, checked.value, new Date());
        ctx.status = 201;
        ctx.body = { data: { registrationNumber: created.registrationNumber, filedOn: created.filedOn, dueOn: created.dueOn } };
      });
    },
  };
};
