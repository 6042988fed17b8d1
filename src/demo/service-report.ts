/**
 * The demo's annual public-information service report (issue 14 point 5): last year's report,
 * issued by the PPID Utama through the plugin's own service (figures frozen, PDF stored, public at
 * once) in the first quarter, before the 31 March deadline, so the demo starts without the checker's
 * "laporan layanan informasi publik terlambat" alert whatever the month.
 */
import type { Core } from '@strapi/strapi';
import type { Clock } from './clock';
import { demoStaff, workingDayFrom } from './requests';

/** The day it was issued: the first working day from 14 February, or today when that is still to come. */
export function reportIssueDay(clock: { isWorkingDay: (d: string) => boolean }, c: Clock): string {
  const planned = workingDayFrom(clock, c, c.date(c.year, 2, 14), 0);
  return planned < c.today ? planned : c.today;
}

/** Issues last year's report as the PPID Utama; returns the issue (year, revision, issuedAt...). */
export async function issueDemoReport(strapi: Core.Strapi, c: Clock, now = new Date()) {
  const clock = strapi.plugin('ppid').service('workflow-clock').clock();
  const day = reportIssueDay(clock, c);
  // At 10.00 on that day, never later than the seed itself (today before 10.00).
  const at = new Date(Math.min(new Date(c.at(c.offsetOf(day), '10:00')).getTime(), now.getTime()));
  return strapi.plugin('ppid').service('service-reports').issue(await demoStaff(strapi, 'ppidUtama'), c.year - 1, {}, at);
}
