// What a page capture keeps (see capture.ts): the elements kept as themselves, the attributes
// kept and the rule that makes each value safe, and the policy the copy carries. Apart from
// the procedure so that the lists, which follow the HTML and WAI-ARIA standards, read as data.
export const DROP = [
  'script', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'link', 'style', 'base',
  'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'portal', 'fencedframe', 'cmecf-link-guide',
].join(', ');

/** The HTML elements kept as themselves (the HTML standard's elements, and the old ones court pages use). */
export const KNOWN_ELEMENTS = new Set(
  `a abbr acronym address area article aside b bdi bdo big blockquote body br button caption center cite code col colgroup data
datalist dd del details dfn dialog dir div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup
hr html i img input ins kbd label legend li main map mark menu meta meter nav nobr ol optgroup option output p pre progress q rp rt
ruby s samp search section select small span strike strong sub summary sup table tbody td textarea tfoot th thead time title tr tt
u ul var wbr`.split(/\s+/),
);


const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const INPUT_TYPES = set('hidden text search tel url email password date month week time datetime-local number range color checkbox radio file submit image reset button 1 a i disc circle square');
/** WAI-ARIA 1.2 roles (https://www.w3.org/TR/wai-aria-1.2/#role_definitions) and the synonyms in use. */
const ROLES = set(`alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox
complementary contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell group
heading img insertion link list listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter
navigation none note option paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search
searchbox separator slider spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer
toolbar tooltip tree treegrid treeitem`);
/** Autofill field names (HTML standard, "Autofill"), which recognition reads (`username`, `one-time-code`). */
const AUTOFILL = set(`on off shipping billing home work mobile fax pager name honorific-prefix given-name additional-name family-name
honorific-suffix nickname username new-password current-password one-time-code organization-title organization street-address
address-line1 address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 country country-name
postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type
transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url photo tel tel-country-code tel-national
tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension email impp webauthn`);
export const COLORS = set('black silver gray grey white maroon red purple fuchsia green lime olive yellow navy blue teal aqua orange darkred darkblue darkgreen transparent');

export type Rule =
  | { readonly kind: 'address' | 'token' | 'words' | 'caption' | 'boolean' | 'number' | 'color' | 'style' | 'pattern' }
  | { readonly kind: 'enum'; readonly values: ReadonlySet<string>; readonly list?: boolean };

const rule = (kind: 'address' | 'token' | 'words' | 'caption' | 'boolean' | 'number' | 'color' | 'style' | 'pattern'): Rule => ({ kind });
const oneOf = (values: ReadonlySet<string> | string, list = false): Rule => ({ kind: 'enum', values: typeof values === 'string' ? set(values) : values, list });

/** Every attribute a capture keeps, and how its value is made safe. Anything else is dropped. */
export const ATTRIBUTES: Readonly<Record<string, Rule>> = {
  href: rule('address'),
  action: rule('address'),
  id: rule('token'),
  class: rule('token'),
  name: rule('token'),
  for: rule('token'),
  'aria-labelledby': rule('token'),
  'aria-describedby': rule('token'),
  title: rule('words'),
  alt: rule('words'),
  placeholder: rule('words'),
  'aria-label': rule('words'),
  label: rule('words'),
  summary: rule('words'),
  value: rule('caption'),
  hidden: rule('boolean'),
  disabled: rule('boolean'),
  readonly: rule('boolean'),
  nowrap: rule('boolean'),
  open: rule('boolean'),
  width: rule('number'),
  height: rule('number'),
  border: rule('number'),
  cellpadding: rule('number'),
  cellspacing: rule('number'),
  colspan: rule('number'),
  rowspan: rule('number'),
  size: rule('number'),
  maxlength: rule('number'),
  span: rule('number'),
  cols: rule('number'),
  rows: rule('number'),
  color: rule('color'),
  bgcolor: rule('color'),
  style: rule('style'),
  pattern: rule('pattern'),
  type: oneOf(INPUT_TYPES),
  method: oneOf('get post dialog'),
  enctype: oneOf('application/x-www-form-urlencoded multipart/form-data text/plain'),
  target: oneOf('_blank _self _parent _top'),
  align: oneOf('left right center justify top middle bottom baseline absmiddle absbottom texttop char'),
  valign: oneOf('top middle bottom baseline'),
  dir: oneOf('ltr rtl auto'),
  lang: oneOf('en en-us es es-us'),
  scope: oneOf('row col rowgroup colgroup'),
  role: oneOf(ROLES),
  'http-equiv': oneOf('refresh'),
  'aria-hidden': oneOf('true false'),
  'aria-checked': oneOf('true false mixed'),
  'aria-disabled': oneOf('true false'),
  'aria-live': oneOf('polite assertive off'),
  autocomplete: oneOf(AUTOFILL, true),
  inputmode: oneOf('none text decimal numeric tel search email url'),
};

/** Where the help desk's copy may not go or run anything: no script, no request, no form post. */
export const CAPTURE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";
/** A refresh's delay in the copy: a day, so the copy stays on screen instead of leaving for the court. */
export const REFRESH_DELAY = '86400';
