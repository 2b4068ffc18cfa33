// The shape of each detector's examples file (X.examples.ts beside X.ts): fixture pages,
// named `real/FILE` or `replicas/FILE`, served at the URL labels.tsv gives (or `url`).
import type { ControlKind, PageKind } from './types';

export interface PageExample {
  readonly page: string;
  readonly url?: string;
}

export interface DetectorExamples {
  readonly kind: PageKind;
  /** Pages that must be recognised as `kind`, with the control that comes next. */
  readonly must: ReadonlyArray<PageExample & { readonly next: ControlKind | null }>;
  /** Pages that must not be: near-misses chosen for their resemblance. */
  readonly mustNot: readonly PageExample[];
}
