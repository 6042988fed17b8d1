/**
 * Workflow definitions as data, through the admin routes: an agency saves its own version of an SOP
 * template, a bad definition is refused with the problem named (and nothing saved), a running item
 * keeps the version it started with while new items take the new one, and bindings are validated.
 */
import { boot, adminSession, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { instanceOf, person } from '../helpers/workflow';
import { announcementDiskominfoKalbar } from '../../plugins/ppid/server/src/workflow/templates';

let app: Booted;
let root: Awaited<ReturnType<typeof adminSession>>;
let units: Awaited<ReturnType<typeof unitTree>>;
const KEY = 'pengumuman-diskominfo-kalbar';
const clone = () => JSON.parse(JSON.stringify(announcementDiskominfoKalbar));
/** SOP 190 without the Sekretaris: the Kabid forwards straight to the Kepala Dinas. */
function withoutSecretary() {
  const def = clone();
  delete def.version;
  def.stages = def.stages.filter((s: any) => s.key !== 'review_secretary');
  def.transitions = def.transitions
    .filter((t: any) => t.from !== 'review_secretary')
    .map((t: any) => (t.from === 'review_kabid' && t.to === 'review_secretary' ? { ...t, to: 'approval_head', label: { id: 'Teruskan ke Kepala Dinas', en: 'Forward to the head of agency' } } : t));
  return def;
}
const rows = () => app.strapi.db.query('plugin::ppid.workflow').count();

beforeAll(async () => {
  app = await boot('workflow-definitions');
  units = await unitTree(app.strapi);
  root = await adminSession(app);
});
afterAll(async () => {
  await app?.stop();
});

describe(`workflow definitions and bindings (${TEST_DB})`, () => {
  it('lists the SOP templates, latest version of each', async () => {
    const res = await root.as('get', '/ppid/workflows');
    expect(res.status).toBe(200);
    expect(res.body.data.map((d: any) => [d.key, d.version, d.source]).sort()).toEqual(
      [
        ['pendokumentasian-kapuas-hulu', 1, 'template'],
        // A DIP row's own light flow under the yearly list (issue 9): the default for DIP entries.
        ['baris-dip-kapuas-hulu', 1, 'template'],
        ['pendokumentasian-online-disdukcapil-kalbar', 1, 'template'],
        ['pengumuman-diskominfo-kalbar', 2, 'template'],
        ['pengumuman-dinsos-pontianak', 2, 'template'],
        ['web-rencana-konten', 2, 'template'],
        ['web-unggah-bulanan', 2, 'template'],
        ['web-backlog', 2, 'template'],
        // The yearly lists (issue 9): the DIP edition and unit submissions per SOP, the list of excluded information.
        ['dip-tahunan-kapuas-hulu', 1, 'template'],
        ['dip-usulan-unit-kapuas-hulu', 1, 'template'],
        ['dip-tahunan-disdukcapil-kalbar', 1, 'template'],
        ['dip-usulan-unit-disdukcapil-kalbar', 1, 'template'],
        ['daftar-dikecualikan-kapuas-hulu', 1, 'template'],
        // The information service (issue 14): a request for information, an objection.
        ['layanan-permohonan-informasi', 1, 'template'],
        ['layanan-keberatan', 1, 'template'],
      ].sort()
    );
    expect((await root.as('get', '/ppid/workflows?all=maybe')).status).toBe(400);
  });

  it('refuses a bad definition with every problem named, and saves nothing', async () => {
    const before = await rows();
    const unknownStage = withoutSecretary();
    unknownStage.transitions.push({ from: 'drafting', to: 'nowhere', action: 'forward', label: { id: 'x', en: 'x' } });
    const unreachable = withoutSecretary();
    unreachable.stages.push({ key: 'limbo', name: { id: 'Limbo', en: 'Limbo' }, actor: 'kabid', kind: 'review' });
    const duplicate = withoutSecretary();
    duplicate.transitions.push({ ...duplicate.transitions[0] });
    const noPublish = withoutSecretary();
    noPublish.transitions = noPublish.transitions.filter((t: any) => t.action !== 'publish');
    const typo = { ...withoutSecretary(), reasonRequierd: true };
    const cases: [object, string][] = [
      [unknownStage, `Transition ${unknownStage.transitions.length} leads to unknown stage "nowhere"`],
      [unreachable, 'Stage "limbo" cannot be reached from "disposition"'],
      [duplicate, 'Duplicate transition disposition -> drafting (forward)'],
      [noPublish, 'Stage "published" cannot be reached from "disposition"'],
      [typo, 'definition: Unrecognized key: "reasonRequierd"'],
      [{ ...withoutSecretary(), contentType: 'dip-entry' }, `Workflow "${KEY}" carries "announcement": a new version cannot carry "dip-entry"`],
    ];
    for (const [body, message] of cases) {
      const res = await root.as('post', '/ppid/workflows').send(body);
      expect([message, res.status]).toEqual([message, 400]);
      expect(res.body.error).toMatchObject({ name: 'ValidationError', message });
      expect(res.body.error.details.errors.length).toBeGreaterThan(0);
    }
    const noPath = await root.as('post', '/ppid/workflows').send(noPublish);
    expect(noPath.body.error.details.errors.map((e: any) => e.message)).toEqual(expect.arrayContaining(['No path leads from "disposition" to publication']));
    expect(await rows()).toBe(before);
  });

  it('saves a new version; a running item keeps its version, a new item takes the new one', async () => {
    const running = (await create(app.strapi, 'announcement', announcementData({ slug: 'versi-lama', unit: units.ikp.documentId }))).documentId;
    const saved = await root.as('post', '/ppid/workflows').send(withoutSecretary());
    expect(saved.status).toBe(201);
    expect(saved.body.data).toMatchObject({ key: KEY, version: 3, source: 'custom' });
    const all = await root.as('get', '/ppid/workflows?all=true');
    expect(all.body.data.filter((d: any) => d.key === KEY).map((d: any) => d.version)).toEqual([3, 2]);

    const fresh = (await create(app.strapi, 'announcement', announcementData({ slug: 'versi-baru', unit: units.ikp.documentId }))).documentId;
    expect(await instanceOf(app, 'announcement', running)).toMatchObject({ workflowKey: KEY, workflowVersion: 2 });
    expect(await instanceOf(app, 'announcement', fresh)).toMatchObject({ workflowKey: KEY, workflowVersion: 3 });
    const oldView = (await root.as('get', `/ppid/workflow/items/announcement/${running}`)).body.data;
    const newView = (await root.as('get', `/ppid/workflow/items/announcement/${fresh}`)).body.data;
    expect(oldView.stages.map((s: any) => s.key)).toContain('review_secretary');
    expect(newView.stages.map((s: any) => s.key)).not.toContain('review_secretary');
    expect(newView.workflow).toMatchObject({ key: KEY, version: 3 });
  });

  it('binds a workflow per content type and unit; refuses bindings that do not fit', async () => {
    const ok = await root.as('put', '/ppid/workflow-bindings').send({ contentType: 'announcement', unit: 'bidang-statistik', workflowKey: 'pengumuman-dinsos-pontianak' });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual(expect.arrayContaining([{ id: expect.any(Number), contentType: 'announcement', unit: { code: 'bidang-statistik', name: 'Bidang Statistik' }, workflowKey: 'pengumuman-dinsos-pontianak' }]));
    const stat = (await create(app.strapi, 'announcement', announcementData({ slug: 'statistik', unit: units.stat.documentId }))).documentId;
    expect(await instanceOf(app, 'announcement', stat)).toMatchObject({ workflowKey: 'pengumuman-dinsos-pontianak', stage: 'update_request' });
    const bindings = await app.strapi.db.query('plugin::ppid.workflow-binding').count();
    for (const [body, message] of [
      [{ contentType: 'announcement', unit: null, workflowKey: 'tidak-ada' }, 'Unknown workflow "tidak-ada"'],
      [{ contentType: 'announcement', unit: null, workflowKey: 'web-rencana-konten' }, 'Workflow "web-rencana-konten" carries "content-plan", not "announcement"'],
      [{ contentType: 'announcement', unit: 'unit-hantu', workflowKey: KEY }, 'Unknown unit "unit-hantu"'],
      [{ contentType: 'pengumuman', unit: null, workflowKey: KEY }, '"contentType" must be one of announcement, dip-entry, content-plan, backlog-item, dip-edition, dip-submission, exclusion-list, info-request, objection'],
      [{ contentType: 'announcement', workflowKey: KEY, extra: 1 }, 'Unrecognized key: "extra"'],
    ] as const) {
      const res = await root.as('put', '/ppid/workflow-bindings').send(body);
      expect([message, res.status]).toEqual([message, 400]);
      expect(res.body.error.message).toBe(message);
    }
    expect(await app.strapi.db.query('plugin::ppid.workflow-binding').count()).toBe(bindings);
  });

  it('lets only managers save definitions and bindings', async () => {
    const editor = await person(app, 'Editor');
    expect((await editor.as('get', '/ppid/workflows')).status).toBe(200);
    expect((await editor.as('post', '/ppid/workflows').send(withoutSecretary())).status).toBe(403);
    expect((await editor.as('put', '/ppid/workflow-bindings').send({ contentType: 'announcement', unit: null, workflowKey: KEY })).status).toBe(403);
  });
});
