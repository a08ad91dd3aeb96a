import bundled from './glossary.json';
import type { GlossaryEntry } from './glossary-schema';

/** The bundled glossary, validated at build time (scripts/check-glossary.ts) and in tests. */
export const glossary: readonly GlossaryEntry[] = bundled as GlossaryEntry[];
