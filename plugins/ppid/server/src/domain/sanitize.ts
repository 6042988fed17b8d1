/**
 * What rich and plain text may contain once stored or served: pure functions (no Strapi) over
 * sanitize-html with an allow-list.
 *
 * - `sanitizeMarkdown` is for Strapi `richtext` fields: Markdown that may embed HTML. The embedded
 *   HTML keeps only harmless formatting tags and attributes (no script, style, iframe, object,
 *   embed, form, event handler, `javascript:`/`data:` URL); Markdown link and image destinations
 *   (`[x](url)`, `[id]: url`) keep only http(s), mailto and tel URLs or relative ones; an unsafe
 *   destination gets a `#` in front, which turns it into a harmless fragment link. The Markdown
 *   text itself (`>` quotes, `&`, `<` in prose) is kept as written.
 * - `sanitizePlainText` is for `text` and `string` fields: no markup at all; tags are removed and
 *   the text stays unescaped (a consumer escapes it as text).
 *
 * Both are idempotent: the result is a fixed point (sanitising it again changes nothing), which is
 * also what makes them safe against markup that only appears after one pass (`<scr<script>ipt>`,
 * entity-encoded tags).
 */
import sanitizeHtml from 'sanitize-html';

const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** Tags whose content goes with them (the rest keep their text when the tag is dropped). */
const DROP_WITH_CONTENT = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'template', 'title', 'svg', 'math', 'object', 'embed', 'select'];

const RICH: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'b', 'i', 'strong', 'em', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr',
    'blockquote', 'code', 'pre', 'kbd', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'figure', 'figcaption', 'span', 'div',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    th: ['colspan', 'rowspan', 'align'],
    td: ['colspan', 'rowspan', 'align'],
    ol: ['start'],
  },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROP_WITH_CONTENT,
};

const PLAIN: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  nonTextTags: DROP_WITH_CONTENT,
};

/** Private-use characters that bracket protected Markdown autolinks while the HTML pass runs. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MAX_PASSES = 8;

/**
 * A `&` that does not start a complete character reference is escaped first, so that HTML's
 * legacy references without `;` (`&sect`, `&copy`) stay literal text (`?a=1&section=2`).
 */
const escapeLooseAmpersands = (s: string) => s.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)/g, '&amp;');

/**
 * sanitize-html writes every tag as `<name attr="value">` with `<`, `>` and `"` escaped inside
 * values, and escapes `<`, `>`, `&` in text. So its output splits exactly into tags and text, and
 * the text can be given back its raw characters (Markdown needs its `>` quotes).
 */
function unescapeText(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')))
    .join('');
}

function fixedPoint(input: string, options: sanitizeHtml.IOptions): string {
  let current = input;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = unescapeText(sanitizeHtml(escapeLooseAmpersands(current), options));
    if (next === current) return current;
    current = next;
  }
  // Never stable (deeply nested encodings): keep the fully escaped form, which is inert.
  return sanitizeHtml(current, { ...options, allowedTags: [] });
}

const stripProtectors = (s: string) => s.replace(/[\uE000\uE001]/g, '');

/** Markdown autolinks `<https://...>`, `<mailto:...>` would be taken for tags: set them aside. */
function protectAutolinks(s: string): { text: string; links: string[] } {
  const links: string[] = [];
  const text = s.replace(/<((?:https?|mailto):[^\s<>"'`]*)>/gi, (_m, url: string) => {
    links.push(url);
    return `${OPEN}${links.length - 1}${CLOSE}`;
  });
  return { text, links };
}

const restoreAutolinks = (s: string, links: string[]) =>
  s.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_m, i: string) => `<${links[Number(i)]}>`);

/** Decodes what a Markdown renderer or a browser would decode in a URL before reading its scheme. */
function normalizeUrlHead(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#([0-9]+);?/g, (_m, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&(?:tab|newline);/gi, '')
    .replace(/[\u0000-\u0020\u007f-\u00a0\\]+/g, '')
    .toLowerCase();
}

/** Whether a URL is relative or uses one of the safe schemes. */
export function isSafeUrl(url: string, schemes: readonly string[] = SAFE_SCHEMES): boolean {
  const head = normalizeUrlHead(url).split(/[/?#]/)[0];
  const colon = head.indexOf(':');
  if (colon < 0) return true;
  return schemes.includes(head.slice(0, colon));
}

/**
 * Markdown link and image destinations: inline `[text](url)` / `![alt](url)` and reference
 * definitions `[id]: url`. An unsafe destination gets a `#` in front (a fragment link).
 */
function neutralizeMarkdownLinks(s: string): string {
  const fix = (prefix: string, rest: string) => {
    const url = rest.match(/^<?([^\s)>]*)/)?.[1] ?? '';
    if (isSafeUrl(url)) return prefix + rest;
    const lt = rest.startsWith('<') ? '<' : '';
    return `${prefix}${lt}#${rest.slice(lt.length)}`;
  };
  return s
    .replace(/(\]\(\s*)([^\s)]*)/g, (_m, prefix: string, rest: string) => fix(prefix, rest))
    .replace(/^( {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*)(\S*)/gm, (_m, prefix: string, rest: string) => fix(prefix, rest));
}

/** Cleans a Markdown (Strapi `richtext`) value. Non-strings pass through unchanged. */
export function sanitizeMarkdown<T>(value: T): T {
  if (typeof value !== 'string' || value === '') return value;
  const { text, links } = protectAutolinks(stripProtectors(value));
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = neutralizeMarkdownLinks(fixedPoint(current, RICH));
    if (next === current) break;
    current = next;
  }
  return restoreAutolinks(current, links) as T;
}

/** Cleans a plain-text value: no markup left, text unescaped. Non-strings pass through unchanged. */
export function sanitizePlainText<T>(value: T): T {
  if (typeof value !== 'string' || value === '' || !/[<&]/.test(value)) return value;
  return fixedPoint(stripProtectors(value), PLAIN) as T;
}
