import { actorOf, transitionsFrom, validateDefinition, type WorkflowDefinition } from '../src/workflow/definition';
import { announcementDiskominfoKalbar, TEMPLATES } from '../src/workflow/templates';

const clone = (d: WorkflowDefinition): WorkflowDefinition => JSON.parse(JSON.stringify(d));
const messages = (d: WorkflowDefinition) => validateDefinition(d).map((p) => p.message);

describe('workflow templates from the SOPs', () => {
  it.each(TEMPLATES.map((t) => [t.key, t]))('%s is a valid definition', (_key, template) => {
    expect(validateDefinition(template as WorkflowDefinition)).toEqual([]);
  });

  it('returns exactly as SOP 190/2024 says: the Sekretaris and the Kepala Dinas return to the Kabid, the Kabid to the drafter', () => {
    const returns = announcementDiskominfoKalbar.transitions.filter((t) => t.action === 'return').map((t) => `${t.from}->${t.to}`);
    expect(returns).toEqual(['review_kabid->drafting', 'review_secretary->review_kabid', 'approval_head->review_kabid']);
    expect(announcementDiskominfoKalbar.transitions.filter((t) => t.action === 'return').every((t) => t.reasonRequired)).toBe(true);
    expect(transitionsFrom(announcementDiskominfoKalbar, 'review_secretary').map((t) => actorOf(announcementDiskominfoKalbar, t))).toEqual(['sekretaris', 'sekretaris']);
    expect(announcementDiskominfoKalbar.stages.map((s) => s.timeStandard && `${s.timeStandard.amount} ${s.timeStandard.unit}`)).toEqual([
      '15 minutes', '1 days', '1 hours', '1 hours', '10 minutes', '15 minutes', undefined, undefined,
    ]);
    expect(announcementDiskominfoKalbar.proof).toEqual({ online: 1, offline: 1 });
  });
});

describe('validateDefinition names each problem', () => {
  it('unknown stages', () => {
    const d = clone(announcementDiskominfoKalbar);
    d.transitions.push({ from: 'review_kabid', to: 'legal_review', action: 'forward', label: { id: 'x', en: 'x' } });
    expect(messages(d)).toEqual(['Transition 12 leads to unknown stage "legal_review"']);
    d.initialStage = 'nowhere';
    expect(messages(d)).toContain('Unknown initial stage "nowhere"');
  });

  it('unreachable stages', () => {
    const d = clone(announcementDiskominfoKalbar);
    d.transitions = d.transitions.filter((t) => !(t.from === 'review_kabid' && t.to === 'review_secretary'));
    expect(messages(d)).toEqual([
      'Stage "review_secretary" cannot be reached from "disposition"',
      'Stage "approval_head" cannot be reached from "disposition"',
      'Stage "publishing" cannot be reached from "disposition"',
      'Stage "published" cannot be reached from "disposition"',
      'No path leads from "disposition" to publication',
      'No path leads from "drafting" to publication',
      'No path leads from "review_kabid" to publication',
    ]);
  });

  it('no path to publication', () => {
    const d = clone(announcementDiskominfoKalbar);
    d.transitions = d.transitions.filter((t) => t.action !== 'publish');
    expect(messages(d)).toContain('No path leads from "publishing" to publication');
    expect(messages(d)).toContain('Stage "published" cannot be reached from "disposition"');
  });

  it('duplicate edges and stages', () => {
    const d = clone(announcementDiskominfoKalbar);
    d.transitions.push({ ...d.transitions[0] });
    d.stages.push({ ...d.stages[1] });
    expect(messages(d)).toEqual(['Duplicate stage "drafting"', 'Duplicate transition disposition -> drafting (forward)']);
  });

  it('edges that break the meaning of an action', () => {
    const d = clone(announcementDiskominfoKalbar);
    d.transitions.push({ from: 'drafting', to: 'published', action: 'forward', label: { id: 'x', en: 'x' } });
    d.transitions.push({ from: 'published', to: 'drafting', action: 'return', label: { id: 'x', en: 'x' }, reasonRequired: false });
    expect(messages(d)).toEqual([
      'Only a publish transition may lead to "published"',
      'Stage "published" is final: nothing leaves it',
      'A return always needs a reason',
    ]);
  });

  it('stages without an actor or with an unknown position', () => {
    const d = clone(announcementDiskominfoKalbar);
    delete d.stages[0].actor;
    (d.stages[1] as any).actor = 'bupati';
    (d.stages[2] as any).timeStandard = { amount: 0, unit: 'weeks' };
    expect(messages(d)).toEqual([
      'Stage "disposition" needs the position that acts at it',
      'Stage "drafting": unknown position "bupati"',
      'Stage "review_kabid": a time standard is a positive amount of minutes, hours or days',
    ]);
  });
});
