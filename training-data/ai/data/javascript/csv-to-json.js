#!/usr/bin/env node
'use strict';

/*
 * Stream a (possibly large) CSV file to JSON Lines or a JSON array.
 * Handles quoted fields, escaped quotes ("") and newlines inside quotes.
 *
 *   node csv-to-json.js input.csv > out.jsonl
 *   node csv-to-json.js --array --delimiter ';' input.csv > out.json
 */

const fs = require('fs');
const readline = require('readline');

function parseArgs(argv) {
  const opts = { delimiter: ',', array: false, numbers: true, file: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--array') opts.array = true;
    else if (a === '--no-numbers') opts.numbers = false;
    else if (a === '--delimiter' || a === '-d') opts.delimiter = argv[++i];
    else if (!opts.file) opts.file = a;
    else throw new Error(`unexpected argument: ${a}`);
  }
  return opts;
}

// Parses CSV text incrementally. Call push() with each line; it returns a
// completed record, or null when a quoted field continues onto the next line.
function createParser(delimiter) {
  let fields = [];
  let field = '';
  let inQuotes = false;

  return function push(line) {
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (inQuotes) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') {
          inQuotes = false;
        } else {
          field += ch;
        }
      } else if (ch === '"' && field === '') {
        inQuotes = true;
      } else if (ch === delimiter) {
        fields.push(field);
        field = '';
      } else {
        field += ch;
      }
    }
    if (inQuotes) {
      field += '\n';
      return null;
    }
    fields.push(field);
    const record = fields;
    fields = [];
    field = '';
    return record;
  };
}

function coerce(value, numbers) {
  if (value === '') return null;
  if (numbers && /^-?\d+(\.\d+)?$/.test(value) && !/^-?0\d/.test(value)) return Number(value);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const input = opts.file ? fs.createReadStream(opts.file) : process.stdin;
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const push = createParser(opts.delimiter);

  let headers = null;
  let count = 0;
  if (opts.array) process.stdout.write('[\n');

  for await (const line of rl) {
    const record = push(line);
    if (!record) continue;
    if (!headers) {
      headers = record.map((h, i) => h.trim() || `column_${i + 1}`);
      continue;
    }
    if (record.length === 1 && record[0] === '') continue; // blank line

    const obj = {};
    headers.forEach((h, i) => {
      obj[h] = coerce(record[i] ?? '', opts.numbers);
    });
    const json = JSON.stringify(obj);
    process.stdout.write(opts.array ? (count ? ',\n' : '') + '  ' + json : json + '\n');
    count++;
  }

  if (opts.array) process.stdout.write('\n]\n');
  console.error(`converted ${count} rows`);
}

main().catch((err) => {
  console.error(`csv-to-json: ${err.message}`);
  process.exit(1);
});
