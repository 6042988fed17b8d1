/**
 * Staff holding positions in units, each with an admin session, and small wrappers around the
 * workflow's admin routes, so that tests read as what people do.
 */
import { ok, type Booted } from './strapi';
import { create } from './fixtures';

const P = 'plugin::ppid.';
let counter = 0;

export type Staff = {
  id: number;
  email: string;
  token: string;
  as: (method: 'get' | 'post' | 'put' | 'delete', url: string) => any;
  /** The app the person works in (for reading the stored revision when they may not see the item). */
  app?: Booted;
};

/** An admin user (Editor role unless told otherwise) logged in through /admin/login. */
export async function person(app: Booted, name: string, roles: string[] = ['strapi-editor']): Promise<Staff> {
  counter += 1;
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@uji.ppid.go.id`;
  const password = 'Rahasia-Uji-123';
  const roleRows = await app.strapi.db.query('admin::role').findMany({ where: { code: { $in: roles } } });
  const user = await app.strapi.service('admin::user').create({
    email,
    firstname: name,
    lastname: 'Uji',
    password,
    isActive: true,
    registrationToken: null,
    roles: roleRows.map((r: any) => r.id),
  });
  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status}`);
  const token = res.body.data.token as string;
  return { id: user.id, email, token, app, as: (method, url) => app.http()[method](url).set('Authorization', `Bearer ${token}`) };
}

/** Gives a person a position in a unit (definitive unless told), from 2020 on. */
export async function assign(app: Booted, staff: Staff, position: string, unitDocumentId: string, extra: Record<string, unknown> = {}) {
  return create(app.strapi, 'position-assignment', {
    user: { connect: [{ id: staff.id }] },
    position,
    unit: unitDocumentId,
    holding: 'definitive',
    startsOn: '2020-01-01',
    ...extra,
  });
}

/** A position held in a unit: the person's name, the position, the unit, extra assignment fields, the person's roles. */
export type Holding = [name: string, position: string, unit: { documentId: string }, extra?: Record<string, unknown>, roles?: string[]];

/**
 * People logged in with the plugin's Staf PPID role (unless a row or the call names others), each
 * holding one position: `{ kabid: ['Kabid IKP', 'kabid', units.ikp] }` gives `{ kabid: Staff }`.
 * They log in together; their positions are assigned in the order given.
 */
export async function holders<K extends string>(app: Booted, table: Record<K, Holding>, roles: string[] = ['ppid-staff']): Promise<Record<K, Staff>> {
  const keys = Object.keys(table) as K[];
  const people = await Promise.all(keys.map((k) => person(app, table[k][0], table[k][4] ?? roles)));
  const byKey = {} as Record<K, Staff>;
  for (const [i, k] of keys.entries()) {
    const [, position, unit, extra] = table[k];
    await assign(app, people[i], position, unit.documentId, extra);
    byKey[k] = people[i];
  }
  return byKey;
}

export type AnnouncementTeam = { kepala: Staff; sekretaris: Staff; kabidIkp: Staff; dewi: Staff };
type Units = { agency: { documentId: string }; ikp: { documentId: string } };

/**
 * The holders of SOP 190/2024's chain for Bidang IKP, for `holders`: the Kepala and the Sekretaris
 * of the agency, the Kabid IKP, Dewi who drafts; the Kepala's assignment fields and roles as told.
 */
export const announcementChain = (units: Units, kepala: { extra?: Record<string, unknown>; roles?: string[] } = {}): Record<keyof AnnouncementTeam, Holding> => ({
  kepala: ['Kepala', 'kepala', units.agency, kepala.extra, kepala.roles],
  sekretaris: ['Sekretaris', 'sekretaris', units.agency],
  kabidIkp: ['Kabid IKP', 'kabid', units.ikp],
  dewi: ['Dewi', 'fungsional', units.ikp],
});

/** An announcement drafted by Dewi taken from the disposisi to the publishing stage by its positions; every step must answer 200. */
export async function approveAnnouncement(team: AnnouncementTeam, documentId: string) {
  await ok(dispose(team.kabidIkp, documentId, team.dewi));
  await ok(act(team.dewi, 'announcement', documentId, 'drafting->review_kabid:forward'));
  await ok(act(team.kabidIkp, 'announcement', documentId, 'review_kabid->review_secretary:forward'));
  await ok(act(team.sekretaris, 'announcement', documentId, 'review_secretary->approval_head:forward'));
  await ok(act(team.kepala, 'announcement', documentId, 'approval_head->publishing:forward'));
}

/** Approved, proved on the website and the notice board, and published by Dewi. */
export async function publishAnnouncement(app: Booted, team: AnnouncementTeam, documentId: string) {
  await approveAnnouncement(team, documentId);
  await proveAnnouncement(app, documentId);
  await ok(act(team.dewi, 'announcement', documentId, 'publishing->published:publish'));
}

export const itemUrl = (type: string, documentId: string) => `/ppid/workflow/items/${type}/${documentId}`;

/** GET the item's workflow view as this person. */
export async function look(staff: Staff, type: string, documentId: string) {
  const res = await staff.as('get', itemUrl(type, documentId));
  if (res.status !== 200) throw new Error(`GET workflow item: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/**
 * The revision the person sees; someone who may not read the item (staff of another unit) acts at
 * the stored revision, so that the test sees what the transition route answers them.
 */
async function currentRevision(staff: Staff, type: string, documentId: string): Promise<number> {
  const res = await staff.as('get', itemUrl(type, documentId));
  if (res.status === 200) return res.body.data.state.revision;
  if (res.status === 403 && staff.app) return (await instanceOf(staff.app, type, documentId)).revision;
  throw new Error(`GET workflow item: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Takes a transition at the revision the person sees now; returns the raw response. */
export async function act(staff: Staff, type: string, documentId: string, transition: string, reason?: string, revision?: number, extra: Record<string, unknown> = {}) {
  const rev = revision ?? (await currentRevision(staff, type, documentId));
  return staff.as('post', `${itemUrl(type, documentId)}/transitions`).send({ transition, revision: rev, ...(reason ? { reason } : {}), ...extra });
}

/** A transition that must go through: 200 and no error message (a failure names the transition). */
export async function step(staff: Staff, type: string, documentId: string, transition: string, reason?: string) {
  const res = await act(staff, type, documentId, transition, reason);
  expect([transition, res.status, res.body?.error?.message]).toEqual([transition, 200, undefined]);
}

/** The disposisi of SOP 190/2024: the head of the unit names the drafter and the agenda number. */
export const dispose = (head: Staff, documentId: string, drafter: Staff, agendaNumber = '005/IKP/2026', revision?: number) =>
  act(head, 'announcement', documentId, 'disposition->drafting:forward', undefined, revision, { assignee: drafter.id, agendaNumber });

export const instanceOf = (app: Booted, type: string, documentId: string) =>
  app.strapi.db.query(`${P}workflow-instance`).findOne({ where: { subjectType: type, subjectDocumentId: documentId } });

export const logOf = (app: Booted, type: string, documentId: string) =>
  app.strapi.db.query(`${P}workflow-transition`).findMany({ where: { subjectType: type, subjectDocumentId: documentId }, orderBy: [{ id: 'asc' }] });

/** Publication proof for an announcement: one online (website) and one offline (notice board) record. */
export async function proveAnnouncement(app: Booted, documentId: string, channels = ['website', 'notice_board']) {
  for (const channel of channels) {
    await create(app.strapi, 'publication-record', {
      announcement: documentId,
      channel,
      url: `https://diskominfo.uji.go.id/bukti/${documentId}/${channel}`,
      channelPublishedAt: '2026-05-04T03:00:00.000Z',
    });
  }
}

/**
 * Puts a yearly list (a DIP edition, a list of excluded information) at its head's signing stage,
 * as trusted setup: the collection and the checks before it are dip-list.test.ts's.
 */
export async function atSigning(app: Booted, type: 'dip-edition' | 'exclusion-list', documentId: string) {
  const { SUBJECTS } = await import('../../plugins/ppid/server/src/workflow/subjects');
  await app.strapi.plugin('ppid').service('workflow-instances').startFor(SUBJECTS[type], documentId, null);
  await app.strapi.db.query(`${P}workflow-instance`).update({ where: { subjectType: type, subjectDocumentId: documentId }, data: { stage: 'signing', status: 'active' } });
}

/** The head's signature on a list at its signing stage (POST .../sign), at the stored revision. */
export async function signList(staff: Staff, app: Booted, type: 'dip-edition' | 'exclusion-list', documentId: string, body: { decreeNumber?: string; signedAt?: string }) {
  const revision = (await instanceOf(app, type, documentId))?.revision ?? 1;
  const path = type === 'dip-edition' ? `/ppid/dip/editions/${documentId}/sign` : `/ppid/exclusion-lists/${documentId}/sign`;
  return staff.as('post', path).send({ revision, ...body });
}
