/**
 * The plugin's services. `getService` (utils/) is typed from this map.
 */
import type { Core } from '@strapi/strapi';
import publicApi from '../public-api/service';
import setup from '../seed/reference';
import organisation from './organisation';
import guard from './guard';
import notifications from './notifications';
import workflow from './workflow';
import compliance from './compliance';

const services = {
  publicApi,
  organisation,
  guard,
  setup,
  notifications,
  workflow,
  compliance,
} satisfies Record<string, (ctx: { strapi: Core.Strapi }) => object>;

export type Services = typeof services;
export default services;
