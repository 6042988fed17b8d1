/**
 * Findings of one item, as the admin and the publish gate see them: where (field, file), what
 * (kind, masked preview, excerpt), how sure, and whether a reviewer cleared it. Pure.
 */
import { createHash } from 'crypto';
import { detect, mask, redact, type AllowList, type PersonalDataKind, type TextFinding } from './detect';
import type { Extraction } from './extract';

import { FINDING_KINDS, type FindingKind } from '../../../shared/lists';

export { FINDING_KINDS, type FindingKind };

export type Clearance = { by: string | null; position: string | null; at: string; reason: string };

export type Finding = {
  /** Same value, same key: a clearance or an allow-list entry covers it wherever it appears. */
  key: string;
  kind: FindingKind;
  field: string;
  file: { id: number; name: string | null } | null;
  /** UTF-16 offsets into the field's text (text findings of fields only). */
  start: number | null;
  end: number | null;
  masked: string;
  /** The words around it, every personal value in them masked. */
  excerpt: string | null;
  confidence: number;
  /** For `unchecked`: why the file could not be read. */
  reason: { id: string; en: string } | null;
  cleared: Clearance | null;
};

const WINDOW = 40;

export function excerptOf(text: string, f: Pick<TextFinding, 'start' | 'end'>, all: TextFinding[]): string {
  let from = Math.max(0, f.start - WINDOW);
  let to = Math.min(text.length, f.end + WINDOW);
  // A value cut by the window's edge would show its uncut part in clear: widen the window to take
  // it whole, then it is masked like the others.
  for (let widened = true; widened; ) {
    widened = false;
    for (const o of all) {
      if (o.start < from && o.end > from) {
        from = o.start;
        widened = true;
      }
      if (o.start < to && o.end > to) {
        to = o.end;
        widened = true;
      }
    }
  }
  const inside = all.filter((o) => o.start >= from && o.end <= to).map((o) => ({ ...o, start: o.start - from, end: o.end - from }));
  return `${from > 0 ? '…' : ''}${redact(text.slice(from, to), inside).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

const fromText = (field: string, file: Finding['file'], text: string, found: TextFinding[], withSpan: boolean): Finding[] =>
  found.map((f) => ({
    key: f.key,
    kind: f.kind as PersonalDataKind,
    field,
    file,
    start: withSpan ? f.start : null,
    end: withSpan ? f.end : null,
    masked: f.masked,
    excerpt: excerptOf(text, f, found),
    confidence: f.confidence,
    reason: null,
    cleared: null,
  }));

/** Findings in one text field. */
export const textFindings = (field: string, text: string, allow: AllowList): Finding[] => fromText(field, null, text, detect(text, allow), true);

const METADATA_WORDS = { gps: 'lokasi GPS', owner: 'nama pemilik', serial: 'nomor seri perangkat' } as const;

/** Findings in one attached file, from what extract() read of it. */
export function fileFindings(field: string, file: { id: number; name: string | null; hash: string }, extraction: Extraction, allow: AllowList): Finding[] {
  const ref = { id: file.id, name: file.name };
  const keyOf = (what: string) => createHash('sha256').update(`${what}:${file.hash}`).digest('hex').slice(0, 24);
  if (extraction.kind === 'unchecked') {
    return [{ key: keyOf(`unchecked:${extraction.reason.en}`), kind: 'unchecked', field, file: ref, start: null, end: null, masked: file.name ?? `#${file.id}`, excerpt: null, confidence: 1, reason: extraction.reason, cleared: null }];
  }
  if (extraction.kind === 'image') {
    return extraction.metadata.map((m) => ({
      key: keyOf(`image_metadata:${m.what}`),
      kind: 'image_metadata' as const,
      field,
      file: ref,
      start: null,
      end: null,
      masked: `${METADATA_WORDS[m.what]} (${m.detail})`,
      excerpt: null,
      confidence: 1,
      reason: null,
      cleared: null,
    }));
  }
  return fromText(field, ref, extraction.text, detect(extraction.text, allow), false);
}

/** The findings that still block publishing. */
export const blocking = (findings: Finding[]) => findings.filter((f) => !f.cleared);

export { mask };
