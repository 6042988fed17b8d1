/**
 * The compliance checker's settings (plugin config `compliance`): when it runs, which rules, their
 * thresholds. Defaults follow the SOPs and UU 14/2008; every value is validated at start.
 */
import type { Position } from '../domain/constants';
import { POSITIONS } from '../domain/constants';
import type { TimeStandard } from '../workflow/definition';

export const RULES = [
  'content-minimum',
  'content-plan',
  'monthly-upload',
  'berkala-freshness',
  'sla-overdue',
  'backlog-overdue',
  'evaluation-coordinator',
  'evaluation-head',
  'dip-edition',
  'exclusion-expiry',
  'serta-merta-retro',
  'service-report',
  'stage-without-actor',
] as const;
export type RuleName = (typeof RULES)[number];

/** The rules the 5-minute SLA pass runs; the daily run runs them all. */
export const SLA_RULES: readonly RuleName[] = ['sla-overdue', 'serta-merta-retro'];

export interface ComplianceSettings {
  /** Schedule the runs (cron). The on-demand route and `npm run ppid:check` work either way. */
  enabled: boolean;
  /** Local time "HH:mm" of the daily run, in `timezone` (default: the plugin's timezone). */
  dailyAt: string;
  /** Minutes between SLA passes (overdue items, serta merta approvals); 0 turns them off. */
  slaIntervalMinutes: number;
  timezone?: string;
  /** Send each responsible person one digest mail of their open alerts after the daily run. */
  digest: boolean;
  /** How long a run's lease holds before another instance may take a window over (minutes). */
  leaseMinutes: number;
  rules: {
    'content-minimum': { enabled: boolean; months: number };
    'content-plan': { enabled: boolean; graceDays: number };
    'monthly-upload': { enabled: boolean };
    /** `lookbackMonths`: a category announced longer ago than this is taken as discontinued. */
    'berkala-freshness': { enabled: boolean; months: number; lookbackMonths: number };
    'sla-overdue': { enabled: boolean; escalateAfter: TimeStandard; escalation: Partial<Record<Position, Position>> };
    /** Web SOP B: open backlog items past their due date. */
    'backlog-overdue': { enabled: boolean };
    'evaluation-coordinator': { enabled: boolean; months: number; graceDays: number };
    'evaluation-head': { enabled: boolean; months: number; graceDays: number };
    'dip-edition': { enabled: boolean; dueBy: string };
    'exclusion-expiry': { enabled: boolean; warnDays: number };
    'serta-merta-retro': { enabled: boolean };
    /** The previous year's report, issued by `dueBy` (services/service-reports.ts); warned `warnDays` before. */
    'service-report': { enabled: boolean; dueBy: string; warnDays: number };
    'stage-without-actor': { enabled: boolean };
  };
}

/** Who answers for an overdue step: the position above the one that holds it. */
export const DEFAULT_ESCALATION: Partial<Record<Position, Position>> = {
  fungsional: 'kabid',
  operator: 'sub_koordinator',
  web_developer: 'sub_koordinator',
  sub_koordinator: 'kabid',
  kabid: 'sekretaris',
  sekretaris: 'kepala',
  ppid_pembantu: 'ketua_ppid',
  ppid_pelaksana: 'ketua_ppid',
  ketua_ppid: 'kepala',
  ppid_utama: 'kepala',
};

export const DEFAULT_COMPLIANCE: ComplianceSettings = {
  enabled: true,
  dailyAt: '07:00',
  slaIntervalMinutes: 5,
  digest: true,
  leaseMinutes: 10,
  rules: {
    'content-minimum': { enabled: true, months: 3 },
    'content-plan': { enabled: true, graceDays: 7 },
    'monthly-upload': { enabled: true },
    'berkala-freshness': { enabled: true, months: 6, lookbackMonths: 24 },
    'sla-overdue': { enabled: true, escalateAfter: { amount: 1, unit: 'days' }, escalation: DEFAULT_ESCALATION },
    'backlog-overdue': { enabled: true },
    'evaluation-coordinator': { enabled: true, months: 6, graceDays: 14 },
    'evaluation-head': { enabled: true, months: 1, graceDays: 7 },
    'dip-edition': { enabled: true, dueBy: '01-31' },
    'exclusion-expiry': { enabled: true, warnDays: 30 },
    'serta-merta-retro': { enabled: true },
    'service-report': { enabled: true, dueBy: '03-31', warnDays: 30 },
    'stage-without-actor': { enabled: true },
  },
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const wholeFrom = (n: unknown, min: number) => Number.isInteger(n) && (n as number) >= min;

/** Every problem of the settings, each naming the option; [] when they are usable. */
export function validateComplianceSettings(s: ComplianceSettings): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(`"compliance.${message}`);
  };
  if (!s || typeof s !== 'object') return ['"compliance" must be an object'];
  need(typeof s.enabled === 'boolean', 'enabled" must be true or false');
  need(typeof s.dailyAt === 'string' && HHMM.test(s.dailyAt), 'dailyAt" must be a local time "HH:mm", e.g. "07:00"');
  need(wholeFrom(s.slaIntervalMinutes, 0) && s.slaIntervalMinutes <= 60 && (s.slaIntervalMinutes === 0 || 60 % s.slaIntervalMinutes === 0), 'slaIntervalMinutes" must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60), or be 0 for no SLA pass');
  need(typeof s.digest === 'boolean', 'digest" must be true or false');
  need(wholeFrom(s.leaseMinutes, 1), 'leaseMinutes" must be a whole number of minutes from 1');
  const r = s.rules ?? ({} as ComplianceSettings['rules']);
  for (const name of RULES) need(typeof r[name]?.enabled === 'boolean', `rules.${name}.enabled" must be true or false`);
  need(wholeFrom(r['content-minimum']?.months, 1), 'rules.content-minimum.months" must be a whole number from 1');
  need(wholeFrom(r['content-plan']?.graceDays, 0), 'rules.content-plan.graceDays" must be a whole number from 0');
  need(wholeFrom(r['berkala-freshness']?.months, 1), 'rules.berkala-freshness.months" must be a whole number from 1');
  need(wholeFrom(r['berkala-freshness']?.lookbackMonths, 1), 'rules.berkala-freshness.lookbackMonths" must be a whole number from 1');
  const esc = r['sla-overdue']?.escalateAfter;
  need(!!esc && typeof esc.amount === 'number' && esc.amount >= 0 && ['minutes', 'hours', 'days'].includes(esc.unit), 'rules.sla-overdue.escalateAfter" must be { amount, unit: minutes | hours | days }');
  const chain = r['sla-overdue']?.escalation ?? {};
  need(
    Object.entries(chain).every(([from, to]) => (POSITIONS as readonly string[]).includes(from) && (POSITIONS as readonly string[]).includes(String(to))),
    'rules.sla-overdue.escalation" maps positions to positions, e.g. { fungsional: "kabid" }'
  );
  for (const name of ['evaluation-coordinator', 'evaluation-head'] as const) {
    need(wholeFrom(r[name]?.months, 1), `rules.${name}.months" must be a whole number from 1`);
    need(wholeFrom(r[name]?.graceDays, 0), `rules.${name}.graceDays" must be a whole number from 0`);
  }
  need(typeof r['dip-edition']?.dueBy === 'string' && MMDD.test(r['dip-edition'].dueBy), 'rules.dip-edition.dueBy" must be "MM-DD", e.g. "01-31"');
  need(wholeFrom(r['exclusion-expiry']?.warnDays, 0), 'rules.exclusion-expiry.warnDays" must be a whole number from 0');
  need(typeof r['service-report']?.dueBy === 'string' && MMDD.test(r['service-report'].dueBy), 'rules.service-report.dueBy" must be "MM-DD", e.g. "03-31"');
  need(wholeFrom(r['service-report']?.warnDays, 0), 'rules.service-report.warnDays" must be a whole number from 0');
  return problems;
}

/**
 * Options earlier versions read and this one ignores, one warning each (the app still starts):
 * `rules.service-report.category` (the rule looked for an announcement in that berkala category;
 * it now reads the issued reports).
 */
export function legacyComplianceWarnings(s: unknown): string[] {
  const warnings: string[] = [];
  const rule = (s as { rules?: Record<string, Record<string, unknown>> } | null)?.rules?.['service-report'];
  if (rule && 'category' in rule) {
    warnings.push(
      '"compliance.rules.service-report.category" is no longer used and is ignored: the service-report rule checks the issued annual service reports (Laporan > Terbitkan laporan). Remove the option from config/plugins.'
    );
  }
  return warnings;
}
