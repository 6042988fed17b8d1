'use strict';
/**
 * The "machine limit" reference: a bare Node http server (own process, like Strapi's) answering
 * every request with the very body our endpoint returned, as JSON. Started by bench/run.js, which
 * sends { type: 'body', body } and receives { type: 'ready', port }.
 */
const http = require('http');

process.on('message', (msg) => {
  if (!msg || msg.type !== 'body') return;
  const body = Buffer.from(msg.body, 'utf8');
  const server = http.createServer((req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'public, max-age=60',
    });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));
});
process.on('disconnect', () => process.exit(0));
