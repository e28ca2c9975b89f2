import http from 'node:http';
import { createWriteStream } from 'node:fs';
import { mkdir, stat, readdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import crypto from 'node:crypto';

const PORT = Number(process.env.PORT ?? 3000);
const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR ?? './uploads');
const MAX_BYTES = 25 * 1024 * 1024;
const ALLOWED = new Map([
  ['image/png', '.png'],
  ['image/jpeg', '.jpg'],
  ['application/pdf', '.pdf'],
]);

function sendJson(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(data),
  });
  res.end(data);
}

class LimitExceeded extends Error {}

function limitStream(limit) {
  let seen = 0;
  return async function* (source) {
    for await (const chunk of source) {
      seen += chunk.length;
      if (seen > limit) throw new LimitExceeded(`upload exceeds ${limit} bytes`);
      yield chunk;
    }
  };
}

async function handleUpload(req, res) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
  const ext = ALLOWED.get(type);
  if (!ext) {
    return sendJson(res, 415, { error: `unsupported content type: ${type || 'none'}` });
  }
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BYTES) {
    return sendJson(res, 413, { error: 'file too large' });
  }

  const id = crypto.randomUUID();
  const target = path.join(UPLOAD_DIR, id + ext);
  const hash = crypto.createHash('sha256');

  try {
    await pipeline(
      req,
      limitStream(MAX_BYTES),
      async function* (source) {
        for await (const chunk of source) {
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(target, { flags: 'wx' }),
    );
  } catch (err) {
    if (err instanceof LimitExceeded) return sendJson(res, 413, { error: err.message });
    console.error('upload failed', err);
    return sendJson(res, 500, { error: 'upload failed' });
  }

  const { size } = await stat(target);
  sendJson(res, 201, { id, file: path.basename(target), size, sha256: hash.digest('hex') });
}

async function handleList(res) {
  const names = await readdir(UPLOAD_DIR);
  const files = await Promise.all(
    names.map(async (name) => {
      const s = await stat(path.join(UPLOAD_DIR, name));
      return { name, size: s.size, modified: s.mtime.toISOString() };
    }),
  );
  sendJson(res, 200, files.sort((a, b) => b.modified.localeCompare(a.modified)));
}

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, `http://${req.headers.host}`);
  try {
    if (req.method === 'POST' && pathname === '/upload') return await handleUpload(req, res);
    if (req.method === 'GET' && pathname === '/files') return await handleList(res);
    if (req.method === 'GET' && pathname === '/health') return sendJson(res, 200, { ok: true });
    sendJson(res, 404, { error: 'not found' });
  } catch (err) {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
  }
});

await mkdir(UPLOAD_DIR, { recursive: true });
server.listen(PORT, () => console.log(`upload server listening on :${PORT}, saving to ${UPLOAD_DIR}`));
