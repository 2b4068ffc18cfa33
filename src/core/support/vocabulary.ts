// The words and tokens a sanitised page capture keeps, and the masking of everything else.
// Any other letter or digit, in any script (`\p{L}`, `\p{N}`), becomes a placeholder of the
// same shape: x for a lower-case letter, X for a capital, 0 for a digit. Words are compared
// lower-case, and only plain ASCII words can match.

/**
 * The words of CM/ECF and PACER menus, buttons, headings and linking messages. Where
 * interface words stand (see `Place`), all of them are kept.
 */
const INTERFACE_WORDS = `
a about above access account accounts action activity add address adversary after agree all already also alerts an and another any
appeals application are as associated at attorney authentication authorized available back bankruptcy be been before below billing
browser button by can cancel cannot case cases cgi change check claims clear click client cm code confirm confirmation continue
court courts criminal current date default district do docket document documents does done ecf electronic else enter error events
exemption fees file filed filer filers filing find first for forgot form found from go has have help here history home if in
information internet invalid is it item items its legacy link linked linking links list live log login logout lookup mailings main
maintain make manage match may menu message miscellaneous must my name new next nextgen gen no not notice now of on only or other
out pacer page password payment pending personnel please press proceed query record records redaction refresh release report reports
required reset restricted return review rules search select server service set show sign start status submit successful
successfully system that the then there these this time to train training transaction try type unable unknown unsuccessful until
update upgrade upgraded use user username users utilities verify view was were welcome what when which will wrong yes you your
civil criminal appellate public electronic case filing district middle northern southern eastern western central bankruptcy court
united states of the alabama alaska arizona arkansas california colorado connecticut delaware columbia florida georgia guam hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania puerto rico rhode island tennessee
texas utah vermont virgin islands virginia washington wisconsin wyoming mariana
incorrect recognized recognised different complete completed could failed error request timeout time out apache
faq faqs frequently asked instructions how i
able accept accepted acct acknowledge activate active again agreement alert allowed always ampersand announcement announcements
app ask attention attorneys authenticator backup bad begin both call caution character characters checkbox choose close codes
connect connected connection connects connecting contact contain contains credentials denied did digit dismiss each eligible email
mail enroll enrol enrollment ensure every expired factor fail failure fields following got guide had important info kindly later
learn locate locked logins longer matching maybe me might mfa multi need never news non note notes ok okay once one otp pass
passcode passcodes permitted previously process question questions refused register rejected remember remind reminder secure
security sensitive six skip success succeeded such supported sure suspended tip token totp turn tutorial two understand understood
unless unrecognized unrecognised up used using valid validate validated verification verified video warning whenever whether while
why with without e efiling id linkage associate associates associating association don doesn didn couldn t standards occurred
verifying authenticate authenticated number numbers
`;

/**
 * Interface words that are also people's or places' names: "Will Page", "Virginia Washington",
 * "Mariana Dakota". These are the interface words found in the US Census 1990 first-name list,
 * the Spanish statistics institute's first-name list and the US (Census 1990), UK and Spanish
 * surname lists (as compiled in the public NameDatabases collection, smashew/NameDatabases on
 * GitHub), with every state, territory and region name and "apache" added. They are kept only
 * where interface words stand, never in a table cell of content or in prose.
 */
const NAMES_OR_PLACES = `
all also an back be been below billing button can cancel carolina case cases check civil clear click client code colorado columbia
court courts current dakota delaware do done eastern else enter fees file filer first florida form found from georgia go hampshire
has home how in indiana island jersey kansas legacy link links list main maine mariana maryland may montana must my nevada new no
northern notice on or oregon other pacer page payment press public puerto query record records rhode rico search server service set
show southern start states tennessee then to train try vermont view virgin virginia washington welcome were western will york you
alabama alaska arizona arkansas california connecticut guam hawaii idaho illinois iowa islands kentucky louisiana massachusetts
mexico michigan minnesota mississippi missouri nebraska ohio oklahoma pennsylvania texas utah wisconsin wyoming central middle
united apache
able alert app ask bad begin both call close codes mail every factor fail fields later learn logins me never ok pass register six success such used warning while why don number numbers
`;

/**
 * Of those, the words the recognition engine must read in any case and any position: linking
 * messages are prose, often capitalised ("Legacy PACER account", "Alert: ...", "YOUR ACCOUNT
 * HAS BEEN LINKED TO ..."). See src/core/recognition/phrases.ts and linking.ts.
 */
const NEEDED_IN_MESSAGES = 'alert an be been can filer found has legacy link links must my pacer success to warning';

/**
 * Where a piece of text stands on the page, which decides which words it may keep:
 * - `interface`: the page's own labels, buttons, headings, menu items and control links;
 *   every interface word stays.
 * - `content`: table cells of content, prose, options, anything else. A word that is also a
 *   name stays only written as an ordinary lower-case word ("you will be linked", "this page"),
 *   never capitalised as a name ("Will Page", "WILL PAGE"), unless the linking messages need it.
 */
export type Place = 'interface' | 'content';

interface Vocabulary {
  readonly all: Set<string>;
  /** Names too: in content, kept only in lower case. */
  readonly names: Set<string>;
}

let vocabulary: Vocabulary | null = null;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function vocabularyOf(): Vocabulary {
  if (!vocabulary) {
    const needed = new Set(words(NEEDED_IN_MESSAGES));
    vocabulary = { all: new Set(words(INTERFACE_WORDS)), names: new Set(words(NAMES_OR_PLACES).filter((word) => !needed.has(word))) };
  }
  return vocabulary;
}

/** The interface words, lower-case. */
export function interfaceWords(): ReadonlySet<string> {
  return vocabularyOf().all;
}

/** Whether a word (as written) stays in a text of `place`. */
export function keepsWord(word: string, place: Place): boolean {
  if (!/^[A-Za-z]+$/.test(word)) return false;
  const lower = word.toLowerCase();
  const { all, names } = vocabularyOf();
  if (!all.has(lower)) return false;
  return place === 'interface' || !names.has(lower) || word === lower;
}

/** One character's placeholder: x for a lower-case letter, X for a capital, 0 for any digit; a mark goes. */
function placeholder(char: string): string {
  if (/\p{M}/u.test(char)) return '';
  if (/\p{Lu}|\p{Lt}/u.test(char)) return 'X';
  if (/\p{L}/u.test(char)) return 'x';
  if (/\p{N}/u.test(char)) return '0';
  return char;
}

/** A word's shape: `Johnathan` → `Xxxxxxxxx`, `２:２４-ｂｋ` → `0:00-xx`, `José` → `Xxxx`. */
export function shapeOf(text: string): string {
  return text.replace(/[\p{L}\p{M}\p{N}]/gu, placeholder);
}

/**
 * What is not a letter or digit: ASCII stays as it is, and so do spaces and punctuation of any
 * script (`«`, `…`, a no-break space); invisible format characters go; every other symbol (an
 * emoji, a circled letter, a private-use character) becomes `*`.
 */
function otherCharacter(char: string): string {
  if (char.charCodeAt(0) < 0x80 || /[\p{Z}\p{P}]/u.test(char)) return char;
  return /\p{Cf}/u.test(char) ? '' : '*';
}

/** Letters (with their marks) or digits, in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * Masked whole, whatever words they are made of: e-mail addresses, web addresses, and
 * identifiers such as logins (`pat.filer`, `will_page`, `j.doe2`).
 */
const WHOLE = new RegExp(
  [
    String.raw`[^\s<>()[\]{}"',;:@]+@[^\s<>()[\]{}"',;@]+`,
    String.raw`\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"]+`,
    String.raw`\bwww\.[^\s<>"]+`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:_+|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{M}\p{N}]+)+`,
  ].join('|'),
  'giu',
);

/**
 * Masks a run of texts that read as one (the text nodes of `<a><u>U</u>tilities</a>`): a word
 * split between them is judged whole, in the place where it starts. Returns each text masked:
 * interface words `places` allow stay, every other letter and digit becomes its placeholder.
 */
export function maskRun(texts: readonly string[], places: readonly Place[]): string[] {
  const full = texts.join('');
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length;
  }
  const placeAt = (index: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > index) i -= 1;
    return places[i] ?? 'content';
  };
  // 0: not a letter or digit; 1: a letter or digit to mask; 2: a letter of a word that stays.
  const state = new Uint8Array(full.length);
  const whole = new Uint8Array(full.length);
  for (const match of full.matchAll(WHOLE)) whole.fill(1, match.index, match.index + match[0].length);
  for (const match of full.matchAll(WORD)) {
    const keep = !whole[match.index] && keepsWord(match[0], placeAt(match.index));
    state.fill(keep ? 2 : 1, match.index, match.index + match[0].length);
  }
  return texts.map((text, n) => {
    let out = '';
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      const kind = state[starts[n]! + i];
      out += kind === 2 ? char : kind === 1 ? placeholder(char) : otherCharacter(char);
      i += char.length;
    }
    return out;
  });
}

/** Keeps the interface words `place` allows; every other letter and digit becomes its placeholder. */
export function maskText(text: string, place: Place): string {
  return maskRun([text], [place])[0]!;
}

/** Interface text (a label, a button, a heading): every interface word stays. */
export function maskWords(text: string): string {
  return maskText(text, 'interface');
}

/**
 * Tokens of ids, class names and field names that CM/ECF, PACER's login (PrimeFaces) and the
 * YUI menu bar use, the recognition engine's among them (`topmenu`, `cmecfMainContent`,
 * `loginForm:loginName`, `regmsg:chkRedact_input`, `ui-message-error`, `d-none`, `GetPass`,
 * `clcode`). A value is cut into runs of letters and digits; a run listed here stays whole.
 */
const INTERFACE_TOKENS = `
topmenu cmecfmaincontent cmecfmaincontentscroll cmecflogo helpimage yuimenubar yuimenubaritem yuimenubaritemlabel hassubmenu
yuimenu yuimenuitem yuimenuitemlabel bd first of type hrmenuseparator noprint spritedownarrow
loginform loginname password clientcode fbtnlogin pclloginmessages loginpanel psclogo pscheader pscheadercontainer
javax faces viewstate redactiondlg redactionconfirmation title regmsg chkredact input bpmconfirm bpmcancel bpmskip btnack btnackokay
ackokay ui widget field inputfield inputtext button text panel messages message error errors errormessage detail summary icon
corner all dialog titlebar content chkbox helper hidden accessible visible info label yui module overlay state disabled active
check growl d none is e mail ecflogin ecfpassword login key clcode redaction getpass linkacct linkconfirm chgpacer pacerlogin
pacerpass csrf step
`;

/**
 * Parts of a run that stay wherever they stand, because recognition looks for them inside ids,
 * class names and field names (`[class*=error i]`, `[id*=msg i]`, a field named `otpCode` or
 * `verificationCode`, a `clientCode` that is not a passcode): `myErrorBox` → `xxErrorXxx`.
 */
const TOKEN_FRAGMENTS = 'twofactor securitycode authcode passcode message success confirm notice client verif error alert email login totp warn user name code msg mfa otp 2fa';

let tokenLists: { whole: Set<string>; fragments: RegExp } | null = null;

function tokenListsOf(): { whole: Set<string>; fragments: RegExp } {
  tokenLists ??= { whole: new Set(words(INTERFACE_TOKENS)), fragments: new RegExp(words(TOKEN_FRAGMENTS).join('|'), 'gi') };
  return tokenLists;
}

/** A run of an id or class name: whole if known, else its known fragments and the shape of the rest. */
function maskTokenRun(run: string): string {
  const { whole, fragments } = tokenListsOf();
  if (!/^[A-Za-z0-9]+$/.test(run)) return shapeOf(run);
  if (whole.has(run.toLowerCase())) return run;
  let out = '';
  let at = 0;
  for (const match of run.matchAll(fragments)) {
    out += shapeOf(run.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + shapeOf(run.slice(at));
}

/**
 * An id, class list or field name with its known tokens kept and every other run of letters
 * or digits masked by shape: `loginForm:loginName` stays; `Johnathan_ssn_123456789` becomes
 * `Xxxxxxxxx_xxx_000000000`. Separators stay when they are printable ASCII; any other character is `*`.
 */
export function maskToken(value: string): string {
  return value.replace(WORD, maskTokenRun).replace(/[^\x20-\x7e]/gu, (char) => (/\s/u.test(char) ? ' ' : '*'));
}
