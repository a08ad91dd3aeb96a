import { type NameFacts, resolveMentions } from '../../../core/names/resolve';
import type { MarkRegistry } from './mark-registry';

/**
 * The page-wide second pass of name resolution (core/names/resolve.ts) over the marks the scanner
 * made, in reading order: which entries the page introduces, whether it is about the glossary's world,
 * and, for each mention that is not a name by itself, the entry it names here. Run again only after the
 * marks changed, before they are painted, counted or hit.
 */
export class NameResolver {
  private dirty = true;

  constructor(
    private readonly registry: MarkRegistry,
    private readonly categoryOf: () => Readonly<Record<string, string>>,
    private readonly names: () => NameFacts,
  ) {}

  /** The marks changed: decide again next time. */
  invalidate(): void {
    this.dirty = true;
  }

  /** Decides every mention the page's context decides, if the marks changed since. */
  update(): void {
    if (!this.dirty) return;
    this.dirty = false;
    // Most pages have only full names: no need to put the marks in reading order.
    let undecided = false;
    for (const mark of this.registry.all()) if (mark.needsDecision) undecided = true;
    if (!undecided) return;
    const marks = this.registry.inReadingOrder();
    const decisions = resolveMentions(
      marks.map((mark) => mark.reading),
      this.names(),
      marks.map((mark) => mark.container),
    );
    const categoryOf = this.categoryOf();
    marks.forEach((mark, index) => {
      const decision = decisions[index];
      if (!mark.needsDecision || !decision) return;
      mark.decide(
        decision.entryId ? { ...decision, category: categoryOf[decision.entryId] ?? 'concept' } : null,
      );
    });
  }
}
