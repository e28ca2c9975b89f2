#!/usr/bin/env node
// port-check.mjs
//
// Check whether TCP ports are reachable on one or more hosts.
//
// Usage examples:
//   node port-check.mjs localhost:5432 localhost:6379
//   node port-check.mjs example.com:80,443 --timeout 2000
//   node port-check.mjs db.internal:5432 --wait 30   (keep retrying for up to 30s)
//
// Exit code is 0 when every target is reachable, 1 otherwise, which makes it
// handy in shell scripts and Docker entrypoints ("wait for the database").

import net from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

// Try to open a TCP connection and resolve with the result instead of throwing,
// so that many checks can run in parallel with Promise.all.
function checkPort(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const socket = net.createConnection({ host, port });

    // Helper that cleans up the socket and reports the outcome exactly once.
    const finish = (ok, error) => {
      socket.destroy();
      resolve({ host, port, ok, error, ms: Date.now() - startedAt });
    };

    socket.setTimeout(timeoutMs);
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false, `timed out after ${timeoutMs}ms`));
    socket.once('error', (err) => finish(false, err.code || err.message));
  });
}

// Turn "host:80,443" into [{ host, port: 80 }, { host, port: 443 }].
function parseTarget(target) {
  const idx = target.lastIndexOf(':');
  if (idx === -1) {
    throw new Error(`Missing port in "${target}" (expected host:port)`);
  }
  const host = target.slice(0, idx) || 'localhost';
  return target
    .slice(idx + 1)
    .split(',')
    .map((p) => {
      const port = Number(p);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`Invalid port "${p}" in "${target}"`);
      }
      return { host, port };
    });
}

// Very small argument parser: positional targets plus two numeric flags.
function parseArgs(argv) {
  const options = { targets: [], timeout: 3000, wait: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--timeout') {
      options.timeout = Number(argv[++i]);
    } else if (arg === '--wait') {
      options.wait = Number(argv[++i]);
    } else {
      options.targets.push(...parseTarget(arg));
    }
  }
  if (options.targets.length === 0) {
    throw new Error('Usage: port-check host:port[,port...] [--timeout ms] [--wait seconds]');
  }
  return options;
}

// Check all targets once; if --wait was given, keep re-checking the ones that
// failed until they succeed or the deadline passes.
async function run({ targets, timeout, wait }) {
  const deadline = Date.now() + wait * 1000;
  let pending = targets;
  const results = new Map();

  while (true) {
    const round = await Promise.all(pending.map((t) => checkPort(t.host, t.port, timeout)));
    for (const result of round) {
      results.set(`${result.host}:${result.port}`, result);
    }
    pending = round.filter((r) => !r.ok);

    // Stop when everything is up, or when we are out of time.
    if (pending.length === 0 || Date.now() >= deadline) break;
    await delay(1000);
  }

  return [...results.values()];
}

// Main entry point: parse arguments, run the checks and print a summary.
async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }

  const results = await run(options);
  for (const r of results) {
    const status = r.ok ? 'open  ' : 'closed';
    const detail = r.ok ? `${r.ms}ms` : r.error;
    console.log(`${status} ${r.host}:${r.port}  (${detail})`);
  }

  // Non-zero exit code if anything is still unreachable.
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

main();
