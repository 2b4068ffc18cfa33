// The shape checks every reader of untrusted values shares (stored data, messages, a support
// state given as JSON): written once, and import-free, so a court page's bundle pays a few bytes.

/** A plain object (not null, not a list): the only shape whose fields a reader may look at. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored time: ms since the epoch, never negative, never NaN or infinite. */
export const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
