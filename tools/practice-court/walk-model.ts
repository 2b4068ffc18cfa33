// What a walk is: a person's steps through the practice court as plain data (what they do,
// what the extension must recognise, what the coach mark must show), and how that data is made
// ready to run on a Playwright page or any Driver. The walks themselves are in *-walks.ts,
// gathered in walks.ts; running and checking them is walk-runner.ts.
import type { Page } from 'playwright-core';
import type { TextId } from '../../src/core/flow/texts';
import type { ControlKind } from '../../src/core/recognition/types';
import type { GuidedBrowser } from './browser';
import { perform, type Action, type Driver } from './driver';
import { PlaywrightDriver } from './playwright-driver';

/**
 * What the extension must recognise. Chromium checks every field against the extension's own
 * report; Firefox (no way to read it) checks `page` against the guide's `data-guide-page` and
 * `next` against the highlighted control's `data-guide-target`, and the rest through the words.
 */
export interface Expected {
  page: string;
  next: string | null;
  court?: string | null;
  filer?: boolean | null;
  reason?: string | null;
  training?: boolean;
}

/** What the coach mark must show: its title's text id (null: no coach mark) and step number. */
export interface ExpectedGuide {
  readonly title: TextId | null;
  readonly step?: number | null;
  /** Text ids that must appear among the why line and the warnings. */
  readonly mentions?: readonly TextId[];
  /**
   * The kind of control the guide highlights (`data-guide-target`), or null for none. Left out:
   * `expect.next` for an instruction (a `*_do` title, or the login error, which points back at
   * the fields), none for a message.
   */
  readonly target?: ControlKind | null;
}

/** A step as written: plain data. */
export interface StepData {
  readonly name: string;
  /** What the person does, in order. */
  readonly do: readonly Action[];
  readonly expect: Expected;
  readonly guide?: ExpectedGuide;
  /** The page describes the steps in prose (news, help): it must record no progress (checked where storage can be read). */
  readonly prose?: boolean;
}

/** A step ready to run: its data, and `act`, which does it on a Playwright page or any driver. */
export interface WalkStep extends StepData {
  readonly act: (on: Page | Driver) => Promise<void>;
}

export interface WalkData {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StepData[];
  /** Done before the walk, e.g. choosing a practice scenario. */
  readonly setup?: readonly Action[];
  /** The progress the court must end with, if any (Chromium reads it from storage). */
  readonly finalStatus?: string;
}

export interface Walk extends WalkData {
  readonly steps: readonly WalkStep[];
}

const isDriver = (on: Page | Driver): on is Driver => 'readGuide' in on;

/** The driver for a Playwright page, or the driver itself. */
export const driverFor = (on: Page | Driver, browser?: GuidedBrowser): Driver => (isDriver(on) ? on : PlaywrightDriver.for(on, browser));

/** A step ready to run. Its `act` always does its `do` (also for a copy whose `do` was changed). */
export function step(data: StepData | WalkStep): WalkStep {
  return {
    ...data,
    act: async (on) => {
      const driver = driverFor(on);
      for (const action of data.do) await perform(driver, action);
    },
  };
}

export const walk = (data: WalkData): Walk => ({ ...data, steps: data.steps.map(step) });

/** Walks written as data, ready to run. */
export const walks = (list: readonly WalkData[]): Walk[] => list.map(walk);
