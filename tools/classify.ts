// npm run -s classify -- [--url URL] FILE...
// npm run -s classify -- --batch LIST.tsv        (each line: URL<TAB>PATH)
// Prints one JSON object per page: file, court, courtType, training, page, filer, next, reason.
// A help desk can run it on a page a user saved. Bad input gets a message on stderr and an
// `error` line for that file; the other files are still classified; the exit code says so.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { classify } from '../src/core/recognition/classify';
import { UNKNOWN_COURT_ORIGIN } from '../src/core/recognition/types';
import { inferPageUrl, PageFileError, parseHtml, readPageFile } from './lib/page-file';

const USAGE = `usage: npm run -s classify -- [--url URL] FILE...
       npm run -s classify -- --batch LIST.tsv   (each line: URL<TAB>PATH)`;

interface Job {
  file: string;
  url: string | null;
}

export interface ClassifyLine {
  file: string;
  court: string | null;
  courtType: string | null;
  training: boolean;
  page: string;
  filer: boolean | null;
  next: { control: string; text: string; href: string | null } | null;
  reason: string | null;
}

export function classifyFile(file: string, url: string | null): ClassifyLine {
  const html = readPageFile(file);
  let address: { url: string | null; pathKnown: boolean } = { url, pathKnown: true };
  if (url === null) {
    address = inferPageUrl(html, parseHtml(html, null)) ?? { url: `${UNKNOWN_COURT_ORIGIN}/`, pathKnown: false };
  }
  const got = classify(parseHtml(html, address.url), address);
  return {
    file,
    court: got.court?.id ?? null,
    courtType: got.courtType,
    training: got.training,
    page: got.page,
    filer: got.filer,
    next: got.next ? { control: got.next.control, text: got.next.text, href: withoutUnknownOrigin(got.next.href) } : null,
    reason: got.reason,
  };
}

/** Where the page's origin is unknown, an href can only be given as a path. */
function withoutUnknownOrigin(href: string | null): string | null {
  return href?.startsWith(UNKNOWN_COURT_ORIGIN) ? href.slice(UNKNOWN_COURT_ORIGIN.length) : href;
}

function checkUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw new PageFileError(`"${url}" is not a URL (expected something like https://ecf.almb.uscourts.gov/cgi-bin/login.pl)`);
  }
}

function parseArgs(args: string[]): Job[] | string {
  const jobs: Job[] = [];
  let url: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--url') {
      if (i + 1 >= args.length) return `--url needs a value\n${USAGE}`;
      url = args[++i]!;
    } else if (arg === '--batch') {
      if (i + 1 >= args.length) return `--batch needs a file\n${USAGE}`;
      const list = args[++i]!;
      let text: string;
      try {
        text = readFileSync(list, 'utf8');
      } catch (error) {
        return `cannot read the batch list ${list}: ${(error as Error).message}`;
      }
      for (const [index, line] of text.split(/\r?\n/).entries()) {
        if (line.trim() === '' || line.startsWith('#')) continue;
        const [lineUrl, path] = line.split('\t');
        if (!path) {
          jobs.push({ file: `${list}:${index + 1}`, url: `\u0000${line}` });
          continue;
        }
        jobs.push({ file: resolve(dirname(list), path.trim()), url: lineUrl?.trim() || null });
      }
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}\n${USAGE}`;
    } else {
      jobs.push({ file: arg, url });
    }
  }
  return jobs.length ? jobs : USAGE;
}

export async function main(args: string[]): Promise<number> {
  const jobs = parseArgs(args);
  if (typeof jobs === 'string') {
    console.error(jobs);
    return 2;
  }
  let failed = 0;
  for (const job of jobs) {
    try {
      if (job.url?.startsWith('\u0000')) throw new PageFileError(`line "${job.url.slice(1)}" is not URL<TAB>PATH`);
      const line = classifyFile(job.file, job.url === null ? null : checkUrl(job.url));
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } catch (error) {
      failed += 1;
      const message = error instanceof PageFileError ? error.message : `could not classify ${job.file}: ${(error as Error).message}`;
      console.error(`classify: ${message}`);
      process.stdout.write(`${JSON.stringify({ file: job.file, error: message })}\n`);
    }
  }
  if (failed) console.error(`classify: ${failed} of ${jobs.length} file(s) could not be classified`);
  return failed ? 1 : 0;
}
