/**
 * The quick-exit shortcut, after the GOV.UK "Exit this page" component: pressing Shift
 * three times within five seconds leaves the site. Shift held down to type a capital
 * letter does not count, and any other key starts the count again, so typing never exits.
 * Pure state: the browser wiring lives in src/components/QuickExit.astro.
 */

export const EXIT_PRESSES = 3;
export const EXIT_WINDOW_MS = 5000;

export interface ShiftTracker {
  /** Feed every keydown; returns nothing. */
  keydown(key: string): void;
  /** Feed every keyup; true when this release completes the exit gesture. */
  keyup(key: string, time: number): boolean;
}

export function createShiftTracker(presses = EXIT_PRESSES, windowMs = EXIT_WINDOW_MS): ShiftTracker {
  let count = 0;
  let firstAt = 0;
  let usedAsModifier = false;
  return {
    keydown(key) {
      if (key === 'Shift') {
        usedAsModifier = false;
        return;
      }
      usedAsModifier = true;
      count = 0;
    },
    keyup(key, time) {
      if (key !== 'Shift') return false;
      if (usedAsModifier) {
        usedAsModifier = false;
        return false;
      }
      if (count === 0 || time - firstAt > windowMs) {
        count = 0;
        firstAt = time;
      }
      count += 1;
      if (count < presses) return false;
      count = 0;
      return true;
    },
  };
}
