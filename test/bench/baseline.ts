// A checkout of a baseline commit beside the working tree, for benchmarks that compare the two
// (bench:fidelity, bench:extract --baseline): a detached git worktree sharing node_modules,
// removed when the work is done whatever happens.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../server/config.ts';

/** The short hash of a commit name ("HEAD", "4ef1ee6", a branch). */
export const shortCommit = (commit: string) => execFileSync('git', ['rev-parse', '--short', commit], { cwd: projectRoot, encoding: 'utf8' }).trim();

/** Runs `work` with the root of a checkout of `commit`, then removes the checkout. */
export async function withBaselineCheckout<T>(commit: string, work: (root: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-baseline-'));
  const root = path.join(dir, 'baseline');
  execFileSync('git', ['worktree', 'add', '--quiet', '--detach', root, commit], { cwd: projectRoot });
  try {
    fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
    return await work(root);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', root], { cwd: projectRoot });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
