#!/usr/bin/env node
/**
 * envcheck - validate a .env file against a schema file.
 *
 * Schema format (one variable per line):
 *   DATABASE_URL   url      required
 *   PORT           int      default=3000
 *   LOG_LEVEL      enum(debug,info,warn,error)  default=info
 *   FEATURE_X      bool
 */
import { readFileSync, existsSync } from 'node:fs';

type Rule = {
  name: string;
  type: string;
  required: boolean;
  defaultValue?: string;
  choices?: string[];
};

type Problem = { variable: string; message: string };

function parseDotenv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const key = line.slice(0, eq).replace(/^export\s+/, '').trim();
    let value = line.slice(eq + 1).trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    env.set(key, value);
  }
  return env;
}

function parseSchema(text: string): Rule[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const [name, type = 'string', ...flags] = line.split(/\s+/);
      const rule: Rule = { name, type, required: flags.includes('required') };
      const def = flags.find((f) => f.startsWith('default='));
      if (def) rule.defaultValue = def.slice('default='.length);
      const enumMatch = /^enum\((.+)\)$/.exec(type);
      if (enumMatch) {
        rule.type = 'enum';
        rule.choices = enumMatch[1].split(',');
      }
      return rule;
    });
}

const validators: Record<string, (v: string, rule: Rule) => string | null> = {
  string: () => null,
  int: (v) => (/^-?\d+$/.test(v) ? null : 'must be an integer'),
  number: (v) => (v !== '' && !Number.isNaN(Number(v)) ? null : 'must be a number'),
  bool: (v) => (/^(true|false|1|0|yes|no)$/i.test(v) ? null : 'must be a boolean'),
  url: (v) => {
    try {
      new URL(v);
      return null;
    } catch {
      return 'must be a valid URL';
    }
  },
  enum: (v, rule) => (rule.choices!.includes(v) ? null : `must be one of ${rule.choices!.join(', ')}`),
};

function check(env: Map<string, string>, rules: Rule[]): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const value = env.get(rule.name) ?? process.env[rule.name];
    if (value === undefined || value === '') {
      if (rule.required && rule.defaultValue === undefined) {
        problems.push({ variable: rule.name, message: 'is required but not set' });
      }
      continue;
    }
    const validate = validators[rule.type];
    if (!validate) {
      problems.push({ variable: rule.name, message: `unknown type "${rule.type}" in schema` });
      continue;
    }
    const error = validate(value, rule);
    if (error) problems.push({ variable: rule.name, message: error });
  }
  const known = new Set(rules.map((r) => r.name));
  for (const key of env.keys()) {
    if (!known.has(key)) problems.push({ variable: key, message: 'is not declared in the schema (warning)' });
  }
  return problems;
}

function main(argv: string[]): number {
  const [envPath = '.env', schemaPath = '.env.schema'] = argv;
  for (const p of [envPath, schemaPath]) {
    if (!existsSync(p)) {
      console.error(`envcheck: ${p} not found`);
      return 2;
    }
  }
  const problems = check(parseDotenv(readFileSync(envPath, 'utf8')), parseSchema(readFileSync(schemaPath, 'utf8')));
  const errors = problems.filter((p) => !p.message.endsWith('(warning)'));
  for (const p of problems) console.log(`${p.variable} ${p.message}`);
  if (!problems.length) console.log(`${envPath} OK`);
  return errors.length ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
