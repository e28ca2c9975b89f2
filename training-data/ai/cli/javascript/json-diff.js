#!/usr/bin/env node
// json-diff: show structural differences between two JSON files.
//
// Usage: json-diff [--only-changes] [--no-color] <a.json> <b.json>
// Exit status: 0 if equal, 1 if different, 2 on error.

const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const files = args.filter((a) => !a.startsWith('--'));

const useColor = process.stdout.isTTY && !flags.has('--no-color');
const paint = (code) => (s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const red = paint(31);
const green = paint(32);
const yellow = paint(33);

function usage(msg) {
  if (msg) console.error(`json-diff: ${msg}`);
  console.error('usage: json-diff [--only-changes] [--no-color] <a.json> <b.json>');
  process.exit(2);
}

function load(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    usage(`${path.basename(file)}: ${err.message}`);
  }
}

const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function diff(a, b, at = '$', out = []) {
  const ta = typeOf(a);
  const tb = typeOf(b);

  if (ta !== tb) {
    out.push({ op: 'type', path: at, from: a, to: b });
    return out;
  }

  if (ta === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      const child = /^[A-Za-z_$][\w$]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
      if (!(key in b)) out.push({ op: 'remove', path: child, from: a[key] });
      else if (!(key in a)) out.push({ op: 'add', path: child, to: b[key] });
      else diff(a[key], b[key], child, out);
    }
  } else if (ta === 'array') {
    const len = Math.max(a.length, b.length);
    for (let i = 0; i < len; i++) {
      if (i >= b.length) out.push({ op: 'remove', path: `${at}[${i}]`, from: a[i] });
      else if (i >= a.length) out.push({ op: 'add', path: `${at}[${i}]`, to: b[i] });
      else diff(a[i], b[i], `${at}[${i}]`, out);
    }
  } else if (a !== b) {
    out.push({ op: 'change', path: at, from: a, to: b });
  }
  return out;
}

const show = (v) => JSON.stringify(v);

function main() {
  if (flags.has('--help')) usage();
  if (files.length !== 2) usage('expected exactly two files');

  const changes = diff(load(files[0]), load(files[1]));
  const onlyChanges = flags.has('--only-changes');

  for (const c of changes) {
    switch (c.op) {
      case 'add':
        if (!onlyChanges) console.log(green(`+ ${c.path}: ${show(c.to)}`));
        break;
      case 'remove':
        if (!onlyChanges) console.log(red(`- ${c.path}: ${show(c.from)}`));
        break;
      case 'type':
        console.log(yellow(`~ ${c.path}: ${typeOf(c.from)} -> ${typeOf(c.to)}`));
        break;
      default:
        console.log(yellow(`~ ${c.path}: ${show(c.from)} -> ${show(c.to)}`));
    }
  }

  if (changes.length) {
    console.error(`\n${changes.length} difference(s)`);
    process.exit(1);
  }
}

main();
