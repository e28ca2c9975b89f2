#!/usr/bin/env node
/**
 * Generate release notes from conventional commits between two git refs.
 *
 *   node release-notes.mjs v1.2.0 HEAD > CHANGELOG-1.3.0.md
 *
 * Commits are grouped by type (feat, fix, perf, ...). Breaking changes
 * (a "!" after the type or a "BREAKING CHANGE:" footer) get their own section.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const SECTIONS = {
  feat: 'Features',
  fix: 'Bug Fixes',
  perf: 'Performance',
  refactor: 'Refactoring',
  docs: 'Documentation',
};

const HEADER_RE = /^(?<type>\w+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?:\s*(?<subject>.+)$/;
const SEP = '\x1e';
const FIELD = '\x1f';

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function readCommits(from, to) {
  const raw = git('log', `${from}..${to}`, `--format=%H${FIELD}%s${FIELD}%b${SEP}`);
  return raw
    .split(SEP)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const [hash, subject, body = ''] = chunk.split(FIELD);
      return { hash, subject, body };
    });
}

function classify(commit) {
  const match = HEADER_RE.exec(commit.subject);
  if (!match) return null;
  const { type, scope, bang, subject } = match.groups;
  const breaking = Boolean(bang) || /^BREAKING[ -]CHANGE:/m.test(commit.body);
  return { ...commit, type: type.toLowerCase(), scope, subject, breaking };
}

function render(commits, { title, repoUrl }) {
  const line = (c) => {
    const scope = c.scope ? `**${c.scope}:** ` : '';
    const short = c.hash.slice(0, 7);
    const ref = repoUrl ? `[${short}](${repoUrl}/commit/${c.hash})` : short;
    return `- ${scope}${c.subject} (${ref})`;
  };

  const out = [`# ${title}`, ''];
  const breaking = commits.filter((c) => c.breaking);
  if (breaking.length) {
    out.push('## ⚠ Breaking Changes', '', ...breaking.map(line), '');
  }
  for (const [type, heading] of Object.entries(SECTIONS)) {
    const group = commits.filter((c) => c.type === type);
    if (group.length) out.push(`## ${heading}`, '', ...group.map(line), '');
  }
  return out.join('\n');
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      repo: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

  if (values.help || positionals.length === 0) {
    console.log('usage: release-notes <from-ref> [to-ref] [--title T] [--repo URL]');
    process.exit(values.help ? 0 : 1);
  }

  const [from, to = 'HEAD'] = positionals;
  let commits;
  try {
    commits = readCommits(from, to).map(classify).filter(Boolean);
  } catch (err) {
    console.error(`release-notes: git log failed: ${err.message.split('\n')[0]}`);
    process.exit(1);
  }

  const title = values.title ?? `Changes since ${from}`;
  process.stdout.write(render(commits, { title, repoUrl: values.repo?.replace(/\/$/, '') }));
  console.error(`${commits.length} conventional commits found`);
}

main();
