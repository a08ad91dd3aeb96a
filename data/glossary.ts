import type { GlossaryEntry } from '../core/glossary/schema';
import bundled from './glossary.json';

/** The bundled glossary, validated at build time (scripts/check-glossary.ts) and in tests. */
export const glossary: readonly GlossaryEntry[] = bundled as GlossaryEntry[];
