// The real UN record that ships with citegraph (ingest/bundle/, see its README): the UN's Akoma
// Ntoso XML of 1,804 resolutions, decisions and presidential statements, and the Digital
// Library's voting records. `npm start` unpacks it once into the user's cache and, on an empty
// graph, ingests it with the A/RES/76/158 sample and imports the voting records.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { projectRoot } from './config.ts';

export const bundleDir = path.join(projectRoot, 'ingest', 'bundle');
export const BUNDLE = {
  akn: path.join(bundleDir, 'un-akn.tar.br'),
  votingRecords: path.join(bundleDir, 'un-voting-records.csv.br'),
};

/** Largest file the archive may unpack: an AKN resolution is at most a megabyte. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

/**
 * Unpacks the AKN archive into `<cacheDir>/bundle-<hash>/` once (a scratch folder renamed when
 * complete, so a half-unpacked bundle is never used) and returns the folder of its XML files.
 */
export async function unpackBundle(cacheDir: string): Promise<string> {
  const archive = readFileSync(BUNDLE.akn);
  const target = path.join(cacheDir, `bundle-${createHash('sha256').update(archive).digest('hex').slice(0, 12)}`);
  const done = path.join(target, '.complete');
  if (existsSync(done)) return path.join(target, 'akn');
  const scratch = `${target}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  try {
    // regular files and folders only, nothing large: an archive cannot write outside its folder or fill the disk
    await tar.x({ file: BUNDLE.akn, cwd: scratch, brotli: true, strict: true, filter: (_, entry) => ('type' in entry ? entry.type === 'File' || entry.type === 'Directory' : true) && ('size' in entry ? (entry.size ?? 0) <= MAX_ENTRY_BYTES : true) });
    writeFileSync(path.join(scratch, '.complete'), new Date().toISOString());
    rmSync(target, { recursive: true, force: true });
    renameSync(scratch, target);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  return path.join(target, 'akn');
}
