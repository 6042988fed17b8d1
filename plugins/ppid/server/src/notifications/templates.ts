/**
 * The workflow e-mails, in Bahasa Indonesia and English. Pure: `render()` turns a template name, its
 * payload and the recipient's locale into { subject, text, html }. Each template is written once as a
 * small structure (intro, details, link) and both bodies come from it, so the plain-text and HTML
 * parts never say different things; every payload value is HTML-escaped in the html part.
 */
import { DateTime } from 'luxon';
import { truncate, type NotificationLocale } from './outbox';
import { isRequesterTemplate, renderRequesterMail } from './requester-mail';

export const TEMPLATES = ['stage-entered', 'item-returned', 'serta-merta-published', 'item-published', 'compliance-digest', 'sla-escalated'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export type Rendered = { subject: string; text: string; html: string };

const DEFAULT_TIMEZONE = 'Asia/Jakarta';
const SUBJECT_MAX = 255;

type Message = {
  subject: string;
  intro: string;
  details: { label: string; value: string }[];
  link?: { label: string; url: string };
};

type Fields = {
  title: string;
  stageName: string;
  unitName: string;
  actorName: string;
  reason: string;
  due: string;
  adminUrl: string;
  /** The compliance digest: one line per open alert, worst first, in the recipient's language. */
  lines: string;
  count: string;
};

const COMMON = {
  id: {
    greeting: 'Yth. Bapak/Ibu,',
    untitled: '(tanpa judul)',
    title: 'Judul',
    unit: 'Unit',
    stage: 'Tahap',
    open: 'Buka di panel admin',
    footer: 'Pesan ini dikirim otomatis oleh sistem PPID. Mohon tidak membalas e-mail ini.',
  },
  en: {
    greeting: 'Dear colleague,',
    untitled: '(untitled)',
    title: 'Title',
    unit: 'Unit',
    stage: 'Stage',
    open: 'Open in the admin panel',
    footer: 'This message was sent automatically by the PPID system. Please do not reply to it.',
  },
};

/** Detail rows whose value is empty are left out. */
const rows = (...list: [string, string][]) => list.filter(([, value]) => value !== '').map(([label, value]) => ({ label, value }));

const MESSAGES: Record<TemplateName, Record<NotificationLocale, (f: Fields) => Message>> = {
  'stage-entered': {
    id: (f) => ({
      subject: `Menunggu tindakan Anda: ${f.title}`,
      intro: `“${f.title}” kini berada pada tahap ${f.stageName || '-'} dan menunggu tindakan Anda.`,
      details: rows([COMMON.id.title, f.title], [COMMON.id.unit, f.unitName], [COMMON.id.stage, f.stageName], ['Batas waktu', f.due], ['Dikirim oleh', f.actorName]),
      link: { label: COMMON.id.open, url: f.adminUrl },
    }),
    en: (f) => ({
      subject: `Awaiting your action: ${f.title}`,
      intro: `“${f.title}” has entered the stage ${f.stageName || '-'} and awaits your action.`,
      details: rows([COMMON.en.title, f.title], [COMMON.en.unit, f.unitName], [COMMON.en.stage, f.stageName], ['Due', f.due], ['Sent by', f.actorName]),
      link: { label: COMMON.en.open, url: f.adminUrl },
    }),
  },
  'item-returned': {
    id: (f) => ({
      subject: `Dikembalikan: ${f.title}`,
      intro: `“${f.title}” yang Anda tangani dikembalikan ke tahap ${f.stageName || '-'}.`,
      details: rows([COMMON.id.title, f.title], [COMMON.id.unit, f.unitName], [COMMON.id.stage, f.stageName], ['Alasan', f.reason], ['Dikembalikan oleh', f.actorName], ['Batas waktu', f.due]),
      link: { label: COMMON.id.open, url: f.adminUrl },
    }),
    en: (f) => ({
      subject: `Returned: ${f.title}`,
      intro: `Your item “${f.title}” was returned to the stage ${f.stageName || '-'}.`,
      details: rows([COMMON.en.title, f.title], [COMMON.en.unit, f.unitName], [COMMON.en.stage, f.stageName], ['Reason', f.reason], ['Returned by', f.actorName], ['Due', f.due]),
      link: { label: COMMON.en.open, url: f.adminUrl },
    }),
  },
  'serta-merta-published': {
    id: (f) => ({
      subject: `Terbit serta merta, perlu persetujuan Anda: ${f.title}`,
      intro:
        `“${f.title}” telah diterbitkan melalui jalur cepat informasi serta merta` +
        `${f.actorName ? ` oleh ${f.actorName}` : ''}. Persetujuan retrospektif Anda diperlukan` +
        `${f.due ? ` paling lambat ${f.due}` : ''}.`,
      details: rows([COMMON.id.title, f.title], [COMMON.id.unit, f.unitName], ['Alasan', f.reason], ['Diterbitkan oleh', f.actorName], ['Persetujuan paling lambat', f.due]),
      link: { label: COMMON.id.open, url: f.adminUrl },
    }),
    en: (f) => ({
      subject: `Published serta merta, your approval is needed: ${f.title}`,
      intro:
        `“${f.title}” was published on the serta merta (immediate information) fast path` +
        `${f.actorName ? ` by ${f.actorName}` : ''}. Your retrospective approval is needed` +
        `${f.due ? ` by ${f.due}` : ''}.`,
      details: rows([COMMON.en.title, f.title], [COMMON.en.unit, f.unitName], ['Reason', f.reason], ['Published by', f.actorName], ['Approval due', f.due]),
      link: { label: COMMON.en.open, url: f.adminUrl },
    }),
  },
  'item-published': {
    id: (f) => ({
      subject: `Telah terbit: ${f.title}`,
      intro: `“${f.title}” yang Anda tangani telah terbit.`,
      details: rows([COMMON.id.title, f.title], [COMMON.id.unit, f.unitName], ['Diterbitkan oleh', f.actorName]),
      link: { label: COMMON.id.open, url: f.adminUrl },
    }),
    en: (f) => ({
      subject: `Published: ${f.title}`,
      intro: `Your item “${f.title}” has been published.`,
      details: rows([COMMON.en.title, f.title], [COMMON.en.unit, f.unitName], ['Published by', f.actorName]),
      link: { label: COMMON.en.open, url: f.adminUrl },
    }),
  },
  'sla-escalated': {
    id: (f) => ({
      subject: `Terlambat, dieskalasi kepada Anda: ${f.title}`,
      intro: `“${f.title}” melewati batas waktu pada tahap ${f.stageName || '-'} dan dieskalasi kepada Anda sebagai atasan yang bertanggung jawab.`,
      details: rows([COMMON.id.title, f.title], [COMMON.id.unit, f.unitName], [COMMON.id.stage, f.stageName], ['Batas waktu', f.due]),
      link: { label: COMMON.id.open, url: f.adminUrl },
    }),
    en: (f) => ({
      subject: `Overdue, escalated to you: ${f.title}`,
      intro: `“${f.title}” is past its due time at the stage ${f.stageName || '-'} and has been escalated to you as the responsible superior.`,
      details: rows([COMMON.en.title, f.title], [COMMON.en.unit, f.unitName], [COMMON.en.stage, f.stageName], ['Due', f.due]),
      link: { label: COMMON.en.open, url: f.adminUrl },
    }),
  },
  'compliance-digest': {
    id: (f) => ({
      subject: `Ringkasan kepatuhan harian: ${f.count} hal perlu ditindaklanjuti`,
      intro: `Pemeriksaan kepatuhan PPID hari ini menemukan ${f.count} kewajiban yang belum terpenuhi dan menjadi tanggung jawab Anda:`,
      details: rows(['Temuan', f.lines]),
      link: { label: COMMON.id.open, url: f.adminUrl },
    }),
    en: (f) => ({
      subject: `Daily compliance digest: ${f.count} item(s) need your attention`,
      intro: `Today's PPID compliance check found ${f.count} obligation(s) not met that are yours to act on:`,
      details: rows(['Findings', f.lines]),
      link: { label: COMMON.en.open, url: f.adminUrl },
    }),
  },
};

const SEVERITY_LABEL: Record<NotificationLocale, Record<string, string>> = {
  id: { critical: 'KRITIS', warning: 'PERINGATAN', info: 'INFO' },
  en: { critical: 'CRITICAL', warning: 'WARNING', info: 'INFO' },
};

/** The digest's lines: `payload.items` = [{ severity, title: { id, en } }], at most 50 shown. */
function digestLines(payload: Record<string, unknown>, locale: NotificationLocale): string {
  const items = Array.isArray(payload.items) ? (payload.items as { severity?: unknown; title?: unknown }[]) : [];
  const shown = items.slice(0, 50).map((item) => {
    const title = item.title && typeof item.title === 'object' ? (item.title as Record<string, unknown>)[locale] ?? (item.title as Record<string, unknown>).id : item.title;
    const label = SEVERITY_LABEL[locale][String(item.severity)] ?? SEVERITY_LABEL[locale].info;
    return `- [${label}] ${oneLine(String(title ?? ''))}`;
  });
  if (items.length > shown.length) shown.push(locale === 'id' ? `... dan ${items.length - shown.length} lainnya` : `... and ${items.length - shown.length} more`);
  return shown.join('\n');
}

const isStaffTemplate = (name: unknown): name is TemplateName => typeof name === 'string' && (TEMPLATES as readonly string[]).includes(name);

/** A template the outbox can send: a staff (workflow) mail or a mail to a requester (requester-mail.ts). */
export const isTemplate = (name: unknown): boolean => isStaffTemplate(name) || isRequesterTemplate(name);

export const normaliseLocale = (locale: unknown): NotificationLocale => (typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'id');

/**
 * A payload value as text. Plain strings are expected; a `{ id, en }` pair (as workflow stage names
 * are stored) is also accepted and read in the recipient's locale.
 */
function field(payload: Record<string, unknown>, key: string, locale: NotificationLocale): string {
  const value = payload[key];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const pair = value as Record<string, unknown>;
    const picked = pair[locale] ?? pair.id ?? pair.en;
    if (typeof picked === 'string') return picked.trim();
  }
  return '';
}

/**
 * A deadline in the agency's time zone, with its Indonesian zone name (WIB, WITA, WIT):
 * "Senin, 4 Mei 2026 pukul 10.00 WIB" / "Monday, 4 May 2026 at 10:00 WIB".
 * A value that is not a date is shown as given.
 */
export function formatDue(iso: string, timezone: string, locale: NotificationLocale): string {
  if (!iso) return '';
  let zone = timezone || DEFAULT_TIMEZONE;
  if (!DateTime.now().setZone(zone).isValid) zone = DEFAULT_TIMEZONE;
  const at = DateTime.fromISO(iso, { zone });
  if (!at.isValid) return iso;
  const zoneName = at.setLocale('id').offsetNameShort ?? at.toFormat('ZZ');
  return locale === 'id'
    ? `${at.setLocale('id').toFormat("cccc, d LLLL yyyy 'pukul' HH.mm")} ${zoneName}`
    : `${at.setLocale('en-GB').toFormat("cccc, d LLLL yyyy 'at' HH:mm")} ${zoneName}`;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const isWebUrl = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

/** One line, no control characters (a payload value must not add mail headers). */
const oneLine = (value: string) => value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();

export function render(template: string, payload: Record<string, unknown> = {}, locale: string = 'id'): Rendered {
  // The requester's mails are in Bahasa Indonesia (with one English line) whatever the locale.
  if (isRequesterTemplate(template)) return renderRequesterMail(template, payload ?? {});
  if (!isStaffTemplate(template)) throw new Error(`Unknown notification template "${template}"`);
  const lang = normaliseLocale(locale);
  const common = COMMON[lang];
  const get = (key: string) => field(payload ?? {}, key, lang);
  const fields: Fields = {
    title: oneLine(get('title')) || common.untitled,
    stageName: oneLine(get('stageName')),
    unitName: oneLine(get('unitName')),
    actorName: oneLine(get('actorName')),
    reason: get('reason'),
    due: formatDue(get('dueAt'), get('timezone'), lang),
    adminUrl: oneLine(get('adminUrl')),
    lines: digestLines(payload ?? {}, lang),
    count: String(Array.isArray(payload?.items) ? payload.items.length : 0),
  };
  const message = MESSAGES[template][lang](fields);
  const subject = truncate(oneLine(`[PPID] ${message.subject}`), SUBJECT_MAX);
  const link = message.link?.url ? message.link : undefined;
  const width = Math.max(0, ...message.details.map((d) => d.label.length));

  const text = [
    common.greeting,
    '',
    message.intro,
    '',
    ...message.details.map((d) => `${`${d.label}:`.padEnd(width + 2)}${d.value.replace(/\r?\n/g, `\n${' '.repeat(width + 2)}`)}`),
    ...(link ? ['', `${link.label}:`, link.url] : []),
    '',
    '-- ',
    common.footer,
    '',
  ].join('\n');

  const cell = 'padding:4px 12px 4px 0;vertical-align:top;text-align:left';
  const multiline = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#212134">',
    `<p>${escapeHtml(common.greeting)}</p>`,
    `<p>${multiline(message.intro)}</p>`,
    message.details.length
      ? `<table role="presentation" style="border-collapse:collapse">${message.details
          .map((d) => `<tr><th style="${cell};color:#666687;font-weight:normal">${escapeHtml(d.label)}</th><td style="${cell}">${multiline(d.value)}</td></tr>`)
          .join('')}</table>`
      : '',
    link
      ? isWebUrl(link.url)
        ? `<p><a href="${escapeHtml(link.url)}" style="color:#4945ff">${escapeHtml(link.label)}</a></p>`
        : `<p>${escapeHtml(link.label)}: ${escapeHtml(link.url)}</p>`
      : '',
    `<p style="color:#666687;font-size:12px">${escapeHtml(common.footer)}</p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');

  return { subject, text, html };
}
