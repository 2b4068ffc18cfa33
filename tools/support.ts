// npm run -s support -- decode CODE        prints {code, state, summary, advice} as JSON
// npm run -s support -- encode STATE.json  prints the code (STATE.json: what decode prints, or its "state")
// npm run -s support -- capture FILE [--url URL]
//                                          prints the safe copy of a saved court page (the same
//                                          code as the browser's "Save this page for support")
// For help desks (and their training) and for tests.
import { decodeSupportCode, encodeSupportCode, SupportCodeError } from '../src/core/support/code';
import { summarise } from '../src/core/support/summary';
import { readSupportState } from '../src/core/support/validate';
import { catalogTranslator } from '../src/core/flow/catalog';
import { useTranslator } from '../src/core/flow/texts';
import { capturePage } from '../src/core/support/capture';
import { UNKNOWN_COURT_ORIGIN } from '../src/core/recognition/types';
import { checkPageUrl, inferPageUrl, PageFileError, parseHtml, readPageFile } from './lib/page-file';

const USAGE = `usage: npm run -s support -- decode CODE
       npm run -s support -- encode STATE.json
       npm run -s support -- capture FILE [--url URL]`;

/**
 * `capture FILE [--url URL]`: a page the user saved with the browser's own "Save as", made safe
 * to pass on. Without --url, the page's own evidence (its <base>, the "saved from" line, its
 * court links) says where it came from, as for classify. Bad input (a missing, empty, binary,
 * huge file, a folder, a URL that does not parse) gets a message on stderr and exit code 1;
 * nothing is printed then, and the file is only read.
 */
function capture(args: string[]): number {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--url') {
      if (i + 1 >= args.length) return usage('--url needs a value');
      url = args[++i]!;
    } else if (arg.startsWith('--')) {
      return usage(`unknown option ${arg}`);
    } else if (file === null) {
      file = arg;
    } else {
      return usage('capture takes one file');
    }
  }
  if (file === null) return usage('capture needs a file');
  try {
    const pageUrl = url === null ? null : checkPageUrl(url);
    const html = readPageFile(file);
    const address = pageUrl ?? inferPageUrl(html, parseHtml(html, null))?.url ?? `${UNKNOWN_COURT_ORIGIN}/`;
    process.stdout.write(capturePage(parseHtml(html, address), address).html);
    return 0;
  } catch (error) {
    console.error(`support: ${error instanceof PageFileError ? error.message : `could not capture ${file}: ${(error as Error).message}`}`);
    return 1;
  }
}

function usage(problem: string): number {
  console.error(`support: ${problem}\n${USAGE}`);
  return 2;
}

export async function main(args: string[]): Promise<number> {
  useTranslator(catalogTranslator('en'));
  const [command, ...rest] = args;
  if (command === 'decode' && rest.length > 0) {
    try {
      const state = decodeSupportCode(rest.join(' '));
      const { lines, advice } = summarise(state);
      console.log(JSON.stringify({ code: encodeSupportCode(state), state, summary: lines, advice }, null, 2));
      return 0;
    } catch (error) {
      console.error(`support: ${error instanceof SupportCodeError ? error.message : String(error)}`);
      return 1;
    }
  }
  if (command === 'capture') return capture(rest);
  if (command === 'encode' && rest.length === 1) {
    let raw: unknown;
    try {
      raw = JSON.parse(readPageFile(rest[0]!));
    } catch (error) {
      console.error(`support: ${error instanceof PageFileError ? error.message.replace('saved web page', 'JSON file') : `${rest[0]} is not valid JSON (${(error as Error).message})`}`);
      return 1;
    }
    const state = readSupportState(raw);
    if (Array.isArray(state)) {
      console.error(`support: ${rest[0]} is not a support state:\n  ${state.join('\n  ')}`);
      return 1;
    }
    console.log(encodeSupportCode(state));
    return 0;
  }
  console.error(USAGE);
  return 2;
}
