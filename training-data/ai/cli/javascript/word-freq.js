#!/usr/bin/env node
const fs = require("fs");
const readline = require("readline");

const STOPWORDS = new Set(
  "a an and are as at be but by for from has have i in is it its of on or that the this to was were will with you your".split(" ")
);

function parseArgs(argv) {
  const o = { top: 10, minLen: 1, stop: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-n") o.top = +argv[++i];
    else if (a === "--min") o.minLen = +argv[++i];
    else if (a === "--no-stopwords") o.stop = true;
    else o.files.push(a);
  }
  return o;
}

function count(stream, opts, counts) {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
    rl.on("line", (line) => {
      for (const w of line.toLowerCase().match(/[\p{L}\p{N}']+/gu) || []) {
        const word = w.replace(/^'+|'+$/g, "");
        if (word.length < opts.minLen) continue;
        if (opts.stop && STOPWORDS.has(word)) continue;
        counts.set(word, (counts.get(word) || 0) + 1);
      }
    });
    rl.on("close", resolve);
    stream.on("error", reject);
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const counts = new Map();

  if (opts.files.length === 0) {
    await count(process.stdin, opts, counts);
  } else {
    for (const f of opts.files) await count(fs.createReadStream(f), opts, counts);
  }

  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = sorted.reduce((s, [, c]) => s + c, 0);
  const rows = sorted.slice(0, opts.top);
  const w = Math.max(4, ...rows.map(([k]) => k.length));

  for (const [word, c] of rows) {
    const pct = ((c / total) * 100).toFixed(2);
    console.log(`${word.padEnd(w)}  ${String(c).padStart(6)}  ${pct.padStart(6)}%`);
  }
  console.log(`\n${counts.size} unique / ${total} total`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
