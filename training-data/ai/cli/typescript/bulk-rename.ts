import { Command } from 'commander';
import { promises as fs } from 'fs';
import path from 'path';
import chalk from 'chalk';

interface RenameOp {
  from: string;
  to: string;
}

interface Options {
  pattern: string;
  replace: string;
  flags: string;
  recursive: boolean;
  dryRun: boolean;
  ext?: string;
}

async function collectFiles(dir: string, recursive: boolean): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive && !entry.name.startsWith('.')) files.push(...(await collectFiles(full, true)));
    } else if (entry.isFile()) {
      files.push(full);
    }
  }
  return files;
}

function planRenames(files: string[], opts: Options): RenameOp[] {
  const regex = new RegExp(opts.pattern, opts.flags);
  const ops: RenameOp[] = [];
  const targets = new Set<string>();

  for (const file of files) {
    if (opts.ext && path.extname(file) !== opts.ext) continue;
    const base = path.basename(file);
    const renamed = base.replace(regex, opts.replace);
    if (renamed === base) continue;

    const to = path.join(path.dirname(file), renamed);
    if (targets.has(to)) {
      throw new Error(`Two files would be renamed to ${to}`);
    }
    targets.add(to);
    ops.push({ from: file, to });
  }
  return ops;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

async function apply(ops: RenameOp[], dryRun: boolean): Promise<number> {
  let done = 0;
  for (const op of ops) {
    const label = `${path.relative('.', op.from)} ${chalk.gray('→')} ${chalk.green(path.basename(op.to))}`;
    if (await exists(op.to)) {
      console.log(chalk.yellow('skip ') + label + chalk.yellow(' (target exists)'));
      continue;
    }
    if (!dryRun) await fs.rename(op.from, op.to);
    console.log((dryRun ? chalk.cyan('would ') : '') + label);
    done++;
  }
  return done;
}

const program = new Command();

program
  .name('bulk-rename')
  .description('Rename files using a regular expression')
  .argument('[dir]', 'directory to process', '.')
  .requiredOption('-p, --pattern <regex>', 'regular expression to match in file names')
  .requiredOption('-r, --replace <string>', 'replacement, may use $1, $2, ...')
  .option('-f, --flags <flags>', 'regex flags', 'g')
  .option('-R, --recursive', 'descend into subdirectories', false)
  .option('-e, --ext <ext>', 'only rename files with this extension, e.g. .jpg')
  .option('-n, --dry-run', 'show what would happen without renaming', false)
  .action(async (dir: string, opts: Options) => {
    try {
      const files = await collectFiles(path.resolve(dir), opts.recursive);
      const ops = planRenames(files, opts);
      if (ops.length === 0) {
        console.log('No files matched.');
        return;
      }
      const count = await apply(ops, opts.dryRun);
      console.log(`\n${opts.dryRun ? 'Would rename' : 'Renamed'} ${count} of ${ops.length} file(s).`);
    } catch (err) {
      console.error(chalk.red(`error: ${(err as Error).message}`));
      process.exitCode = 1;
    }
  });

program.parseAsync();
