// Reads a saved court page from disk for the classify command and the tests: refuses what is
// not a web page (missing, empty, binary, huge) with a message a help desk can act on.
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseSite } from '../../src/core/courts/hosts';

/** Larger than any court page we know of (docket reports run to a few megabytes). */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

export class PageFileError extends Error {}

export function readPageFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new PageFileError(`${path} is a folder, not a saved page`);
    size = stat.size;
  } catch (error) {
    if (error instanceof PageFileError) throw error;
    throw new PageFileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size === 0) throw new PageFileError(`${path} is empty`);
  if (size > MAX_PAGE_BYTES) {
    throw new PageFileError(`${path} is ${(size / 1048576).toFixed(1)} MB, larger than any court page (limit ${MAX_PAGE_BYTES / 1048576} MB)`);
  }
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new PageFileError(`${path} is a binary file, not a saved web page`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older court pages are Latin-1.
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** A page address given on the command line, checked: it must parse. */
export function checkPageUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw new PageFileError(`"${url}" is not a URL (expected something like https://ecf.almb.uscourts.gov/cgi-bin/login.pl)`);
  }
}

/** Parses HTML as the browser would, without running its scripts or fetching anything. */
export function parseHtml(html: string, url: string | null): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url ?? undefined, virtualConsole }).window.document;
}

/**
 * Where a saved page came from, from its own evidence: a `<base>`, the "saved from url"
 * comment browsers write, or the court host its absolute links point at (then the path is
 * unknown). `null` when nothing says.
 */
export function inferPageUrl(html: string, doc: Document): { url: string; pathKnown: boolean } | null {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  if (base && parseSite(base)) return { url: base, pathKnown: true };
  const savedFrom = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  if (savedFrom && parseSite(savedFrom)) return { url: savedFrom, pathKnown: true };
  const hosts = new Map<string, number>();
  for (const element of Array.from(doc.querySelectorAll('a[href], form[action]'))) {
    const raw = element.getAttribute('href') ?? element.getAttribute('action') ?? '';
    if (!/^https:\/\//i.test(raw)) continue;
    const site = parseSite(raw);
    if (site?.kind === 'ecf' && !site.training) hosts.set(site.host, (hosts.get(site.host) ?? 0) + 1);
  }
  const [top] = [...hosts.entries()].sort((a, b) => b[1] - a[1]);
  return top ? { url: `https://${top[0]}/`, pathKnown: false } : null;
}
