import { isSafeUrl, sanitizeMarkdown, sanitizePlainText } from '../src/domain/sanitize';

describe('sanitizeMarkdown: classic XSS vectors are removed', () => {
  const cases: [string, string, string][] = [
    ['script element', 'Halo <script>alert(1)</script>dunia', 'Halo dunia'],
    ['script split by a nested tag', '<scr<script>ipt>alert(1)</script>', 'ipt>alert(1)'],
    ['entity-encoded script tag', '&lt;script&gt;alert(1)&lt;/script&gt;ok', 'ok'],
    ['numeric-entity script tag', '&#60;script&#62;alert(1)&#60;/script&#62;ok', 'ok'],
    ['img onerror', '<img src="x.png" onerror="alert(1)">', '<img src="x.png" />'],
    ['svg onload', 'a<svg onload=alert(1)><circle r="1"/></svg>b', 'ab'],
    ['iframe', '<iframe src="https://evil.example"></iframe>teks', 'teks'],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf">teks', 'teks'],
    ['style element and attribute', '<style>body{display:none}</style><p style="color:red">p</p>', '<p>p</p>'],
    ['javascript: href', '<a href="javascript:alert(1)">klik</a>', '<a>klik</a>'],
    ['entity-obfuscated javascript: href', '<a href="java&#115;cript:alert(1)">klik</a>', '<a>klik</a>'],
    ['tab-obfuscated javascript: href', '<a href="java\tscript:alert(1)">klik</a>', '<a>klik</a>'],
    ['upper-case JAVASCRIPT: href', '<a href="JAVASCRIPT:alert(1)">klik</a>', '<a>klik</a>'],
    ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img />'],
    ['vbscript: href', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['form and button', '<form action="https://evil.example"><button>Kirim</button></form>', 'Kirim'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">teks', 'teks'],
    ['base tag', '<base href="https://evil.example/">teks', 'teks'],
    ['html comment hiding a script', '<!--><script>alert(1)</script>-->teks', '-->teks'],
    ['markdown link to javascript:', '[klik](javascript:alert(1))', '[klik](#javascript:alert(1))'],
    ['markdown link, entity-obfuscated scheme', '[klik](java&#115;cript:alert(1))', '[klik](#javascript:alert(1))'],
    ['markdown link, &colon;', '[klik](javascript&colon;alert(1))', '[klik](#javascript:alert(1))'],
    ['markdown link with leading spaces', '[klik](  javascript:alert(1))', '[klik](  #javascript:alert(1))'],
    ['markdown image with data: URL', '![x](data:image/png;base64,AAAA)', '![x](#data:image/png;base64,AAAA)'],
    ['markdown reference definition', '[klik][1]\n\n[1]: javascript:alert(1)', '[klik][1]\n\n[1]: #javascript:alert(1)'],
    ['markdown autolink with javascript:', '<javascript:alert(1)>', ''],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sanitizeMarkdown(input)).toBe(expected);
  });

  it('leaves no active content in any of the vectors', () => {
    for (const [, input] of cases) {
      const out = sanitizeMarkdown(input);
      expect(out).not.toMatch(/<\s*(script|iframe|object|embed|style|svg|form|meta|base)\b/i);
      expect(out).not.toMatch(/\son\w+\s*=/i);
      expect(out).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
      expect(out).not.toMatch(/\]\(\s*(javascript|data|vbscript):/i);
    }
  });
});

describe('sanitizeMarkdown: ordinary Markdown is kept as written', () => {
  it.each([
    ['headings, emphasis, lists', '# Judul\n\n**Tebal** dan _miring_\n\n- satu\n- dua\n\n1. pertama'],
    ['block quotes and comparisons', '> Kutipan pejabat\n\nNilai a < b dan c > d'],
    ['ampersands and query strings', 'Dinas PU & PR: [laporan](https://kominfo.go.id/a?x=1&section=2&copy=3)'],
    ['safe links and images', '[situs](https://ppid.go.id) ![logo](/uploads/logo.png) [surel](mailto:ppid@kominfo.go.id) [telepon](tel:+62215551234)'],
    ['relative and fragment links', '[bagian](#jadwal) [berkas](dokumen/daftar.pdf)'],
    ['autolinks', 'Lihat <https://ppid.go.id/dip> atau <mailto:ppid@kominfo.go.id>'],
    ['allowed inline HTML', 'Baris<br />baru, <strong>tebal</strong>, <a href="https://ppid.go.id" title="PPID">tautan</a>'],
    ['a table', '| Kolom | Nilai |\n| --- | --- |\n| a | 1 |'],
  ])('%s', (_name, input) => {
    expect(sanitizeMarkdown(input)).toBe(input);
  });

  it('is idempotent', () => {
    for (const input of ['<scr<script>ipt>alert(1)</script>', '<img src=x onerror=alert(1)>', '[a](javascript:x) & <b>b</b> > c']) {
      const once = sanitizeMarkdown(input);
      expect(sanitizeMarkdown(once)).toBe(once);
    }
  });

  it('passes non-strings through', () => {
    expect(sanitizeMarkdown(null)).toBeNull();
    expect(sanitizeMarkdown(undefined)).toBeUndefined();
    expect(sanitizeMarkdown('')).toBe('');
  });
});

describe('sanitizePlainText', () => {
  it.each([
    ['script', 'Ringkasan <script>alert(1)</script>singkat', 'Ringkasan singkat'],
    ['tags with handlers', 'Ringkasan <img src=x onerror=alert(1)><b onclick="x()">tebal</b>', 'Ringkasan tebal'],
    ['encoded tags', '&lt;img src=x onerror=alert(1)&gt;teks', 'teks'],
  ])('removes markup: %s', (_name, input, expected) => {
    expect(sanitizePlainText(input)).toBe(expected);
  });

  it.each([
    'Dinas Pekerjaan Umum & Penataan Ruang',
    'Nilai a < b dan 5 > 3',
    'Tanpa markup sama sekali',
    'https://kominfo.go.id/a?x=1&section=2',
  ])('keeps ordinary text unescaped: %s', (input) => {
    expect(sanitizePlainText(input)).toBe(input);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://ppid.go.id', true],
    ['/uploads/a.pdf', true],
    ['#bagian', true],
    ['mailto:a@b.go.id', true],
    ['javascript:alert(1)', false],
    [' JaVaScRiPt:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['java&#x73;cript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:x', false],
  ])('%s -> %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
