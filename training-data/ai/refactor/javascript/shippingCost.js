'use strict';

/**
 * Shipping cost calculation, refactored.
 *
 * The previous `calcShipping(order)` was a single 120-line function with five
 * levels of nested if/else for zone, weight tier and service level, and the
 * rates were hard-coded in several branches (two of which disagreed).
 *
 * What changed:
 *  - rates live in one RATE_TABLE keyed by zone and service level
 *  - weight tiers are a sorted list instead of chained `else if`s
 *  - input validation happens up front with guard clauses and clear errors
 *  - the free-shipping rule and the surcharge rules are separate functions
 *  - amounts are calculated in integer cents to avoid float rounding drift
 *
 * Behaviour is unchanged except that the conflicting EU express rate is now
 * consistently 2400 cents for the first tier (the old code returned 2200 when
 * the order also had a fragile item).
 */

const SERVICE_LEVELS = Object.freeze(['standard', 'express', 'overnight']);

const FREE_SHIPPING_THRESHOLD_CENTS = 10_000;
const FRAGILE_SURCHARGE_CENTS = 500;
const REMOTE_AREA_SURCHARGE_CENTS = 1_200;

/** Upper bound (inclusive, in kg) of each weight tier, in ascending order. */
const WEIGHT_TIERS_KG = Object.freeze([1, 5, 20, 30]);

/** Price in cents per zone and service level, one entry per weight tier. */
const RATE_TABLE = Object.freeze({
  domestic: { standard: [499, 899, 1599, 2499], express: [1299, 1899, 2999, 3999], overnight: [2499, 3499, 4999, null] },
  eu: { standard: [1299, 1899, 3499, 4999], express: [2400, 3200, 5400, 6900], overnight: [null, null, null, null] },
  international: { standard: [1999, 2999, 5999, 8999], express: [3999, 5499, 8999, 12999], overnight: [null, null, null, null] },
});

/**
 * Returns the index of the weight tier for `weightKg`.
 *
 * @param {number} weightKg
 * @returns {number}
 */
function weightTierIndex(weightKg) {
  const index = WEIGHT_TIERS_KG.findIndex((max) => weightKg <= max);
  if (index === -1) {
    const max = WEIGHT_TIERS_KG[WEIGHT_TIERS_KG.length - 1];
    throw new RangeError(`Parcels over ${max} kg must be shipped as freight (got ${weightKg} kg)`);
  }
  return index;
}

/**
 * Validates an order and throws a descriptive error for the first problem found.
 *
 * @param {{ zone: string, service: string, weightKg: number, subtotalCents: number }} order
 */
function validateOrder(order) {
  if (!order || typeof order !== 'object') {
    throw new TypeError('order must be an object');
  }
  if (!Object.hasOwn(RATE_TABLE, order.zone)) {
    throw new RangeError(`Unknown zone "${order.zone}". Expected one of: ${Object.keys(RATE_TABLE).join(', ')}`);
  }
  if (!SERVICE_LEVELS.includes(order.service)) {
    throw new RangeError(`Unknown service "${order.service}". Expected one of: ${SERVICE_LEVELS.join(', ')}`);
  }
  if (!(order.weightKg > 0)) {
    throw new RangeError(`weightKg must be a positive number (got ${order.weightKg})`);
  }
  if (!Number.isInteger(order.subtotalCents) || order.subtotalCents < 0) {
    throw new RangeError('subtotalCents must be a non-negative integer');
  }
}

/**
 * Free standard shipping applies to domestic orders above the threshold.
 *
 * @returns {boolean}
 */
function qualifiesForFreeShipping(order) {
  return order.zone === 'domestic' && order.service === 'standard' && order.subtotalCents >= FREE_SHIPPING_THRESHOLD_CENTS;
}

/**
 * Sums the surcharges that apply to an order.
 *
 * @returns {number} cents
 */
function surchargesFor(order) {
  let total = 0;
  if (order.fragile) total += FRAGILE_SURCHARGE_CENTS;
  if (order.remoteArea) total += REMOTE_AREA_SURCHARGE_CENTS;
  return total;
}

/**
 * Calculates the shipping cost of an order.
 *
 * @param {object} order
 * @param {'domestic'|'eu'|'international'} order.zone
 * @param {'standard'|'express'|'overnight'} order.service
 * @param {number} order.weightKg
 * @param {number} order.subtotalCents
 * @param {boolean} [order.fragile]
 * @param {boolean} [order.remoteArea]
 * @returns {{ baseCents: number, surchargeCents: number, totalCents: number, free: boolean }}
 */
function calculateShipping(order) {
  validateOrder(order);

  const tier = weightTierIndex(order.weightKg);
  const baseCents = RATE_TABLE[order.zone][order.service][tier];
  if (baseCents === null) {
    throw new RangeError(`${order.service} shipping is not available for ${order.zone} parcels of ${order.weightKg} kg`);
  }

  const surchargeCents = surchargesFor(order);

  if (qualifiesForFreeShipping(order)) {
    // Surcharges still apply to free shipping, as before.
    return { baseCents: 0, surchargeCents, totalCents: surchargeCents, free: true };
  }

  return { baseCents, surchargeCents, totalCents: baseCents + surchargeCents, free: false };
}

module.exports = { calculateShipping, weightTierIndex, RATE_TABLE, SERVICE_LEVELS };
