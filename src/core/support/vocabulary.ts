// The interface words a sanitised page capture keeps: the words of CM/ECF and PACER menus,
// buttons, headings and linking messages. Any other word (a name, a
// case caption, an account) becomes a placeholder of the same shape. Words are compared
// lower-case.

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
`;

let vocabulary: Set<string> | null = null;

export function interfaceWords(): Set<string> {
  if (!vocabulary) {
    vocabulary = new Set(INTERFACE_WORDS.split(/\s+/).filter(Boolean));
  }
  return vocabulary;
}

/** Keeps interface words; any other word becomes x's (X for capitals) and 0's of the same shape. */
export function maskWords(text: string): string {
  const words = interfaceWords();
  return text.replace(/[A-Za-z0-9]+/g, (word) => (/\d/.test(word) || !words.has(word.toLowerCase()) ? word.replace(/[a-z]/g, 'x').replace(/[A-Z]/g, 'X').replace(/\d/g, '0') : word));
}
