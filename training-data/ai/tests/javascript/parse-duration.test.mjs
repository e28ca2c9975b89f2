import { test, describe } from 'node:test';
import assert from 'node:assert/strict';

import { parseDuration, formatDuration } from '../lib/duration.js';

describe('parseDuration', () => {
  const cases = [
    ['0', 0],
    ['500ms', 500],
    ['1s', 1000],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['1h30m', 5_400_000],
    ['1d', 86_400_000],
    ['1h 2m 3s', 3_723_000],
    ['  10s  ', 10_000],
  ];

  for (const [input, expected] of cases) {
    test(`parses ${JSON.stringify(input)}`, () => {
      assert.equal(parseDuration(input), expected);
    });
  }

  test('accepts plain numbers as milliseconds', () => {
    assert.equal(parseDuration(250), 250);
  });

  test('is case-insensitive for units', () => {
    assert.equal(parseDuration('2H'), parseDuration('2h'));
  });

  for (const bad of ['', 'abc', '10x', '1h-5m', 's', '1..5s']) {
    test(`rejects ${JSON.stringify(bad)}`, () => {
      assert.throws(() => parseDuration(bad), { name: 'TypeError' });
    });
  }

  test('rejects negative numbers', () => {
    assert.throws(() => parseDuration(-1), RangeError);
  });
});

describe('formatDuration', () => {
  test('formats compound durations', () => {
    assert.equal(formatDuration(3_723_000), '1h 2m 3s');
  });

  test('omits zero components', () => {
    assert.equal(formatDuration(3_600_000), '1h');
    assert.equal(formatDuration(60_500), '1m 500ms');
  });

  test('formats zero', () => {
    assert.equal(formatDuration(0), '0ms');
  });

  test('round-trips through parseDuration', () => {
    for (const ms of [1, 999, 1000, 61_000, 90_061_001]) {
      assert.equal(parseDuration(formatDuration(ms)), ms);
    }
  });
});
