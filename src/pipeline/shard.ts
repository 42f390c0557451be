// `--shard I/N`: each of N runners takes the inputs whose path hashes to its index, so the
// split is stable (the same file always lands on the same runner) whatever the listing order.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

/** `2/8` → { index: 2, count: 8 }; indexes count from 0, as Kubernetes' JOB_COMPLETION_INDEX does. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new Error(`--shard must look like I/N (e.g. 0/4), got "${value}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) throw new Error(`--shard ${value}: the index must be in 0..${Math.max(count - 1, 0)}`);
  return { index, count };
}

/** The shard from the environment of a Kubernetes Indexed Job (or anything that sets the same names). */
export function shardFromEnv(env: NodeJS.ProcessEnv): Shard | null {
  const index = env.JOB_COMPLETION_INDEX;
  const count = env.JOB_COMPLETION_COUNT;
  if (index === undefined || count === undefined || index === '' || count === '') return null;
  return parseShard(`${index}/${count}`);
}

export function inShard(relativePath: string, shard: Shard | null): boolean {
  if (!shard || shard.count === 1) return true;
  // Forward slashes so that the split is the same on every platform.
  const digest = createHash('sha1').update(relativePath.split('\\').join('/')).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index;
}
