/**
 * The transition matrix of every SOP template, generated from the template itself and run through
 * the real admin route (POST /ppid/workflow/items/:type/:documentId/transitions) as real admin
 * users holding positions. Each template is bound to a unit of its own (a per-unit override of the
 * agency default). For every edge: a fresh item is driven to the edge's stage along forward edges;
 * there, the edge taken by every other position answers 403, every transition that does not leave
 * the stage answers 400 (both change nothing), and the edge taken by the stage's position holder
 * answers 200 and moves the item where the edge leads, with one log row saying who acted as what.
 */
import { boot, adminSession, type Booted } from '../helpers/strapi';
import { announcementData, create, dipData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { createObjection, createRequest } from '../helpers/desk';
import { assign, instanceOf, itemUrl, logOf, person, proveAnnouncement, type Staff } from '../helpers/workflow';
import { isAgencyPosition, POSITIONS, type Position } from '../../plugins/ppid/server/src/domain/constants';
import { transitionKey, type TransitionDef, type WorkflowDefinition } from '../../plugins/ppid/server/src/workflow/definition';
import { TEMPLATES } from '../../plugins/ppid/server/src/workflow/templates';

const REASON = 'Alasan tertulis untuk langkah ini.';
let app: Booted;
let root: Awaited<ReturnType<typeof adminSession>>;
let agency: { documentId: string };
const staff = new Map<Position, Staff>();
let serial = 0;

beforeAll(async () => {
  app = await boot('workflow-matrix');
  ({ agency } = await unitTree(app.strapi));
  root = await adminSession(app);
  for (const position of POSITIONS) staff.set(position, await person(app, `Pejabat ${position}`));
});
afterAll(async () => {
  await app?.stop();
});

/** A new item of the template's content type in `unit` (written as setup code, not through a route). */
async function newItem(def: WorkflowDefinition, unit: { documentId: string }): Promise<string> {
  serial += 1;
  if (def.contentType === 'announcement') {
    return (await create(app.strapi, 'announcement', announcementData({ title: `Matriks ${serial}`, slug: `matriks-${serial}`, unit: unit.documentId }))).documentId;
  }
  if (def.contentType === 'dip-entry') {
    return (await create(app.strapi, 'dip-entry', dipData({ number: `MX-${serial}`, holderUnit: unit.documentId, documentUrl: `https://ppid.uji.go.id/dip/${serial}.pdf` }))).documentId;
  }
  if (def.contentType === 'backlog-item') {
    // Everything its steps require is there (minutes, presentation mode, a signed approval form): this suite is about who acts.
    const signatures = [
      { role: 'sub_koordinator', userId: staff.get('sub_koordinator')!.id, at: '2026-05-04T02:00:00.000Z' },
      { role: 'koordinator', userId: staff.get('kabid')!.id, at: '2026-05-04T03:00:00.000Z' },
    ];
    const form = await create(app.strapi, 'approval-form', { number: `FP-MX-${serial}`, title: `Persetujuan ${serial}`, submittedOn: '2026-05-04' });
    await app.strapi.db.query('plugin::ppid.approval-form').update({ where: { id: form.id }, data: { signatures, state: 'approved' } });
    const item = await create(app.strapi, 'backlog-item', { title: `Backlog ${serial}`, description: 'Kendala website.', unit: unit.documentId, presentationMode: 'online', approvalForm: form.documentId });
    await create(app.strapi, 'meeting-minute', { title: `Rapat ${serial}`, meetingAt: '2026-05-04T02:00:00.000Z', location: 'Ruang rapat', attendees: [{ name: 'Tim web', position: 'Sub Koordinator' }], agenda: 'Backlog', decisions: 'Dikerjakan.', backlogItems: [item.documentId] });
    return item.documentId;
  }
  if (def.contentType === 'info-request' || def.contentType === 'objection') {
    // Everything the steps require is there (what is missing, the disposisi, a complete notice; the PPID's response, the decision).
    const request = await createRequest(app.strapi, {
      unit: unit.documentId,
      missingItems: 'Fotokopi KTP.',
      holderUnit: unit.documentId,
      outcome: 'granted_full',
      noticeNumber: `PT-${serial}`,
      noticeBody: 'Informasi diberikan seluruhnya.',
    });
    if (def.contentType === 'info-request') return request.documentId;
    return (
      await createObjection(app.strapi, { unit: unit.documentId, request: request.documentId, ppidResponse: 'Tanggapan PPID.', decision: 'upheld', decisionBody: 'Keberatan diterima.' })
    ).documentId;
  }
  // One content plan per unit and quarter: every item gets a quarter of its own.
  return (
    await create(app.strapi, 'content-plan', { title: `Rencana ${serial}`, unit: unit.documentId, year: 2030 + Math.floor(serial / 4), quarter: (serial % 4) + 1 })
  ).documentId;
}

/**
 * The forward edges from the initial stage to `stage` (shortest path); for a stage only a return
 * leads to (a request waiting for the requester to complete it), forward edges and returns.
 */
function pathTo(def: WorkflowDefinition, stage: string, actions: TransitionDef['action'][] = ['forward']): TransitionDef[] {
  const queue: { at: string; path: TransitionDef[] }[] = [{ at: def.initialStage, path: [] }];
  const seen = new Set([def.initialStage]);
  while (queue.length) {
    const { at, path } = queue.shift()!;
    if (at === stage) return path;
    for (const t of def.transitions.filter((x) => x.from === at && actions.includes(x.action) && !seen.has(x.to))) {
      seen.add(t.to);
      queue.push({ at: t.to, path: [...path, t] });
    }
  }
  if (!actions.includes('return')) return pathTo(def, stage, ['forward', 'return']);
  throw new Error(`${def.key}: no forward path to ${stage}`);
}

const actorAt = (def: WorkflowDefinition, stage: string) => def.stages.find((s) => s.key === stage)!.actor!;

// The yearly lists' templates (dip-edition, dip-submission, exclusion-list) have steps this matrix
// cannot prepare (every unit's submission accepted, the decree number of the head's signature):
// their positions are walked in dip-list.test.ts.
const LIST_TYPES = ['dip-edition', 'dip-submission', 'exclusion-list'];
describe.each(TEMPLATES.filter((t) => !LIST_TYPES.includes(t.contentType)).map((t) => [t.key, t] as const))(`transition matrix of %s through the admin route (${TEST_DB})`, (_key, def) => {
  const type = def.contentType;
  let unit: { documentId: string };
  let code: string;

  beforeAll(async () => {
    code = `matriks-${def.key}`.slice(0, 40).replace(/-+$/, '');
    unit = await create(app.strapi, 'unit', { name: `Unit ${def.key}`, code, kind: 'division', parent: agency.documentId });
    for (const [position, who] of staff) await assign(app, who, position, unit.documentId);
    const bound = await root.as('put', '/ppid/workflow-bindings').send({ contentType: type, unit: code, workflowKey: def.key });
    expect(bound.status).toBe(200);
  });

  // A disposisi names the holder of the next stage's position and an agenda number.
  const disposition = (t: Pick<TransitionDef, 'from' | 'to' | 'action'>) => {
    const edge = def.transitions.find((x) => transitionKey(x) === transitionKey(t));
    return edge?.assigns ? { assignee: staff.get(actorAt(def, edge.to))!.id, agendaNumber: `000.9/${serial}/MATRIKS` } : {};
  };
  const post = (who: Staff, doc: string, t: Pick<TransitionDef, 'from' | 'to' | 'action'>, revision: number) =>
    who.as('post', `${itemUrl(type, doc)}/transitions`).send({ transition: transitionKey(t), revision, reason: REASON, ...disposition(t) });

  const checkedStages = new Set<string>();
  for (const edge of def.transitions) {
    it(`${transitionKey(edge)}: only "${actorAt(def, edge.from)}" of the item's unit takes it`, async () => {
      const doc = await newItem(def, unit);
      if (type === 'announcement') await proveAnnouncement(app, doc);
      let revision = 1;
      expect((await instanceOf(app, type, doc))).toMatchObject({ workflowKey: def.key, workflowVersion: def.version, stage: def.initialStage, revision });
      for (const step of pathTo(def, edge.from)) {
        const res = await post(staff.get(actorAt(def, step.from))!, doc, step, revision);
        expect([transitionKey(step), res.status]).toEqual([transitionKey(step), 200]);
        revision += 1;
      }
      const actor = actorAt(def, edge.from);
      const logLength = (await logOf(app, type, doc)).length;

      for (const position of POSITIONS.filter((p) => p !== actor)) {
        const res = await post(staff.get(position)!, doc, edge, revision);
        expect([position, res.status, res.body.error?.name]).toEqual([position, 403, 'ForbiddenError']);
      }
      if (!checkedStages.has(edge.from)) {
        checkedStages.add(edge.from);
        for (const other of def.transitions.filter((t) => t.from !== edge.from)) {
          const res = await post(staff.get(actor)!, doc, other, revision);
          expect([transitionKey(other), res.status]).toEqual([transitionKey(other), 400]);
          expect(res.body.error.message).toBe(`"${transitionKey(other)}" does not leave the current stage "${edge.from}": nobody skips a stage`);
        }
      }
      expect(await instanceOf(app, type, doc)).toMatchObject({ stage: edge.from, revision });
      expect((await logOf(app, type, doc)).length).toBe(logLength);

      const res = await post(staff.get(actor)!, doc, edge, revision);
      expect(res.status).toBe(200);
      expect(res.body.data.state).toMatchObject({ stage: edge.to, revision: revision + 1 });
      const log = await logOf(app, type, doc);
      expect(log).toHaveLength(logLength + 1);
      expect(log[log.length - 1]).toMatchObject({
        action: edge.action,
        fromStage: edge.from,
        toStage: edge.to,
        actorId: staff.get(actor)!.id,
        position: actor,
        holding: 'definitive',
        // An agency position acts for every unit from where its holder sits; the web SOP's Koordinator
        // from the website desk (where the Sub Koordinator sits: the first unit of this suite).
        unitCode: isAgencyPosition(actor) || def.stages.find((s) => s.key === edge.from)!.actorAt === 'website-desk' ? expect.stringMatching(/^matriks-/) : code,
        reason: edge.assigns ? expect.stringMatching(/^Disposisi No\. 000\.9\/\d+\/MATRIKS kepada Pejabat fungsional Uji: Alasan tertulis/) : REASON,
      });
      if (edge.action === 'publish') {
        // The engine published it: a published version (draft & publish types) or a plan handed to the head.
        const uid = `plugin::ppid.${type}`;
        if (type === 'content-plan') expect((await app.strapi.db.query(uid).findOne({ where: { documentId: doc } })).state).toBe('submitted');
        else if (type === 'backlog-item') expect((await app.strapi.db.query(uid).findOne({ where: { documentId: doc } })).state).toBe('done');
        else expect(await app.strapi.db.query(uid).count({ where: { documentId: doc, publishedAt: { $notNull: true } } })).toBe(1);
      }
    });
  }
});
