import { PLUGIN_ID } from '../../pluginId';

/** The information service's pages: the desk, a request's panel, the objections and the registers. */
export const SERVICE_BASE = `/plugins/${PLUGIN_ID}/requests`;
export const requestPath = (documentId: string) => `${SERVICE_BASE}/${documentId}`;
export const objectionPath = (documentId: string) => `${SERVICE_BASE}/objections/${documentId}`;
