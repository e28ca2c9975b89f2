/**
 * Mocha + Chai specs for TokenBucket.
 *
 * The bucket takes an injectable `now()` so these tests drive time with a fake
 * clock instead of sleeping.
 */
import { expect } from 'chai';

import { TokenBucket } from '../src/tokenBucket.js';

const CAPACITY = 5;
const REFILL_PER_SECOND = 2;

/**
 * Creates a manually advanced clock.
 * @returns {{ now: () => number, advance: (ms: number) => void }}
 */
function createFakeClock(start = 1_000_000) {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * Builds a bucket wired to a fresh fake clock.
 */
function setup(overrides = {}) {
  const clock = createFakeClock();
  const bucket = new TokenBucket({
    capacity: CAPACITY,
    refillPerSecond: REFILL_PER_SECOND,
    now: clock.now,
    ...overrides,
  });
  return { clock, bucket };
}

describe('TokenBucket', function () {
  describe('constructor', function () {
    it('starts full', function () {
      const { bucket } = setup();
      expect(bucket.available()).to.equal(CAPACITY);
    });

    it('rejects a non-positive capacity', function () {
      expect(() => setup({ capacity: 0 })).to.throw(RangeError, /capacity/);
    });

    it('rejects a non-positive refill rate', function () {
      expect(() => setup({ refillPerSecond: -1 })).to.throw(RangeError, /refill/);
    });
  });

  describe('tryRemove()', function () {
    it('allows a burst up to capacity and then refuses', function () {
      const { bucket } = setup();
      const results = Array.from({ length: CAPACITY + 1 }, () => bucket.tryRemove());
      expect(results.slice(0, CAPACITY)).to.deep.equal(Array(CAPACITY).fill(true));
      expect(results[CAPACITY]).to.equal(false);
    });

    it('removes several tokens at once', function () {
      const { bucket } = setup();
      expect(bucket.tryRemove(3)).to.equal(true);
      expect(bucket.available()).to.equal(CAPACITY - 3);
    });

    it('does not partially consume when not enough tokens remain', function () {
      const { bucket } = setup();
      bucket.tryRemove(4);
      expect(bucket.tryRemove(2)).to.equal(false);
      expect(bucket.available()).to.equal(1);
    });

    it('throws when asked for more than capacity', function () {
      const { bucket } = setup();
      expect(() => bucket.tryRemove(CAPACITY + 1)).to.throw(RangeError);
    });
  });

  describe('refill', function () {
    it('adds tokens proportionally to elapsed time', function () {
      const { bucket, clock } = setup();
      bucket.tryRemove(CAPACITY);
      clock.advance(500);
      expect(bucket.available()).to.be.closeTo(1, 1e-9);
      clock.advance(1000);
      expect(bucket.available()).to.be.closeTo(3, 1e-9);
    });

    it('never exceeds capacity', function () {
      const { bucket, clock } = setup();
      bucket.tryRemove(1);
      clock.advance(60_000);
      expect(bucket.available()).to.equal(CAPACITY);
    });

    it('ignores a clock that goes backwards', function () {
      const { bucket, clock } = setup();
      bucket.tryRemove(CAPACITY);
      clock.advance(-10_000);
      expect(bucket.available()).to.equal(0);
    });
  });

  describe('msUntil()', function () {
    it('is zero when tokens are available', function () {
      const { bucket } = setup();
      expect(bucket.msUntil(1)).to.equal(0);
    });

    it('reports the wait time for the requested tokens', function () {
      const { bucket } = setup();
      bucket.tryRemove(CAPACITY);
      expect(bucket.msUntil(1)).to.equal(500);
      expect(bucket.msUntil(3)).to.equal(1500);
    });
  });
});
