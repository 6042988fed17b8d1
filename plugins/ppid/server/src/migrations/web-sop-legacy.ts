/**
 * Database migration for backlog items written before the web SOP ran on the workflow engine
 * (issue 11 point 5): the old kinds (feature, bug, content, improvement) become the SOP's four
 * (development plan, technical problem, display fix, content update), and the old free-form
 * receipt timestamp `developerReceiptAt` becomes the engine's `receivedAt` (who is unknown: it
 * stays empty, as the old field never said). It runs before Strapi syncs the schema, so the old
 * column is still there to read; Strapi then drops it. Idempotent: a second run changes nothing,
 * and a database without the table (a fresh install) is left alone.
 */
import type { Knex } from 'knex';
import type { BACKLOG_KINDS } from '../domain/constants';

type Kind = (typeof BACKLOG_KINDS)[number];

/** Old kind → SOP kind (web SOP B1). "improvement" was a planned enhancement: a development plan. */
export const LEGACY_BACKLOG_KINDS: Readonly<Record<string, Kind>> = {
  feature: 'development_plan',
  improvement: 'development_plan',
  bug: 'technical_issue',
  content: 'content_update',
};

export const BACKLOG_TABLE = 'ppid_backlog_items';
const OLD_RECEIPT = 'developer_receipt_at';
const RECEIPT = 'received_at';

export type MigrationReport = { kinds: Record<string, number>; receipts: number };

export async function migrateLegacyBacklog(knex: Knex): Promise<MigrationReport> {
  const report: MigrationReport = { kinds: {}, receipts: 0 };
  if (!(await knex.schema.hasTable(BACKLOG_TABLE))) return report;
  if (await knex.schema.hasColumn(BACKLOG_TABLE, 'kind')) {
    for (const [from, to] of Object.entries(LEGACY_BACKLOG_KINDS)) {
      const n = await knex(BACKLOG_TABLE).where('kind', from).update({ kind: to });
      if (n) report.kinds[from] = n;
    }
  }
  if (await knex.schema.hasColumn(BACKLOG_TABLE, OLD_RECEIPT)) {
    // The column as Strapi creates a datetime (the schema sync that follows finds it in place).
    if (!(await knex.schema.hasColumn(BACKLOG_TABLE, RECEIPT))) {
      await knex.schema.alterTable(BACKLOG_TABLE, (t) => {
        t.datetime(RECEIPT, { useTz: false, precision: 6 });
      });
    }
    // Only where the engine has recorded nothing: a receipt taken through the workflow wins.
    report.receipts = await knex(BACKLOG_TABLE)
      .whereNull(RECEIPT)
      .whereNotNull(OLD_RECEIPT)
      .update({ [RECEIPT]: knex.ref(OLD_RECEIPT) });
  }
  return report;
}

/** The migration as Strapi's migration runner takes it (run once, in a transaction, before the schema sync). */
export const legacyBacklogMigration = {
  name: 'ppid-2026-12-web-sop-legacy-backlog',
  async up(knex: Knex) {
    await migrateLegacyBacklog(knex);
  },
  async down() {
    // The old kinds and column are not restored: the SOP's kinds and the engine's receipt stay.
  },
};
