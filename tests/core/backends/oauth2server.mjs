// A real OAuth2 authorization server for tst_oauth2session: oauth2-mock-server (tests/peers)
// on 127.0.0.1 with a port the system picks, signing tokens with a fresh RSA key.
//
//   node oauth2server.mjs <path of tests/peers/node_modules/oauth2-mock-server>
//
// Prints {"port": N} as its first line, then one JSON line per request it answered:
// {"method", "path", "query", "body", "status"}, so the test can check what the client sent
// (the PKCE parameters above all). Exits when its stdin closes, so it never outlives the test.
//
// Two additions to the mock's behaviour: every token gets a jti, so two tokens issued in the
// same second differ; and the refresh token "revoked" is refused with invalid_grant.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const packageDir = process.argv[2];
if (!packageDir) {
    process.stderr.write('usage: node oauth2server.mjs <oauth2-mock-server package folder>\n');
    process.exit(2);
}
// The package's CommonJS entry (7.x, which still runs on Debian 12's Node.js 18).
const load = async (file) => {
    const m = await import(pathToFileURL(path.join(packageDir, 'dist', ...file)).href);
    return m.default ?? m;
};
const { OAuth2Issuer } = await load(['index.js']);
const { OAuth2Service } = await load(['lib', 'oauth2-service.js']);

const issuer = new OAuth2Issuer();
await issuer.keys.generate('RS256');
const service = new OAuth2Service(issuer);
service.on('beforeTokenSigning', (token) => {
    token.payload.jti = randomUUID();
});
service.on('beforeResponse', (response, req) => {
    if (req.body?.grant_type === 'refresh_token' && req.body.refresh_token === 'revoked') {
        response.statusCode = 400;
        response.body = {
            error: 'invalid_grant',
            error_description: 'the refresh token was revoked',
        };
    }
});

function line(object) {
    process.stdout.write(JSON.stringify(object) + '\n');
}

const server = http.createServer((req, res) => {
    res.on('finish', () => {
        const url = new URL(req.originalUrl ?? req.url, 'http://127.0.0.1');
        line({
            method: req.method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            body: req.body ?? null,
            status: res.statusCode,
        });
    });
    service.requestHandler(req, res);
});

server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    issuer.url = `http://127.0.0.1:${port}`;
    line({ port });
});

// The test holds our stdin open; when it closes it (or dies), we go.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
