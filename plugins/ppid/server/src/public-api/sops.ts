/**
 * The SOPs in force as readable procedures (SOP 190/2024: how information is served is itself
 * public information). Pure: a workflow definition (workflow/definition.ts) and where it applies →
 * the steps in order, who acts (by position name, in Indonesian), the time standard, the output,
 * the SOP number and legal basis. Nothing about people: positions only.
 */
import { POSITION_LABELS } from '../domain/constants';
import type { StageDef, TimeStandard, WorkflowDefinition } from '../workflow/definition';

const UNIT_WORDS: Record<TimeStandard['unit'], string> = { minutes: 'menit', hours: 'jam kerja', days: 'hari kerja' };

export const timeStandardText = (t: TimeStandard | undefined) => (t ? `${t.amount} ${UNIT_WORDS[t.unit]}` : null);

/** The stages a case walks through, from the initial stage along forward/publish transitions. */
export function orderedStages(def: WorkflowDefinition): StageDef[] {
  const byKey = new Map(def.stages.map((s) => [s.key, s]));
  const out: StageDef[] = [];
  let key: string | undefined = def.initialStage;
  const seen = new Set<string>();
  while (key && !seen.has(key) && byKey.has(key)) {
    seen.add(key);
    const stage = byKey.get(key) as StageDef;
    if (stage.kind !== 'cancelled') out.push(stage);
    const next = def.transitions.find((t) => t.from === key && (t.action === 'forward' || t.action === 'publish'));
    key = next?.to;
  }
  // Stages off the main path (other than cancelled) come after it, in definition order.
  for (const s of def.stages) if (!seen.has(s.key) && s.kind !== 'cancelled') out.push(s);
  return out;
}

export interface SopFile {
  name: string;
  url: string;
  mime: string;
  size: number;
}

export function sopView(def: WorkflowDefinition, appliesTo: { contentType: string; units: { code: string; name: string }[] | null }, document: SopFile | null) {
  const stages = orderedStages(def);
  return {
    key: def.key,
    version: def.version,
    name: def.name.id,
    contentType: def.contentType,
    sop: {
      number: def.sop.number,
      title: def.sop.title,
      issuer: def.sop.issuer,
      madeOn: def.sop.madeOn ?? null,
      revisedOn: def.sop.revisedOn ?? null,
      effectiveOn: def.sop.effectiveOn ?? null,
      approvedBy: def.sop.approvedBy ?? null,
      legalBasis: [...def.sop.legalBasis],
    },
    /** null: the agency default (every unit without its own binding). */
    units: appliesTo.units,
    steps: stages
      .filter((s) => s.kind !== 'published')
      .map((s, i) => ({
        number: i + 1,
        name: s.name.id,
        actor: s.actor ? POSITION_LABELS[s.actor]?.id ?? s.actor : null,
        timeStandard: timeStandardText(s.timeStandard),
        output: s.output ?? null,
      })),
    document,
  };
}
