import { resolve } from 'node:path';

/** The project folder. Tools run from a bundle in .cache/, so import.meta.url would mislead. */
export const PROJECT_ROOT = process.env.CMECF_GUIDE_ROOT ?? resolve(import.meta.dirname ?? '.', '..', '..');

export const projectPath = (...parts: string[]): string => resolve(PROJECT_ROOT, ...parts);
