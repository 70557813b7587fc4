/**
 * The machine a benchmark ran on, in one line (figures mean little without it), and the one limit of it
 * that the benchmark needs raised.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statfsSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir, totalmem, type } from 'node:os';

/** `statfs` magic numbers of the file systems the SQLite file is likely to sit on. */
const FILE_SYSTEMS = new Map([
  [0xef53, 'ext4'],
  [0x58465342, 'xfs'],
  [0x9123683e, 'btrfs'],
  [0x01021994, 'tmpfs (no disk)'],
  [0x794c7630, 'overlayfs'],
  [0x2fc12fc1, 'zfs'],
]);

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith('model name'));
    if (line) return line.split(':')[1]?.trim() ?? 'unknown CPU';
  } catch {
    // Not Linux: the OS's own name for the CPU follows.
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

/** @param {string} directory */
function fileSystemOf(directory) {
  try {
    const { type: magic } = statfsSync(directory);
    return FILE_SYSTEMS.get(magic) ?? `file system 0x${magic.toString(16)}`;
  } catch {
    return 'an unknown file system';
  }
}

/** One line: cores, CPU, memory, OS, Node, and where the SQLite file lives. */
export function describeMachine() {
  const gibibytes = (totalmem() / 2 ** 30).toFixed(1);
  return [
    `${availableParallelism()} cores (${cpuModel()}), ${gibibytes} GiB RAM, ${type()} ${release()}`,
    `Node ${process.version}; SQLite file in ${tmpdir()} on ${fileSystemOf(tmpdir())}`,
  ].join('; ');
}

/**
 * This process's limit on open files (which its children inherit), or null where the shell cannot say:
 * each idle visitor holds one socket in the driver and one in the server.
 * @returns {number | null}
 */
export function openFileLimit() {
  try {
    const limit = Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim());
    return Number.isFinite(limit) ? limit : null;
  } catch {
    return null;
  }
}
