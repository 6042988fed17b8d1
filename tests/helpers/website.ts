/**
 * The website team of the web SOP, and the website evaluation's second quarter of 2026 written
 * straight into the tables (db.query), for the suites that check the figures an evaluation is taken with.
 */
import { announcementData, create, type unitTree } from './fixtures';
import type { Holding } from './workflow';

type Units = Awaited<ReturnType<typeof unitTree>>;
type Member = 'kabid' | 'kabidStat' | 'subKoordinator' | 'webDeveloper';

/**
 * The web SOP's holders, for `holders`: Rahmat, Kabid IKP and so the Koordinator; the Kabid of
 * Bidang Statistik; Sari, the website Sub Koordinator in Bidang IKP; Budi, the agency's Web
 * Developer. Assignment fields (a signer's name and NIP) per person as told.
 */
export const websiteTeam = (units: Units, extra: Partial<Record<Member, Record<string, unknown>>> = {}) =>
  ({
    kabid: ['Rahmat', 'kabid', units.ikp, extra.kabid],
    kabidStat: ['Kabid Statistik', 'kabid', units.stat, extra.kabidStat],
    subKoordinator: ['Sari', 'sub_koordinator', units.ikp, extra.subKoordinator],
    webDeveloper: ['Budi', 'web_developer', units.agency, extra.webDeveloper],
  }) satisfies Record<Member, Holding>;

/**
 * Q2 2026: a signed plan (Bidang IKP plans two items in April and one in May, Bidang Statistik one
 * in May) and a draft plan that does not count; IKP publishes on 10 April 09:00 WIB and on 30 April
 * 23:30 WIB (still April locally), Statistik on 2 July (outside), each with a website proof and the
 * first with a social-media proof too; backlog items opened in March and closed 1 April (10 days),
 * opened 4 May and closed 8 May (4 days), one still open, one opened after the quarter.
 * Document ids are `prefix` and a serial; the plans belong to the units given.
 */
export async function seedWebsiteQuarter(strapi: any, units: Units, opts: { prefix: string; planUnitId: number; draftUnitId: number }) {
  const q = (uid: string) => strapi.db.query(`plugin::ppid.${uid}`);
  let seq = 0;
  const docId = () => `${opts.prefix}${String(++seq).padStart(24 - opts.prefix.length, '0')}`;
  const [ikpId, statId] = [units.ikp.id, units.stat.id];

  const plan = await q('content-plan').create({ data: { documentId: docId(), title: 'Rencana konten TW II 2026', unit: opts.planUnitId, year: 2026, quarter: 2, state: 'signed' } });
  const draft = await q('content-plan').create({ data: { documentId: docId(), title: 'Draf (tidak dihitung)', unit: opts.draftUnitId, year: 2026, quarter: 2, state: 'draft' } });
  for (const [p, unit, month] of [[plan.id, ikpId, 4], [plan.id, ikpId, 4], [plan.id, ikpId, 5], [plan.id, statId, 5], [draft.id, statId, 4]] as const)
    await q('content-plan-item').create({ data: { documentId: docId(), plan: p, title: `Konten ${unit}-${month}`, infoClass: 'berkala', targetMonth: month, unit } });

  for (const [slug, at] of [['ikp-april', '2026-04-10T02:00:00.000Z'], ['ikp-akhir-april', '2026-04-30T16:30:00.000Z'], ['stat-juli', '2026-07-02T02:00:00.000Z']] as const) {
    const unit = slug.startsWith('ikp') ? units.ikp.documentId : units.stat.documentId;
    const item = await create(strapi, 'announcement', announcementData({ slug, unit }), true);
    await q('announcement').updateMany({ where: { documentId: item.documentId, publishedAt: { $notNull: true } }, data: { publishedAt: new Date(at) } });
    const published = await q('announcement').findOne({ where: { documentId: item.documentId, publishedAt: { $notNull: true } } });
    await q('publication-record').create({ data: { documentId: docId(), announcement: published.id, channel: 'website', channelPublishedAt: new Date(at) } });
    if (slug === 'ikp-april') await q('publication-record').create({ data: { documentId: docId(), announcement: published.id, channel: 'social_media', channelPublishedAt: new Date(at) } });
  }

  for (const [title, opened, resolved] of [
    ['Perbaikan menu utama', '2026-03-22T02:00:00.000Z', '2026-04-01T02:00:00.000Z'],
    ['Tautan rusak di beranda', '2026-05-04T02:00:00.000Z', '2026-05-08T02:00:00.000Z'],
    ['Halaman DIP lambat dimuat', '2026-05-20T02:00:00.000Z', null],
    ['Fitur pencarian baru', '2026-07-05T02:00:00.000Z', null],
  ] as const)
    await q('backlog-item').create({ data: { documentId: docId(), title, description: title, kind: 'development_plan', priority: 'normal', state: resolved ? 'done' : 'proposed', createdAt: new Date(opened), resolvedAt: resolved ? new Date(resolved) : null } });
}
