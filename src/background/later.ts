// Background work that can wait until the answer being given has gone: a page of the linking
// path in a new tab waits on its answer to show the coach mark, and on a two-core machine every
// millisecond the background spends first (a storage write's serialisation, the toolbar's
// icons) delays it. Such work runs in the background's next task.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` after the answer has gone; its failure is nobody's answer, so it is let go. */
export function afterAnswer(work: () => Promise<unknown>): void {
  void nextTask().then(work).catch(() => undefined);
}
