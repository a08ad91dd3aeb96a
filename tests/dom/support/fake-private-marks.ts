import type { PrivateStyle } from '../../../entrypoints/content/host/private-marks';

/** Stands in for PrivateMarks (which needs layout): records what would be painted, by source. */
export class FakePrivateMarks {
  private readonly groups = new Map<string, { style: PrivateStyle; ranges: readonly Range[] }>();

  set(source: 'terms' | 'notes', style: PrivateStyle, ranges: readonly Range[]): void {
    if (ranges.length === 0) this.groups.delete(source);
    else this.groups.set(source, { style, ranges: [...ranges] });
  }

  has(source: string): boolean {
    return this.groups.has(source);
  }

  ranges(source: string): readonly Range[] {
    return this.groups.get(source)?.ranges ?? [];
  }

  style(source: string): PrivateStyle | undefined {
    return this.groups.get(source)?.style;
  }

  /** The text of each range painted for `source`, in the order given. */
  texts(source: string): string[] {
    return this.ranges(source).map((range) => range.toString());
  }
}
