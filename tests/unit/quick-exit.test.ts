import { describe, expect, test } from 'vitest';
import { createShiftTracker } from '../../src/lib/quick-exit';

function press(tracker: ReturnType<typeof createShiftTracker>, time: number): boolean {
  tracker.keydown('Shift');
  return tracker.keyup('Shift', time);
}

describe('quick exit: Shift three times', () => {
  test('exits on the third press within five seconds', () => {
    const t = createShiftTracker();
    expect(press(t, 0)).toBe(false);
    expect(press(t, 300)).toBe(false);
    expect(press(t, 600)).toBe(true);
  });

  test('does not exit when the presses are too far apart', () => {
    const t = createShiftTracker();
    press(t, 0);
    press(t, 3000);
    expect(press(t, 6000)).toBe(false); // more than 5 s after the first press: counting starts again here
    expect(press(t, 6500)).toBe(false);
    expect(press(t, 7000)).toBe(true);
  });

  test('typing capital letters never exits', () => {
    const t = createShiftTracker();
    for (let i = 0; i < 5; i++) {
      t.keydown('Shift');
      t.keydown('H');
      expect(t.keyup('Shift', i * 100)).toBe(false);
    }
  });

  test('another key starts the count again', () => {
    const t = createShiftTracker();
    press(t, 0);
    press(t, 100);
    t.keydown('a');
    expect(press(t, 200)).toBe(false);
    press(t, 300);
    expect(press(t, 400)).toBe(true);
  });

  test('starts again after exiting', () => {
    const t = createShiftTracker();
    press(t, 0);
    press(t, 1);
    expect(press(t, 2)).toBe(true);
    expect(press(t, 3)).toBe(false);
  });
});
