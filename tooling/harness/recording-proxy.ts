import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** host:port, for a browser's proxy setting. */
  address: string;
  /** Every destination a request tried to reach ("GET http://host/path", "CONNECT host:443"). */
  recorded: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: it records where each request wanted to go and
 * refuses it. A browser pointed at it shows whether anything tries to leave the machine.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const recorded: string[] = [];
  const server: Server = createServer((request, response) => {
    recorded.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    recorded.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    recorded,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
