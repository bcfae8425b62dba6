import { expect, test } from 'vitest';
import { handoffName, readHandoff } from '../../src/lib/search-handoff';

test('a query handed over in window.name comes back, trimmed; an empty one is no hand-over', () => {
  expect(readHandoff(handoffName('  kintsugi gold '))).toBe('kintsugi gold');
  expect(handoffName('   ')).toBe('');
  expect(readHandoff('')).toBeNull();
});

test('a name some other page gave the tab is not taken for a query', () => {
  expect(readHandoff('kintsugi')).toBeNull();
  expect(readHandoff('{"q":"kintsugi"}')).toBeNull();
});
