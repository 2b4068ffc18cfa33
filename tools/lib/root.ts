// Where the project is, for tools that read its files (dist/, bench/, fixtures), wherever they run from.
import { resolve } from 'node:path';

/** The project folder. Tools run from a bundle in .cache/, so import.meta.url would mislead. */
export const PROJECT_ROOT = process.env.CMECF_GUIDE_ROOT ?? resolve(import.meta.dirname ?? '.', '..', '..');

export const projectPath = (...parts: string[]): string => resolve(PROJECT_ROOT, ...parts);
