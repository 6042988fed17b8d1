/**
 * The working-time clock of the review workflows (workflow/clock.ts), built from the plugin's
 * configuration and rebuilt only when the configuration changes.
 */
import type { Core } from '@strapi/strapi';
import { createClock, type WorkingClock } from '../workflow/clock';
import type { StageDef } from '../workflow/definition';
import { getConfig } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cache: { key: string; clock: WorkingClock } | null = null;

  function clock(): WorkingClock {
    const cfg = getConfig(strapi);
    const key = JSON.stringify([cfg.timezone, cfg.workflow]);
    if (!cache || cache.key !== key) {
      cache = {
        key,
        clock: createClock({
          timezone: cfg.timezone,
          officeHours: cfg.workflow.officeHours,
          workDays: cfg.workflow.workDays,
          holidays: cfg.workflow.holidays,
          extraHolidays: cfg.workflow.extraHolidays,
        }),
      };
    }
    return cache.clock;
  }

  /** When a stage entered at `start` is due: its time standard in working time; null without one. */
  const dueFrom = (stage: StageDef | undefined, start: Date): Date | null =>
    stage?.timeStandard ? clock().addWorking(start, stage.timeStandard.amount, stage.timeStandard.unit) : null;

  /** Whether a due time read from the database (a Date, an ISO string or nothing) has passed at `now`. */
  const isOverdue = (dueAt: unknown, now: Date): boolean => clock().isOverdue(dueAt ? new Date(dueAt as string) : null, now);

  return { clock, dueFrom, isOverdue };
};
