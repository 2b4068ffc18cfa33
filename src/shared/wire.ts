// How messages to the background travel: as JSON text, answered in JSON text (browser-api.ts
// sends so). Chrome converts an object to send it one property at a time, which cost a court
// page 0.4-0.8 ms a message; a string crosses whole. The background still takes and answers
// objects (tests and tools send them), each side as it was asked.

/** Longer than any message the extension sends (a linking report's sentences stop at 12,000 characters). */
export const WIRE_MAX_CHARS = 200_000;

/** What arrived, as a value: JSON text parsed (undefined when it is not JSON or too long), anything else as it is. */
export function fromWire(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if (raw.length > WIRE_MAX_CHARS) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** An answer in the form its message came in: JSON text for text, the value itself for an object. */
export function answerAsAsked(asked: unknown, answer: unknown): unknown {
  return typeof asked === 'string' && answer !== undefined ? JSON.stringify(answer) : answer;
}
