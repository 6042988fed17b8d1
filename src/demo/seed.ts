import type { Core } from '@strapi/strapi';

export async function seedDemo(strapi: Core.Strapi) {
  strapi.log.info('[ppid demo] nothing to seed yet');
}
