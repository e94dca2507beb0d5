// A fake MCP server for tst_mcpimporter, over stdio like the real ones.
//   node fakemcpserver.js pages   - lists three tools one page at a time, pings the client
//                                   before each page and wants the answer, writes noise
//   node fakemcpserver.js refuse  - answers tools/list with a JSON-RPC error
'use strict';
const mode = process.argv[2];
const rl = require('readline').createInterface({input: process.stdin});
const send = m => process.stdout.write(JSON.stringify(m) + '\n');
let pending = null;

function listPage(request) {
  const cursor = request.params && request.params.cursor;
  const page = cursor ? Number(cursor) : 0;
  const result = {tools: [{name: 'tool.' + page, description: 'page ' + page,
                           inputSchema: {type: 'object'}}]};
  if (page < 2)
    result.nextCursor = String(page + 1);
  send({jsonrpc: '2.0', id: request.id, result});
}

rl.on('line', line => {
  const m = JSON.parse(line);
  if (m.method === 'initialize') {
    console.log('starting up (not JSON-RPC)');
    send({jsonrpc: '2.0', method: 'notifications/message', params: {level: 'info', data: 'hi'}});
    send({jsonrpc: '2.0', id: m.id, result: {protocolVersion: m.params.protocolVersion,
          capabilities: {tools: {}}, serverInfo: {name: 'pager', version: '1.2.3'}}});
  } else if (m.method === 'tools/list' && mode === 'refuse') {
    send({jsonrpc: '2.0', id: m.id, error: {code: -32601, message: 'no tools here'}});
  } else if (m.method === 'tools/list') {
    pending = m;
    send({jsonrpc: '2.0', id: 'server-ping', method: 'ping'});
  } else if (m.id === 'server-ping' && m.result && pending) {
    listPage(pending);
    pending = null;
  }
});
