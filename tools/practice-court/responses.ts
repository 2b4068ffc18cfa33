// How the practice court answers: a page (never cached, never sniffed), a redirect after a
// form, a posted form read with a size limit, and the banner that marks every replica page.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A page, never cached: every answer depends on the session's state. */
export function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/** 303 See Other: the browser follows with GET, so a reload does not post the form again. */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

/** A posted form, refused past 64 KiB: no practice form comes near it. */
export async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const BANNER = '<div class="practice-banner" role="note">Practice court: a replica for training. Not a real court site. <a href="/practice">Practice settings</a></div>';

/** Adds the practice banner under <body> so nobody mistakes the replica for a court. */
export function withBanner(html: string): string {
  return html.replace(/(<body\b[^>]*>)/i, `$1\n${BANNER}`);
}
