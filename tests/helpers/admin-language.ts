/**
 * Finds the English left on an admin screen that should be Indonesian: a visible text (or an input's
 * placeholder) that is one of the English strings of Strapi's admin packages or of the ppid plugin,
 * and not also one of their Indonesian strings (as merged in the admin: Strapi's `id`, ours, the
 * plugin's). Strings with simple arguments (`Edit {target}`) match any value in their place.
 * Values of data (titles, names, e-mails...) are passed in and ignored.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const i18n = require(path.join(ROOT, 'scripts', 'i18n-coverage.js'));

type Messages = Record<string, string>;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const hasWords = (text: string) => /[A-Za-z]{2,}/.test(text);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Edit {target}` -> /^Edit (.+)$/; null for plural/select messages and rich text (not matched whole). */
function template(message: string): RegExp | null {
  if (/<\/?[A-Za-z]/.test(message) || /\{\s*[\w.]+\s*,/.test(message)) return null;
  const literal = message.replace(/\{[^{}]*\}/g, '');
  if (!hasWords(literal)) return null;
  return new RegExp(`^${squash(message).split(/\{[^{}]*\}/).map((part) => escape(part)).join('(.+)')}$`);
}

export type LanguageCheck = { english: (text: string) => string | null };

export function languageCheck(data: Iterable<string> = []): LanguageCheck {
  const english: Messages[] = [];
  const indonesian: Messages[] = [];
  for (const pkg of i18n.PACKAGES) {
    english.push(i18n.strapiFile(pkg, 'en'));
    indonesian.push(i18n.strapiFile(pkg, 'id'), i18n.oursFor(pkg.name));
  }
  const plugin = path.join(ROOT, 'plugins', 'ppid', 'admin', 'src', 'translations');
  english.push(JSON.parse(fs.readFileSync(path.join(plugin, 'en.json'), 'utf8')));
  indonesian.push(JSON.parse(fs.readFileSync(path.join(plugin, 'id.json'), 'utf8')));
  // The Content Manager's names of the plugin's types and fields: schema display names and
  // attribute names unless translated (plugins/ppid/admin/src/translations/content-types.id.json).
  const labels = JSON.parse(fs.readFileSync(path.join(plugin, 'content-types.id.json'), 'utf8'));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const contentTypes = require(path.join(ROOT, 'plugins', 'ppid', 'server', 'src', 'content-types')).default;
  const schemaNames: Messages = {};
  for (const [name, { schema }] of Object.entries<any>(contentTypes)) {
    if (schema.pluginOptions?.['content-manager']?.visible === false) continue;
    schemaNames[`${name}`] = schema.info.displayName;
    for (const field of Object.keys(schema.attributes)) schemaNames[`${name}.${field}`] = field;
  }
  english.push(schemaNames);
  indonesian.push(Object.fromEntries(Object.entries<any>(labels).flatMap(([name, l]) => [[name, l.displayName[1]], ...Object.entries(l.fields).map(([f, v]) => [`${name}.${f}`, v])])));

  const idExact = new Set<string>();
  const idTemplates: RegExp[] = [];
  for (const messages of indonesian) {
    for (const value of Object.values(messages)) {
      if (typeof value !== 'string') continue;
      idExact.add(squash(value));
      const re = template(value);
      if (re) idTemplates.push(re);
    }
  }
  const ignored = new Set([...data].map(squash));
  const enExact = new Map<string, string>();
  const enTemplates: [RegExp, string][] = [];
  for (const messages of english) {
    for (const value of Object.values(messages)) {
      if (typeof value !== 'string' || !hasWords(value)) continue;
      const text = squash(value);
      if (idExact.has(text)) continue;
      if (!/[{}<]/.test(text)) enExact.set(text, value);
      else {
        const re = template(value);
        if (re) enTemplates.push([re, value]);
      }
    }
  }
  return {
    /** The English source the text is, or null. */
    english(raw: string) {
      const text = squash(raw);
      if (!hasWords(text) || ignored.has(text) || idExact.has(text)) return null;
      if (enExact.has(text)) return enExact.get(text) ?? null;
      const hit = enTemplates.find(([re]) => re.test(text));
      if (!hit || idTemplates.some((re) => re.test(text))) return null;
      return hit[1];
    },
  };
}

/** Visible text nodes and placeholders of the page, each with a short path for the report (runs in the browser). */
export const VISIBLE_TEXTS = () => {
  const out: { text: string; where: string }[] = [];
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    // Visually hidden helpers (screen-reader text) are not on screen.
    if (box.width <= 1 || box.height <= 1) return false;
    return (el as any).checkVisibility ? (el as any).checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  };
  const where = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement) parts.unshift(e.tagName.toLowerCase());
    return parts.join('>');
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = (node.textContent ?? '').trim();
    if (!el || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
    if (visible(el)) out.push({ text, where: where(el) });
  }
  for (const el of Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))) {
    const text = (el.getAttribute('placeholder') ?? '').trim();
    if (text && visible(el)) out.push({ text, where: `${where(el)}[placeholder]` });
  }
  return out;
};
