// Writes the replica pages and their labels to test/fixtures/replicas (npm run replicas).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from './lib/root';
import { buildReplicas, labelsTsv } from './practice-court/replicas';

export async function main(): Promise<number> {
  const folder = projectPath('test/fixtures/replicas');
  mkdirSync(folder, { recursive: true });
  for (const old of readdirSync(folder)) if (old.endsWith('.html')) rmSync(join(folder, old));
  const replicas = buildReplicas();
  for (const replica of replicas) writeFileSync(join(folder, replica.file), replica.html);
  writeFileSync(join(folder, 'labels.tsv'), labelsTsv(replicas));
  console.log(`wrote ${replicas.length} replica pages and labels.tsv to test/fixtures/replicas/`);
  return 0;
}
