import { expect, test } from 'vitest';
import { buildFixture, makeFixture, listFiles } from '../helpers/fixture';

test('smoke', () => {
  const root = makeFixture('smoke');
  const r = buildFixture(root);
  console.log(r.output);
  console.log(listFiles(r.dist));
  expect(r.code).toBe(0);
}, 120_000);
