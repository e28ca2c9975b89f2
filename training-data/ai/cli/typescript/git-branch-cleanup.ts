#!/usr/bin/env node
/**
 * git-branch-cleanup.ts
 *
 * Lists local branches that have already been merged into the main branch
 * (and optionally branches whose remote was deleted), then deletes them.
 *
 * It is a dry run by default, so nothing is deleted unless you pass --yes.
 *
 * Usage:
 *   npx tsx git-branch-cleanup.ts                 # show what would be deleted
 *   npx tsx git-branch-cleanup.ts --yes           # actually delete
 *   npx tsx git-branch-cleanup.ts --base develop --gone --keep release/*
 */

import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

// Options the script understands, with sensible defaults.
interface Options {
  base: string | null; // null means "detect main/master automatically"
  includeGone: boolean; // also delete branches whose upstream is gone
  keep: string[]; // glob-like patterns for branches that must never be deleted
  yes: boolean; // actually delete instead of printing
}

// Small wrapper around `git` that returns trimmed stdout.
async function git(...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync("git", args, { maxBuffer: 10 * 1024 * 1024 });
  return stdout.trim();
}

// Turn a simple pattern such as "release/*" into a regular expression.
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

// Parse command-line flags. We keep it simple and avoid extra dependencies.
function parseOptions(argv: string[]): Options {
  const options: Options = { base: null, includeGone: false, keep: [], yes: false };
  for (let i = 0; i < argv.length; i++) {
    switch (argv[i]) {
      case "--base":
        options.base = argv[++i];
        break;
      case "--gone":
        options.includeGone = true;
        break;
      case "--keep":
        options.keep.push(argv[++i]);
        break;
      case "--yes":
      case "-y":
        options.yes = true;
        break;
      default:
        throw new Error(`Unknown option: ${argv[i]}`);
    }
  }
  return options;
}

// Figure out whether the repository uses "main" or "master".
async function detectBaseBranch(): Promise<string> {
  for (const candidate of ["main", "master"]) {
    try {
      await git("rev-parse", "--verify", "--quiet", `refs/heads/${candidate}`);
      return candidate;
    } catch {
      // Not found, try the next candidate.
    }
  }
  throw new Error("Could not find a main or master branch; pass --base <branch>");
}

// Collect branches that are fully merged into the base branch.
async function mergedBranches(base: string): Promise<string[]> {
  const output = await git("branch", "--merged", base, "--format=%(refname:short)");
  return output.split("\n").filter(Boolean);
}

// Collect branches whose upstream was deleted on the remote ("[gone]").
async function goneBranches(): Promise<string[]> {
  const output = await git("for-each-ref", "refs/heads", "--format=%(refname:short) %(upstream:track)");
  return output
    .split("\n")
    .filter((line) => line.endsWith("[gone]"))
    .map((line) => line.split(" ")[0]);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));

  // Make sure we are inside a git repository before doing anything else.
  await git("rev-parse", "--is-inside-work-tree");

  const base = options.base ?? (await detectBaseBranch());
  const current = await git("rev-parse", "--abbrev-ref", "HEAD");
  const keepPatterns = options.keep.map(patternToRegExp);

  // Merge both candidate lists and remove duplicates.
  const gone = new Set(options.includeGone ? await goneBranches() : []);
  const candidates = new Set([...(await mergedBranches(base)), ...gone]);

  // Never delete the base branch, the current branch or a protected one.
  const toDelete = [...candidates].filter(
    (branch) => branch !== base && branch !== current && !keepPatterns.some((re) => re.test(branch)),
  );

  if (toDelete.length === 0) {
    console.log(`Nothing to clean up (base: ${base}).`);
    return;
  }

  console.log(`${options.yes ? "Deleting" : "Would delete"} ${toDelete.length} branch(es):`);
  for (const branch of toDelete) {
    if (!options.yes) {
      console.log(`  ${branch}`);
      continue;
    }
    try {
      // -D is needed for "gone" branches that were squash-merged upstream.
      await git("branch", gone.has(branch) ? "-D" : "-d", branch);
      console.log(`  deleted ${branch}`);
    } catch (error) {
      console.error(`  failed to delete ${branch}: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }

  if (!options.yes) {
    console.log("\nRun again with --yes to delete them.");
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
