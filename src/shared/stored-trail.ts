// The storage schema's flow-trail key (see storage-schema.ts for the others): where the guide
// last pointed in each court (core/flow/trail.ts). Read and written by the background alone
// (background/trail.ts keeps it in memory and answers each page's arrival); court pages read
// nothing from storage.
import { NAMED_COURTS } from '../core/courts/naming';
import type { Trail, TrailEntry } from '../core/flow/trail';
import { isRecord, isTime } from '../core/state/guards';
import { FLOW_EVIDENCE, type FlowEvidence } from '../core/recognition/types';

/** Path hashes and times only: a page knows from it that it answers the linking item or the linking form. */
export const TRAIL_KEY = 'flowTrail';

const PATH_KEY = /^[0-9a-f]{8}$/;

/** An id formed as a court's is (the trail is read on court pages, which carry no court table). */
const isCourtShaped = (id: string) => NAMED_COURTS.byId(id)?.id === id;

/** The stored trail, each court's entry kept only when whole and valid; never throws. */
export function readStoredTrail(raw: unknown): Trail {
  if (!isRecord(raw)) return {};
  const trail: Record<string, TrailEntry> = {};
  try {
    for (const [court, entry] of Object.entries(raw)) {
      if (!isCourtShaped(court) || !isRecord(entry) || !FLOW_EVIDENCE.includes(entry.control as FlowEvidence) || !isTime(entry.at)) continue;
      if (typeof entry.from !== 'string' || !PATH_KEY.test(entry.from) || !Array.isArray(entry.to) || entry.to.length > 4) continue;
      const to = entry.to.filter((key): key is string => typeof key === 'string' && PATH_KEY.test(key));
      if (to.length) trail[court] = { control: entry.control as FlowEvidence, from: entry.from, to, at: entry.at };
    }
  } catch {
    return {};
  }
  return trail;
}

