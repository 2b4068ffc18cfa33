// A small HTTP CONNECT proxy in front of the practice court, for Firefox: Firefox has no
// --host-resolver-rules, so its `network.proxy.*` preferences send every request here. A
// CONNECT to a *.uscourts.gov host on port 443 is tunnelled to the practice court's own port;
// everything else (other hosts, other ports, plain HTTP) is refused, so nothing the browser
// asks for reaches the network. The browser still sees the real host names and real TLS end
// to end (the proxy only moves bytes). No root, no fixed port: it listens on 127.0.0.1:0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface CourtProxy {
  readonly port: number;
  /** What the proxy refused (host:port or URL), in order: a test can check nothing leaked. */
  readonly refused: readonly string[];
  /** How many tunnels it opened to the court. */
  readonly tunnels: () => number;
  close(): Promise<void>;
}

/** The host names the practice court answers for (its server routes by Host within them). */
export const COURT_HOST = /^(?:[a-z0-9-]+\.)*uscourts\.gov$/;

export async function startCourtProxy(target: { port: number; address?: string }): Promise<CourtProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket | Duplex>();
  let tunnels = 0;
  const track = (socket: Socket | Duplex) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // A plain-HTTP request through the proxy: never forwarded.
    refused.push(req.url ?? '?');
    res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('Refused by the practice-court proxy: only HTTPS to *.uscourts.gov goes through.\n');
  });
  server.on('connection', track);
  server.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    track(client);
    const authority = req.url ?? '';
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
    const host = match?.[1]?.toLowerCase() ?? '';
    if (!match || match[2] !== '443' || !COURT_HOST.test(host)) {
      refused.push(authority);
      client.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(target.port, target.address ?? '127.0.0.1');
    track(upstream);
    tunnels += 1;
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
    upstream.on('close', drop);
    client.on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    refused,
    tunnels: () => tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send every request through the proxy (and none around it). */
export function proxyPrefs(proxy: { port: number }): Record<string, unknown> {
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.socks': '',
    'network.proxy.socks_port': 0,
    // Nothing bypasses it, not even localhost (which would otherwise be reached directly).
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Never fall back to a direct connection when the proxy refuses.
    'network.proxy.failover_direct': false,
    'network.proxy.failover_timeout': 0,
    // The proxy, not the machine's resolver, is the only way to a host.
    'network.dns.disableIPv6': true,
    'network.trr.mode': 5,
  };
}
