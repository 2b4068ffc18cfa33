// The practice court's own promises: loopback only, practice hosts only, state in memory.
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';

let court: PracticeCourt;
beforeAll(async () => {
  court = await startPracticeCourt();
}, 30_000);
afterAll(() => court.close());

function get(host: string, path: string, cookie = ''): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: court.port, path, servername: host, headers: { host, cookie }, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('practice court server', () => {
  it('serves the replica landing page under the court host, marked as practice', async () => {
    const res = await get('ecf.almb.uscourts.gov', '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('REPLICA');
    expect(res.body).toContain('Practice court');
    expect(String(res.headers['set-cookie'])).toMatch(/Domain=uscourts\.gov; Path=\/; Secure; HttpOnly/);
  });

  it('redirects the district root and the entry as the real sites do', async () => {
    expect((await get('ecf.almd.uscourts.gov', '/')).body).toContain("url=/cgi-bin/ShowIndex.pl");
    const entry = await get('ecf.almb.uscourts.gov', '/cgi-bin/login.pl');
    expect(entry.status).toBe(303);
    expect(entry.headers.location).toBe('https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK&appurl=https%3A%2F%2Fecf.almb.uscourts.gov%2Fcgi-bin%2Flogin.pl');
    expect((await get('ecf-train.almb.uscourts.gov', '/cgi-bin/login.pl')).headers.location).toMatch(/^https:\/\/train-login\.uscourts\.gov\//);
  });

  it('refuses hosts that are not part of it, and pages that need a login', async () => {
    expect((await get('ecf.cacb.uscourts.gov', '/')).status).toBe(404);
    expect((await get('evil.example', '/')).status).toBe(404);
    expect((await get('ecf.almb.uscourts.gov', '/cgi-bin/DisplayMenu.pl?Utilities')).headers.location).toBe('/cgi-bin/login.pl');
  });

  it('listens on loopback only', () => {
    expect(court.address).toBe('127.0.0.1');
    // Court hosts come here; every other host fails to resolve, so nothing reaches the network.
    expect(court.chromiumArgs[0]).toBe(`--host-resolver-rules=MAP *.uscourts.gov 127.0.0.1:${court.port},MAP * ~NOTFOUND,EXCLUDE localhost`);
  });
});
