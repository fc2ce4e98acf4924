// The ceiling: one page's HTML, held in memory and sent by Node's own HTTP server with nothing
// else in the way. Usage: node scripts/bench/static-server.mjs FILE PORT
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) {
  console.error('usage: node scripts/bench/static-server.mjs FILE PORT');
  process.exit(2);
}
const body = readFileSync(file);
const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length) };
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
