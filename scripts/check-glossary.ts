// Validates glossary files: `tsx scripts/check-glossary.ts [file ...]` (default data/glossary.json).
import { readFileSync } from 'node:fs';
import { checkGlossary } from '../data/glossary-check';

const files = process.argv.slice(2);
const targets = files.length > 0 ? files : ['data/glossary.json'];
const loaded = targets.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown[]);
const allIds = loaded.flat().map((entry) => (entry as { id?: string }).id ?? '');
let failed = false;
loaded.forEach((data, index) => {
  const problems = checkGlossary(data, allIds);
  for (const problem of problems) console.error(`${targets[index]}: ${problem}`);
  if (problems.length > 0) failed = true;
  else console.log(`${targets[index]}: ${data.length} entries, valid`);
});
if (loaded.length > 1) {
  const merged = checkGlossary(loaded.flat());
  for (const problem of merged) console.error(`merged: ${problem}`);
  if (merged.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
