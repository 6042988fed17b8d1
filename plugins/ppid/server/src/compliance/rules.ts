/**
 * The recurring obligations as plain functions over aggregated facts: each rule reads `Facts` (what
 * the database holds, already reduced to one row per unit, per unit and category, or per item in
 * trouble) and the clock, and returns its findings. No I/O: the service gathers the facts with a
 * fixed number of aggregate queries, whatever the number of units, and turns findings into alerts.
 *
 * Time: every calendar notion (a rolling N months, the current quarter, last month, "31 March") is
 * read in the agency's time zone with luxon, so month ends and leap years behave as a calendar does
 * (31 May minus 3 months is 28 or 29 February). Working time (SLA escalation) comes from the
 * workflow's clock, passed in.
 */
import { DateTime } from 'luxon';
import type { Position } from '../domain/constants';
import type { TimeStandard } from '../workflow/definition';
import { websiteDeskByAgency } from '../workflow/actors';
import type { ComplianceSettings, RuleName } from './settings';

export type Severity = 'info' | 'warning' | 'critical';
export type Text = { id: string; en: string };

export interface Finding {
  rule: RuleName;
  subjectType: 'unit' | 'agency' | 'unit-category' | 'item' | 'exclusion';
  /** Stable identity of the subject within the rule: one open alert per rule and subject. */
  subjectKey: string;
  /** The unit the finding is about (agency-level findings: the agency's root unit). */
  unitId: number | null;
  /** `unit`: the recipients hold the positions in the unit (or the nearest unit above); `agency`: anywhere in the agency. */
  scope: 'unit' | 'agency';
  severity: Severity;
  title: Text;
  details: Record<string, unknown>;
  /** Positions responsible for acting on it. */
  recipients: Position[];
}

export interface UnitFact {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  publishes: boolean;
  active: boolean;
}

export interface Facts {
  units: UnitFact[];
  /** Latest publication per unit (announcements and DIP entries together), within the rule's lookback. */
  lastPublished: { unitId: number; at: Date }[];
  /** Latest berkala announcement per unit and category, within the rule's lookback. */
  berkala: { unitId: number; categoryCode: string; categoryName: string; at: Date }[];
  /** Units with a signed (or submitted) content plan for the current quarter (the website's plan is one per agency: any unit of the agency counts for it). */
  plannedUnits: number[];
  /**
   * Units where the website's Sub Koordinator holds the position today (web SOP: one website team per
   * agency). The Koordinator of the web SOP is the Kepala Bidang of that unit (or the nearest above).
   */
  websiteDesks: number[];
  /** Per unit: content uploaded last month (announcements published, approval forms approved). */
  uploadsLastMonth: { unitId: number; count: number }[];
  /** Latest final evaluation per unit (null: not tied to a unit) and kind: its period end "YYYY-MM-DD". */
  evaluations: { unitId: number | null; kind: 'coordinator_semiannual' | 'head_monthly'; periodEnd: string }[];
  /** Agencies (root units) with an enacted DIP edition for the current year. */
  enactedEditionAgencies: number[];
  /** Published, not re-opened excluded information whose period ends on or before the warning horizon. */
  exclusions: { documentId: string; title: string; unitId: number | null; endsOn: string }[];
  /** Items overdue at their workflow stage. */
  overdue: { type: string; documentId: string; title: string | null; unitId: number | null; stage: string; stageName: Text; actor: Position | null; dueAt: Date }[];
  /** Serta merta items published at once and still waiting for their retrospective approval. */
  retroPending: { type: string; documentId: string; title: string | null; unitId: number | null; dueAt: Date | null; approvers: Position[] }[];
  /** The current issued annual service reports (services/service-reports.ts): agency (root unit) and year. */
  serviceReports: { agencyId: number; year: number }[];
  /**
   * Open website backlog items (not done nor rejected) whose due date has come, with the stage they
   * are at and the position that acts there (null: not under a workflow, or at a stage without one).
   */
  backlogDue: { documentId: string; title: string | null; unitId: number | null; dueOn: string; stage: string | null; stageName: Text | null; actor: Position | null }[];
  /** Stages of the workflows in force at which nobody holds the acting position, per publishing unit. */
  uncovered: { contentType: string; workflowKey: string; workflowName: Text; stage: string; stageName: Text; actor: Position; unitId: number }[];
}

/** Facts with nothing in them: the service fills what the rules it runs need. */
export const emptyFacts = (): Facts => ({
  units: [],
  lastPublished: [],
  berkala: [],
  plannedUnits: [],
  websiteDesks: [],
  uploadsLastMonth: [],
  evaluations: [],
  enactedEditionAgencies: [],
  exclusions: [],
  overdue: [],
  retroPending: [],
  serviceReports: [],
  backlogDue: [],
  uncovered: [],
});

export interface RuleContext {
  now: Date;
  timezone: string;
  settings: ComplianceSettings;
  /** The workflow clock: `amount` of working time after `start`. */
  addWorking: (start: Date, amount: number, unit: TimeStandard['unit']) => Date;
}

// ------------------------------------------------------------------ calendar helpers (pure)

const local = (d: Date, tz: string) => DateTime.fromJSDate(d, { zone: tz });
const isoDate = (d: DateTime) => d.toISODate() as string;

/** The instant `months` calendar months before `now`, in the agency's time zone. */
export const monthsBefore = (now: Date, months: number, tz: string): Date => local(now, tz).minus({ months }).toJSDate();

/** Year and quarter (1-4) of `now` in the agency's time zone, and the quarter's first local day. */
export function quarterOf(now: Date, tz: string): { year: number; quarter: number; start: DateTime } {
  const t = local(now, tz);
  const quarter = Math.floor((t.month - 1) / 3) + 1;
  return { year: t.year, quarter, start: DateTime.fromObject({ year: t.year, month: (quarter - 1) * 3 + 1, day: 1 }, { zone: tz }) };
}

/** [start, end) of the calendar month before `now`'s, in the agency's time zone, and its "YYYY-MM". */
export function lastMonth(now: Date, tz: string): { start: Date; end: Date; label: string } {
  const end = local(now, tz).startOf('month');
  const start = end.minus({ months: 1 });
  return { start: start.toJSDate(), end: end.toJSDate(), label: start.toFormat('yyyy-MM') };
}

/** The local date "YYYY-MM-DD" of this year's "MM-DD" (29 February falls back to the 28th). */
export function dateThisYear(now: Date, mmdd: string, tz: string): string {
  const year = local(now, tz).year;
  const [month, day] = mmdd.split('-').map(Number);
  const d = DateTime.fromObject({ year, month, day }, { zone: tz });
  return isoDate(d.isValid ? d : DateTime.fromObject({ year, month, day: 28 }, { zone: tz }));
}

/** The root of each unit (its agency), walking up `parentId`. */
export function rootsOf(units: UnitFact[]): Map<number, number> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const roots = new Map<number, number>();
  for (const u of units) {
    let current = u;
    const seen = new Set<number>();
    while (current.parentId !== null && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId)!;
    }
    roots.set(u.id, current.id);
  }
  return roots;
}

const fmt = (d: Date, tz: string) => isoDate(local(d, tz));
const daysBetween = (from: string, to: string) => Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days);

/**
 * How far back the facts of a rule look (months). The content minimum only needs to know whether a
 * unit published within its N months; it looks 4 x N back to say when the last publication was. A
 * berkala category counts as announced by a unit when it was announced within `lookbackMonths`
 * (default 24): older series are taken as discontinued. Both bound the work by recent activity.
 */
export function lookbackOf(settings: ComplianceSettings, rule: 'content-minimum' | 'berkala-freshness'): number {
  if (rule === 'content-minimum') return settings.rules['content-minimum'].months * 4;
  const r = settings.rules['berkala-freshness'];
  return Math.max(r.lookbackMonths, r.months + 1);
}

// ------------------------------------------------------------------ the rules

type Rule = (facts: Facts, ctx: RuleContext) => Finding[];

const publishing = (units: UnitFact[]) => units.filter((u) => u.publishes && u.active);
const agencies = (units: UnitFact[]) => units.filter((u) => u.parentId === null && u.active);

/** Web SOP A1: every publishing unit publishes at least once in every rolling N months. */
const contentMinimum: Rule = (facts, { now, timezone, settings }) => {
  const { months } = settings.rules['content-minimum'];
  const cutoff = monthsBefore(now, months, timezone);
  const last = new Map(facts.lastPublished.map((r) => [r.unitId, r.at]));
  return publishing(facts.units)
    .filter((u) => !(last.get(u.id) && last.get(u.id)! >= cutoff))
    .map((u) => {
      const at = last.get(u.id);
      return {
        rule: 'content-minimum',
        subjectType: 'unit',
        subjectKey: `unit:${u.id}`,
        unitId: u.id,
        scope: 'unit',
        severity: 'warning',
        title: at
          ? { id: `${u.name}: tidak ada konten terbit dalam ${months} bulan terakhir (terakhir ${fmt(at, timezone)})`, en: `${u.name}: nothing published in the last ${months} months (last on ${fmt(at, timezone)})` }
          : {
              id: `${u.name}: tidak ada konten terbit dalam ${lookbackOf(settings, 'content-minimum')} bulan terakhir`,
              en: `${u.name}: nothing published in the last ${lookbackOf(settings, 'content-minimum')} months`,
            },
        details: { unit: u.code, months, lastPublishedAt: at ? at.toISOString() : null, since: cutoff.toISOString() },
        recipients: ['kabid', 'sub_koordinator'],
      };
    });
};

/**
 * The unit whose Kepala Bidang is the website's Koordinator, per agency: where the agency's website
 * Sub Koordinator sits (the first such desk by id when several are recorded), or null when the agency
 * has no website Sub Koordinator.
 */
export function websiteDeskOf(facts: Pick<Facts, 'units' | 'websiteDesks'>): Map<number, number | null> {
  // The rule itself (first desk by id within the agency) is workflow/actors.ts `websiteDeskByAgency`, as the engine uses it.
  const byAgency = websiteDeskByAgency(new Map(facts.units.map((u) => [u.id, u])), facts.websiteDesks);
  return new Map<number, number | null>(agencies(facts.units).map((a) => [a.id, byAgency.get(a.id) ?? null]));
}

/**
 * Web SOP A1: one signed content plan per quarter for the agency's website (its rows name the units),
 * once the quarter is `graceDays` old. Addressed to the Sub Koordinator who sets it and the
 * Koordinator (Kepala Bidang of the website's division) who signs it.
 */
const contentPlan: Rule = (facts, { now, timezone, settings }) => {
  const { graceDays } = settings.rules['content-plan'];
  const q = quarterOf(now, timezone);
  if (local(now, timezone) < q.start.plus({ days: graceDays })) return [];
  const roots = rootsOf(facts.units);
  const planned = new Set(facts.plannedUnits.map((u) => roots.get(u)).filter((x): x is number => x !== undefined));
  const publishingAgencies = new Set(publishing(facts.units).map((u) => roots.get(u.id)));
  const desks = websiteDeskOf(facts);
  return agencies(facts.units)
    .filter((a) => publishingAgencies.has(a.id) && !planned.has(a.id))
    .map((a): Finding => {
      const desk = desks.get(a.id) ?? null;
      return {
        rule: 'content-plan',
        subjectType: 'agency',
        subjectKey: `agency:${a.id}:${q.year}-Q${q.quarter}`,
        unitId: desk ?? a.id,
        scope: desk === null ? 'agency' : 'unit',
        severity: 'warning',
        title: { id: `${a.name}: belum ada rencana konten website yang ditandatangani untuk triwulan ${q.quarter} ${q.year}`, en: `${a.name}: no signed website content plan for Q${q.quarter} ${q.year}` },
        details: { agency: a.code, year: q.year, quarter: q.quarter, websiteUnitId: desk },
        recipients: desk === null ? ['sub_koordinator', 'kepala'] : ['sub_koordinator', 'kabid'],
      };
    });
};

/** Web SOP A2: the operator uploads content every month (checked for the last full month). */
const monthlyUpload: Rule = (facts, { now, timezone }) => {
  const month = lastMonth(now, timezone);
  const roots = rootsOf(facts.units);
  const perAgency = new Map<number, number>();
  for (const r of facts.uploadsLastMonth) {
    const root = roots.get(r.unitId);
    if (root !== undefined) perAgency.set(root, (perAgency.get(root) ?? 0) + r.count);
  }
  return agencies(facts.units)
    .filter((a) => !perAgency.get(a.id))
    .map((a) => ({
      rule: 'monthly-upload',
      subjectType: 'agency',
      subjectKey: `agency:${a.id}`,
      unitId: a.id,
      scope: 'agency',
      severity: 'warning',
      title: { id: `${a.name}: tidak ada unggahan konten pada bulan ${month.label}`, en: `${a.name}: no content uploaded in ${month.label}` },
      details: { month: month.label },
      recipients: ['operator', 'sub_koordinator'],
    }));
};

/** UU 14/2008 Pasal 9: each kind of berkala information a unit announces is renewed every N months. */
const berkalaFreshness: Rule = (facts, { now, timezone, settings }) => {
  const { months } = settings.rules['berkala-freshness'];
  const cutoff = monthsBefore(now, months, timezone);
  const units = new Map(facts.units.filter((u) => u.active).map((u) => [u.id, u]));
  return facts.berkala
    .filter((r) => units.has(r.unitId) && r.at < cutoff)
    .map((r) => {
      const u = units.get(r.unitId)!;
      return {
        rule: 'berkala-freshness',
        subjectType: 'unit-category',
        subjectKey: `unit:${u.id}:category:${r.categoryCode}`,
        unitId: u.id,
        scope: 'unit',
        severity: 'warning',
        title: {
          id: `${u.name}: informasi berkala "${r.categoryName}" belum diperbarui dalam ${months} bulan (terakhir ${fmt(r.at, timezone)})`,
          en: `${u.name}: berkala information "${r.categoryName}" not renewed in ${months} months (last on ${fmt(r.at, timezone)})`,
        },
        details: { unit: u.code, category: r.categoryCode, lastPublishedAt: r.at.toISOString(), months },
        recipients: ['kabid'],
      };
    });
};

/** Items overdue at their stage; critical and escalated to the position above after a delay. */
const slaOverdue: Rule = (facts, { now, settings, addWorking }) => {
  const { escalateAfter, escalation } = settings.rules['sla-overdue'];
  return facts.overdue
    .filter((o) => o.dueAt < now)
    .map((o) => {
      const escalated = addWorking(o.dueAt, escalateAfter.amount, escalateAfter.unit) <= now;
      const above = o.actor ? escalation[o.actor] : undefined;
      const recipients = [...(o.actor ? [o.actor] : []), ...(escalated && above ? [above] : [])];
      const title = o.title ?? o.documentId;
      return {
        rule: 'sla-overdue',
        subjectType: 'item',
        subjectKey: `${o.type}:${o.documentId}:${o.stage}`,
        unitId: o.unitId,
        scope: 'unit',
        severity: escalated ? 'critical' : 'warning',
        title: {
          id: `Terlambat pada tahap ${o.stageName.id}: ${title}${escalated && above ? ` (dieskalasi ke ${above})` : ''}`,
          en: `Overdue at stage ${o.stageName.en}: ${title}${escalated && above ? ` (escalated to ${above})` : ''}`,
        },
        details: { type: o.type, documentId: o.documentId, itemTitle: title, stage: o.stage, stageName: o.stageName, dueAt: o.dueAt.toISOString(), escalated, escalatedTo: escalated ? (above ?? null) : null },
        recipients,
      };
    });
};

/**
 * Web SOP B ("sesuai jadwal yang ditentukan"): an open backlog item past its due date. Addressed to
 * whoever acts at the item's current stage (the Sub Koordinator, who schedules the work, when no
 * stage says). The subject carries the date: moving it, or finishing the item, resolves the alert.
 */
const backlogOverdue: Rule = (facts, { now, timezone }) => {
  const today = isoDate(local(now, timezone));
  return facts.backlogDue
    .filter((b) => b.dueOn < today)
    .map((b): Finding => {
      const title = b.title ?? b.documentId;
      const at = b.stageName ? { id: ` (tahap ${b.stageName.id})`, en: ` (stage ${b.stageName.en})` } : { id: '', en: '' };
      return {
        rule: 'backlog-overdue',
        subjectType: 'item',
        subjectKey: `backlog-item:${b.documentId}:${b.dueOn}`,
        unitId: b.unitId,
        scope: 'unit',
        severity: 'warning',
        title: { id: `Backlog website melewati jadwal ${b.dueOn}: ${title}${at.id}`, en: `Website backlog item past its due date ${b.dueOn}: ${title}${at.en}` },
        details: { type: 'backlog-item', documentId: b.documentId, itemTitle: title, dueOn: b.dueOn, stage: b.stage, stageName: b.stageName },
        recipients: [b.actor ?? 'sub_koordinator'],
      };
    });
};

/** Web SOP C: the Koordinator's evaluation every N (6) months, the head's every N (1) month(s). */
const evaluationRule =
  (rule: 'evaluation-coordinator' | 'evaluation-head', kind: 'coordinator_semiannual' | 'head_monthly', recipients: 'koordinator' | Position[], label: Text): Rule =>
  (facts, { now, timezone, settings }) => {
    const { months, graceDays } = settings.rules[rule];
    const today = isoDate(local(now, timezone));
    // The latest period end must be no older than N months (plus a grace for writing it up).
    const due = isoDate(local(now, timezone).minus({ months }).minus({ days: graceDays }));
    const roots = rootsOf(facts.units);
    const latest = new Map<number, string>();
    for (const e of facts.evaluations.filter((x) => x.kind === kind)) {
      const targets = e.unitId === null ? agencies(facts.units).map((a) => a.id) : [roots.get(e.unitId)].filter((x): x is number => x !== undefined);
      for (const t of targets) if ((latest.get(t) ?? '') < e.periodEnd) latest.set(t, e.periodEnd);
    }
    const desks = websiteDeskOf(facts);
    return agencies(facts.units)
      .filter((a) => !(latest.get(a.id) && latest.get(a.id)! >= due))
      .map((a): Finding => {
        // The Koordinator: the Kepala Bidang where the website's Sub Koordinator sits; with no website
        // team recorded, the head, who appoints it.
        const desk = recipients === 'koordinator' ? (desks.get(a.id) ?? null) : null;
        return {
        rule,
        subjectType: 'agency',
        subjectKey: `agency:${a.id}`,
        unitId: desk ?? a.id,
        scope: desk === null ? 'agency' : 'unit',
        severity: 'warning',
        title: latest.get(a.id)
          ? { id: `${a.name}: ${label.id} terakhir untuk periode sampai ${latest.get(a.id)}`, en: `${a.name}: the last ${label.en} covers the period up to ${latest.get(a.id)}` }
          : { id: `${a.name}: belum ada ${label.id}`, en: `${a.name}: no ${label.en} yet` },
        details: { lastPeriodEnd: latest.get(a.id) ?? null, months, today },
        recipients: recipients !== 'koordinator' ? recipients : desk === null ? ['kepala'] : ['kabid'],
        };
      });
  };

/** The DIP is enacted at least yearly: an enacted edition for the current year by `dueBy`. */
const dipEdition: Rule = (facts, { now, timezone, settings }) => {
  const due = dateThisYear(now, settings.rules['dip-edition'].dueBy, timezone);
  const today = isoDate(local(now, timezone));
  if (today <= due) return [];
  const year = local(now, timezone).year;
  const enacted = new Set(facts.enactedEditionAgencies);
  return agencies(facts.units)
    .filter((a) => !enacted.has(a.id))
    .map((a) => ({
      rule: 'dip-edition',
      subjectType: 'agency',
      subjectKey: `agency:${a.id}:${year}`,
      unitId: a.id,
      scope: 'agency',
      severity: 'critical',
      title: { id: `${a.name}: DIP tahun ${year} belum ditetapkan (batas ${due})`, en: `${a.name}: the ${year} DIP has not been enacted (due ${due})` },
      details: { year, dueBy: due },
      recipients: ['ketua_ppid', 'kepala'],
    }));
};

/** Excluded information: a period ending within N days (warning), ended and not re-opened (critical). */
const exclusionExpiry: Rule = (facts, { now, timezone, settings }) => {
  const { warnDays } = settings.rules['exclusion-expiry'];
  const today = isoDate(local(now, timezone));
  const horizon = isoDate(local(now, timezone).plus({ days: warnDays }));
  return facts.exclusions
    .filter((x) => x.endsOn <= horizon)
    .map((x) => {
      const ended = x.endsOn < today;
      return {
        rule: 'exclusion-expiry',
        subjectType: 'exclusion',
        subjectKey: `exclusion:${x.documentId}`,
        unitId: x.unitId,
        scope: 'agency',
        severity: ended ? 'critical' : 'warning',
        title: ended
          ? { id: `Masa pengecualian "${x.title}" berakhir ${x.endsOn} dan belum dibuka kembali`, en: `The exclusion period of "${x.title}" ended on ${x.endsOn} and it has not been re-opened` }
          : { id: `Masa pengecualian "${x.title}" berakhir ${x.endsOn} (${daysBetween(today, x.endsOn)} hari lagi)`, en: `The exclusion period of "${x.title}" ends on ${x.endsOn} (in ${daysBetween(today, x.endsOn)} days)` },
        details: { documentId: x.documentId, endsOn: x.endsOn, ended },
        recipients: ['ketua_ppid', 'kepala'],
      };
    });
};

/** Serta merta items published at once still need their retrospective approval. */
const sertaMertaRetro: Rule = (facts, { now }) =>
  facts.retroPending.map((r) => {
    const late = !!r.dueAt && r.dueAt < now;
    const title = r.title ?? r.documentId;
    return {
      rule: 'serta-merta-retro',
      subjectType: 'item',
      subjectKey: `${r.type}:${r.documentId}`,
      unitId: r.unitId,
      scope: 'unit',
      severity: late ? 'critical' : 'warning',
      title: late
        ? { id: `Persetujuan retrospektif serta merta terlambat: ${title}`, en: `Retrospective approval of a serta merta publication is overdue: ${title}` }
        : { id: `Menunggu persetujuan retrospektif serta merta: ${title}`, en: `Awaiting retrospective approval of a serta merta publication: ${title}` },
      details: { type: r.type, documentId: r.documentId, dueAt: r.dueAt ? r.dueAt.toISOString() : null },
      recipients: r.approvers,
    };
  });

/**
 * The annual public-information service report of the previous year, issued by 31 March (UU 14/2008,
 * Perki 1/2021): an agency without a current issued report of that year is warned `warnDays` before
 * the date and critical after it.
 */
const serviceReport: Rule = (facts, { now, timezone, settings }) => {
  const { dueBy, warnDays } = settings.rules['service-report'];
  const due = dateThisYear(now, dueBy, timezone);
  const today = isoDate(local(now, timezone));
  const warnFrom = isoDate(DateTime.fromISO(due, { zone: timezone }).minus({ days: warnDays }));
  if (today < warnFrom) return [];
  const year = local(now, timezone).year;
  const reported = new Set(facts.serviceReports.filter((r) => r.year === year - 1).map((r) => r.agencyId));
  return agencies(facts.units)
    .filter((a) => !reported.has(a.id))
    .map((a) => {
      const late = today > due;
      return {
        rule: 'service-report',
        subjectType: 'agency',
        subjectKey: `agency:${a.id}:${year}`,
        unitId: a.id,
        scope: 'agency',
        severity: late ? 'critical' : 'warning',
        title: late
          ? { id: `${a.name}: laporan layanan informasi publik tahun ${year - 1} terlambat (batas ${due})`, en: `${a.name}: the ${year - 1} public information service report is overdue (due ${due})` }
          : { id: `${a.name}: laporan layanan informasi publik tahun ${year - 1} jatuh tempo ${due}`, en: `${a.name}: the ${year - 1} public information service report is due on ${due}` },
        details: { year: year - 1, dueBy: due },
        recipients: ['ketua_ppid', 'ppid_utama'],
      };
    });
};

/** No stage without someone who can act: a stage nobody holds stalls every item of the unit there. */
const stageWithoutActor: Rule = (facts) => {
  const units = new Map(facts.units.map((u) => [u.id, u]));
  return facts.uncovered.map((u) => {
    const unit = units.get(u.unitId);
    const unitName = unit?.name ?? `#${u.unitId}`;
    return {
      rule: 'stage-without-actor',
      subjectType: 'unit',
      subjectKey: `stage:${u.workflowKey}:${u.stage}:unit:${u.unitId}`,
      unitId: u.unitId,
      scope: 'agency',
      severity: 'critical',
      title: {
        id: `${unitName}: tidak ada pemegang jabatan untuk tahap "${u.stageName.id}" (${u.workflowName.id})`,
        en: `${unitName}: nobody holds the position for stage "${u.stageName.en}" (${u.workflowName.en})`,
      },
      details: { contentType: u.contentType, workflow: u.workflowKey, stage: u.stage, position: u.actor, unit: unit?.code ?? null },
      recipients: ['sekretaris', 'kepala'],
    };
  });
};

export const RULE_FUNCTIONS: Record<RuleName, Rule> = {
  'content-minimum': contentMinimum,
  'content-plan': contentPlan,
  'monthly-upload': monthlyUpload,
  'berkala-freshness': berkalaFreshness,
  'sla-overdue': slaOverdue,
  'backlog-overdue': backlogOverdue,
  'evaluation-coordinator': evaluationRule('evaluation-coordinator', 'coordinator_semiannual', 'koordinator', { id: 'evaluasi 6 bulanan Koordinator', en: "Koordinator's 6-monthly evaluation" }),
  'evaluation-head': evaluationRule('evaluation-head', 'head_monthly', ['kepala'], { id: 'evaluasi bulanan Kepala Dinas', en: "head of agency's monthly evaluation" }),
  'dip-edition': dipEdition,
  'exclusion-expiry': exclusionExpiry,
  'serta-merta-retro': sertaMertaRetro,
  'service-report': serviceReport,
  'stage-without-actor': stageWithoutActor,
};

/** Runs the enabled rules among `names`. */
export function evaluate(names: readonly RuleName[], facts: Facts, ctx: RuleContext): Finding[] {
  return names.filter((n) => ctx.settings.rules[n].enabled).flatMap((n) => RULE_FUNCTIONS[n](facts, ctx));
}
