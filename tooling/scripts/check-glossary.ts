// Validates glossary files: `tsx scripts/check-glossary.ts [--editorial] [file ...]`
// (default data/glossary.json). --editorial holds them to the bundled glossary's standard.
import { readFileSync } from 'node:fs';
import { checkGlossary } from '../../core/glossary/check';

const args = process.argv.slice(2);
const editorial = args.includes('--editorial');
const files = args.filter((arg) => arg !== '--editorial');
const targets = files.length > 0 ? files : ['data/glossary.json'];
const loaded = targets.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown[]);
const allIds = loaded.flat().map((entry) => (entry as { id?: string }).id ?? '');
let failed = false;
loaded.forEach((data, index) => {
  const problems = checkGlossary(data, { knownIds: allIds, editorial });
  for (const problem of problems) console.error(`${targets[index]}: ${problem}`);
  if (problems.length > 0) failed = true;
  else console.log(`${targets[index]}: ${data.length} entries, valid`);
});
if (loaded.length > 1) {
  const merged = checkGlossary(loaded.flat(), { editorial });
  for (const problem of merged) console.error(`merged: ${problem}`);
  if (merged.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
