/**
 * The plugin's security measures (issue 8, "trust"), wired from the plugin's register and
 * bootstrap with one call each.
 */
import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from './secrets';
import { configureUploadSecurity, guardUploadService, mediaFieldMiddleware, servedFileHeaders } from './upload-guard';
import { sanitizeWritesMiddleware } from './sanitize-writes';
import { closeRegistrationOnce, grantAuthenticatedRead, guardForgotPassword } from './edges';

export function registerSecurity(strapi: Core.Strapi) {
  assertProductionSecrets(strapi);
  configureUploadSecurity(strapi);
  guardUploadService(strapi);
  strapi.server.use(servedFileHeaders());
  strapi.documents.use(sanitizeWritesMiddleware(strapi));
  strapi.documents.use(mediaFieldMiddleware(strapi));
  guardForgotPassword(strapi);
}

export async function bootstrapSecurity(strapi: Core.Strapi) {
  await closeRegistrationOnce(strapi);
  await grantAuthenticatedRead(strapi);
}
