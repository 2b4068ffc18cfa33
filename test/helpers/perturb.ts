// Ways real court pages differ from one another without changing what they are: tag and
// attribute case, quoting, whitespace, <u> accelerator splits, absolute vs relative links,
// id parameters, extra wrappers, and unrelated links with similar words.

export type Perturbation = (html: string, origin: string) => string;

const mapTags = (html: string, fn: (tag: string) => string) => html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)/g, (_m, slash, tag) => `<${slash}${fn(tag)}`);

export const PERTURBATIONS: Record<string, Perturbation> = {
  'upper-case tags': (html) => mapTags(html, (t) => t.toUpperCase()),
  'lower-case tags and attributes': (html) =>
    mapTags(html, (t) => t.toLowerCase()).replace(/(\s)([A-Z][A-Za-z-]*)=/g, (_m, sp, name) => `${sp}${name.toLowerCase()}=`),
  'single-quoted attributes': (html) => html.replace(/(\s(?:href|HREF|action|ACTION|id|class))="([^"'<>]*)"/g, "$1='$2'"),
  'unquoted hrefs': (html) => html.replace(/(\s(?:href|HREF))=["']([^"'\s<>]*)["']/g, '$1=$2'),
  'extra whitespace': (html) => html.replace(/>\s*</g, '>\n   \n\t<').replace(/(<a\b[^>]*>)([^<]+)</gi, '$1\n  $2  \n<'),
  'u splits in link words': (html) => html.replace(/(<a\b[^>]*>)\s*([A-Za-z])([A-Za-z]+)/gi, '$1<u>$2</u>$3'),
  // Seen in real menus: `>U</u>tilities` with the opening tag missing.
  'broken u markup': (html) => html.replace(/<u>([A-Za-z])<\/u>/gi, '$1</u>'),
  'absolute links': (html, origin) => html.replace(/(href=["']?)\/(?!\/)/gi, `$1${origin}/`),
  'relative links': (html, origin) => html.split(`href="${origin}/`).join('href="/').split(`HREF="${origin}/`).join('HREF="/'),
  'id parameters': (html) => html.replace(/(DisplayMenu\.pl\?[A-Za-z0-9]+)(?![A-Za-z0-9&])/g, '$1&amp;id=424242'),
  'extra wrappers': (html) =>
    html.replace(/(<a\b[^>]*>[\s\S]*?<\/a>)/gi, '<span class="w"><font face="Arial">$1</font></span>').replace(/(<body\b[^>]*>)/i, '$1<div class="outer"><div class="inner">'),
  'similar unrelated links': (html) => {
    const decoys =
      '<p class="decoys"><a href="/help/linking.html">Linking your account - FAQ</a> <a href="/cgi-bin/LegacyLogin.pl">Change Your PACER Login</a> ' +
      '<a href="/help/utilities.pdf">Utilities guide (PDF)</a> <a href="/help/nextgen.html">About NextGen release 1.1</a></p>';
    return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${decoys}</body>`) : `${html}${decoys}`;
  },
};

export function allAtOnce(html: string, origin: string): string {
  const order = ['extra wrappers', 'u splits in link words', 'id parameters', 'absolute links', 'single-quoted attributes', 'upper-case tags', 'extra whitespace', 'similar unrelated links'];
  return order.reduce((page, name) => PERTURBATIONS[name]!(page, origin), html);
}
