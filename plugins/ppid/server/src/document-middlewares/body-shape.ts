/**
 * A Content Manager write whose JSON body is not an object (an array, a string, a number) fails
 * inside Strapi's input sanitiser with a 500 before any document action runs. On ppid types, once
 * the route has authenticated and authorised the request, that failure answers 400.
 */
import type { Core } from '@strapi/strapi';

const CM_WRITE = /^\/content-manager\/collection-types\/([^/]+)(?:\/[^/]+)?$/;

export const bodyShape = (_strapi: Core.Strapi) => async (ctx: any, next: () => Promise<unknown>) => {
  const match = ctx.method === 'POST' || ctx.method === 'PUT' ? CM_WRITE.exec(ctx.path) : null;
  if (!match || !decodeURIComponent(match[1]).startsWith('plugin::ppid.')) return next();
  await next();
  const body = ctx.request.body;
  if (ctx.status < 500 || (body !== null && typeof body === 'object' && !Array.isArray(body))) return;
  ctx.status = 400;
  ctx.body = {
    data: null,
    error: { status: 400, name: 'ValidationError', message: 'The request body must be a JSON object of the record\'s fields', details: { errors: [{ path: [], message: 'Expected an object', name: 'ValidationError' }] } },
  };
};
