/**
 * The compliance checker's records. Hidden from the Content Manager: alerts change through the
 * checker's runs (open, resolved) and the acknowledge route; runs are written by the runner only.
 * Both are read and written with strapi.db.query / knex (internal bookkeeping).
 */
import { contentType, enumeration, str, text } from './builders';

export { ALERT_STATES, ALERT_SEVERITIES } from '../../../shared/lists';
import { ALERT_STATES, ALERT_SEVERITIES } from '../../../shared/lists';
export const RUN_KINDS = ['daily', 'sla', 'manual'] as const;
export const RUN_STATES = ['running', 'done', 'failed'] as const;

/** One finding of one rule about one subject, from the run that first saw it until it clears. */
export const complianceAlert = contentType({
  singularName: 'compliance-alert',
  pluralName: 'compliance-alerts',
  displayName: 'Compliance alert',
  description: 'A recurring obligation that is not met: rule, subject, severity, open / acknowledged / resolved',
  visible: false,
  indexes: [
    // One open (or acknowledged) alert per rule and subject: `openKey` is "rule|subject" while the
    // alert is open and NULL once resolved (NULLs never collide in a unique index).
    { name: 'ppid_compliance_alerts_open_uq', columns: ['open_key'], type: 'unique' },
    { name: 'ppid_compliance_alerts_state_idx', columns: ['state', 'rule'] },
  ],
  attributes: {
    rule: str({ required: true, maxLength: 60 }),
    subjectType: str({ required: true, maxLength: 40 }),
    subjectKey: str({ required: true, maxLength: 160 }),
    openKey: str({ maxLength: 230 }),
    unitId: { type: 'integer' },
    severity: enumeration(ALERT_SEVERITIES, { required: true, default: 'warning' }),
    state: enumeration(ALERT_STATES, { required: true, default: 'open' }),
    title: { type: 'json', required: true },
    details: { type: 'json' },
    recipients: { type: 'json' },
    firstSeenAt: { type: 'datetime', required: true },
    lastSeenAt: { type: 'datetime', required: true },
    resolvedAt: { type: 'datetime' },
    acknowledgedAt: { type: 'datetime' },
    acknowledgedById: { type: 'integer' },
    acknowledgedNote: text(2000),
  },
});

/** One run of the checker for one window; the row is also the window's lease. */
export const complianceRun = contentType({
  singularName: 'compliance-run',
  pluralName: 'compliance-runs',
  displayName: 'Compliance run',
  description: 'A run of the compliance checker for one schedule window (the row is the lease of that window)',
  visible: false,
  indexes: [{ name: 'ppid_compliance_runs_window_uq', columns: ['window_key'], type: 'unique' }],
  attributes: {
    windowKey: str({ required: true, maxLength: 80 }),
    kind: enumeration(RUN_KINDS, { required: true }),
    state: enumeration(RUN_STATES, { required: true, default: 'running' }),
    holder: str({ required: true, maxLength: 120 }),
    lockedUntil: { type: 'datetime', required: true },
    startedAt: { type: 'datetime', required: true },
    finishedAt: { type: 'datetime' },
    checkedAt: { type: 'datetime', required: true },
    stats: { type: 'json' },
    error: text(2000),
  },
});
