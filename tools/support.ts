// npm run -s support -- decode CODE        prints {code, state, summary, advice} as JSON
// npm run -s support -- encode STATE.json  prints the code (STATE.json: what decode prints, or its "state")
// For help desks (and their training) and for tests.
import { decodeSupportCode, encodeSupportCode, SupportCodeError } from '../src/core/support/code';
import { summarise } from '../src/core/support/summary';
import { readSupportState } from '../src/core/support/validate';
import { catalogTranslator } from '../src/core/flow/catalog';
import { useTranslator } from '../src/core/flow/texts';
import { PageFileError, readPageFile } from './lib/page-file';

const USAGE = `usage: npm run -s support -- decode CODE
       npm run -s support -- encode STATE.json`;

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
