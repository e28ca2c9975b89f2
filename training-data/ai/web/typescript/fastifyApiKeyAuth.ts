/**
 * API key authentication for Fastify.
 *
 * Clients send `Authorization: Bearer <key>` (or `X-API-Key: <key>`). Keys are
 * stored only as SHA-256 hashes; the plugin hashes the presented key and looks
 * it up, so the raw secret never needs to live in configuration.
 *
 * Routes opt in to scope checks with `{ preHandler: app.requireScopes('write') }`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import fp from 'fastify-plugin';

const BEARER_PREFIX = 'Bearer ';
const API_KEY_HEADER = 'x-api-key';
const MIN_KEY_LENGTH = 32;

export interface ApiKeyRecord {
  /** Hex-encoded SHA-256 of the key. */
  hash: string;
  clientId: string;
  scopes: readonly string[];
  /** Optional expiry; expired keys are rejected. */
  expiresAt?: Date;
}

export interface ApiKeyAuthOptions {
  keys: readonly ApiKeyRecord[];
  /** URL prefixes that skip authentication entirely, e.g. `/health`. */
  publicPaths?: readonly string[];
}

export interface AuthenticatedClient {
  clientId: string;
  scopes: ReadonlySet<string>;
}

declare module 'fastify' {
  interface FastifyRequest {
    client: AuthenticatedClient | null;
  }
  interface FastifyInstance {
    requireScopes(...scopes: string[]): preHandlerHookHandler;
  }
}

/** Hashes a raw API key the same way stored hashes were produced. */
export function hashApiKey(rawKey: string): string {
  return createHash('sha256').update(rawKey, 'utf8').digest('hex');
}

/** Extracts the presented key from the request headers, or null if absent. */
function extractKey(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith(BEARER_PREFIX)) return auth.slice(BEARER_PREFIX.length).trim();

  const header = request.headers[API_KEY_HEADER];
  return typeof header === 'string' ? header.trim() : null;
}

/** Constant-time comparison of two equal-length hex digests. */
function digestsEqual(a: string, b: string): boolean {
  const bufA = Buffer.from(a, 'hex');
  const bufB = Buffer.from(b, 'hex');
  return bufA.length === bufB.length && timingSafeEqual(bufA, bufB);
}

function validateOptions(options: ApiKeyAuthOptions): void {
  if (!Array.isArray(options.keys) || options.keys.length === 0) {
    throw new Error('apiKeyAuth: at least one key record is required');
  }
  for (const record of options.keys) {
    if (!/^[0-9a-f]{64}$/i.test(record.hash)) {
      throw new Error(`apiKeyAuth: key for client "${record.clientId}" is not a SHA-256 hex digest`);
    }
  }
}

function unauthorized(reply: FastifyReply, message: string) {
  return reply
    .code(401)
    .header('WWW-Authenticate', 'Bearer realm="api"')
    .send({ error: 'Unauthorized', message });
}

const apiKeyAuth: FastifyPluginAsync<ApiKeyAuthOptions> = async (app, options) => {
  validateOptions(options);
  const publicPaths = options.publicPaths ?? [];

  app.decorateRequest('client', null);

  app.addHook('onRequest', async (request, reply) => {
    if (publicPaths.some((prefix) => request.url.startsWith(prefix))) return;

    const rawKey = extractKey(request);
    if (!rawKey) return unauthorized(reply, 'Missing API key');
    if (rawKey.length < MIN_KEY_LENGTH) return unauthorized(reply, 'Malformed API key');

    const presented = hashApiKey(rawKey);
    // Compare against every record so timing does not reveal which one matched.
    let match: ApiKeyRecord | undefined;
    for (const record of options.keys) {
      if (digestsEqual(presented, record.hash)) match = record;
    }

    if (!match) return unauthorized(reply, 'Invalid API key');
    if (match.expiresAt && match.expiresAt.getTime() <= Date.now()) {
      return unauthorized(reply, 'API key has expired');
    }

    request.client = { clientId: match.clientId, scopes: new Set(match.scopes) };
  });

  app.decorate('requireScopes', (...required: string[]): preHandlerHookHandler => {
    if (required.length === 0) {
      throw new Error('requireScopes: pass at least one scope');
    }
    return (request, reply, done) => {
      const granted = request.client?.scopes;
      const missing = required.filter((scope) => !granted?.has(scope));
      if (missing.length > 0) {
        reply.code(403).send({ error: 'Forbidden', message: `Missing scope(s): ${missing.join(', ')}` });
        return;
      }
      done();
    };
  });
};

export default fp(apiKeyAuth, { name: 'api-key-auth', fastify: '4.x' });
