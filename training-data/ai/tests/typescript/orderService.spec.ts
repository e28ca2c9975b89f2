/**
 * Unit tests for OrderService.placeOrder.
 *
 * Collaborators (repository, payment gateway, inventory, clock) are replaced
 * with Jest mocks so each test controls exactly one behaviour.
 */
import { describe, it, expect, jest, beforeEach } from '@jest/globals';

import { OrderService, OrderError } from '../src/orders/orderService';
import type { InventoryClient, OrderRepository, PaymentGateway, Order } from '../src/orders/types';

const FIXED_NOW = new Date('2024-09-01T12:00:00Z');
const CUSTOMER_ID = 'cust_123';

const LINE_ITEMS = [
  { sku: 'BOOK-1', quantity: 2, unitPriceCents: 1500 },
  { sku: 'MUG-7', quantity: 1, unitPriceCents: 900 },
];

/** Builds fresh mocks with happy-path defaults for every test. */
function createMocks() {
  const repo: jest.Mocked<OrderRepository> = {
    save: jest.fn(async (order: Order) => ({ ...order, id: 'ord_1' })),
    findById: jest.fn(),
  };
  const payments: jest.Mocked<PaymentGateway> = {
    charge: jest.fn(async () => ({ chargeId: 'ch_1', status: 'succeeded' as const })),
    refund: jest.fn(async () => undefined),
  };
  const inventory: jest.Mocked<InventoryClient> = {
    reserve: jest.fn(async () => ({ reservationId: 'res_1' })),
    release: jest.fn(async () => undefined),
  };
  return { repo, payments, inventory };
}

describe('OrderService.placeOrder', () => {
  let mocks: ReturnType<typeof createMocks>;
  let service: OrderService;

  beforeEach(() => {
    mocks = createMocks();
    service = new OrderService(mocks.repo, mocks.payments, mocks.inventory, () => FIXED_NOW);
  });

  it('charges the order total and saves a paid order', async () => {
    const order = await service.placeOrder(CUSTOMER_ID, LINE_ITEMS);

    expect(mocks.payments.charge).toHaveBeenCalledWith(CUSTOMER_ID, 3900, expect.any(String));
    expect(order).toMatchObject({
      id: 'ord_1',
      customerId: CUSTOMER_ID,
      totalCents: 3900,
      status: 'paid',
      createdAt: FIXED_NOW,
    });
  });

  it('reserves stock before charging', async () => {
    await service.placeOrder(CUSTOMER_ID, LINE_ITEMS);

    const reserveOrder = mocks.inventory.reserve.mock.invocationCallOrder[0];
    const chargeOrder = mocks.payments.charge.mock.invocationCallOrder[0];
    expect(reserveOrder).toBeLessThan(chargeOrder);
  });

  it('uses the same idempotency key when retried with the same request id', async () => {
    await service.placeOrder(CUSTOMER_ID, LINE_ITEMS, { requestId: 'req-9' });
    await service.placeOrder(CUSTOMER_ID, LINE_ITEMS, { requestId: 'req-9' });

    const keys = mocks.payments.charge.mock.calls.map((call) => call[2]);
    expect(keys[0]).toBe(keys[1]);
  });

  it('rejects an empty cart without touching collaborators', async () => {
    await expect(service.placeOrder(CUSTOMER_ID, [])).rejects.toThrow(OrderError);

    expect(mocks.inventory.reserve).not.toHaveBeenCalled();
    expect(mocks.payments.charge).not.toHaveBeenCalled();
  });

  it.each([
    [{ sku: 'X', quantity: 0, unitPriceCents: 100 }, /quantity/],
    [{ sku: 'X', quantity: 1, unitPriceCents: -5 }, /price/],
    [{ sku: '', quantity: 1, unitPriceCents: 100 }, /sku/],
  ])('rejects invalid line item %o', async (item, message) => {
    await expect(service.placeOrder(CUSTOMER_ID, [item])).rejects.toThrow(message);
  });

  it('does not charge when stock cannot be reserved', async () => {
    mocks.inventory.reserve.mockRejectedValueOnce(new Error('out of stock: MUG-7'));

    await expect(service.placeOrder(CUSTOMER_ID, LINE_ITEMS)).rejects.toThrow(/out of stock/);
    expect(mocks.payments.charge).not.toHaveBeenCalled();
    expect(mocks.repo.save).not.toHaveBeenCalled();
  });

  it('releases the reservation when the payment is declined', async () => {
    mocks.payments.charge.mockResolvedValueOnce({ chargeId: 'ch_2', status: 'declined' });

    await expect(service.placeOrder(CUSTOMER_ID, LINE_ITEMS)).rejects.toMatchObject({
      code: 'PAYMENT_DECLINED',
    });
    expect(mocks.inventory.release).toHaveBeenCalledWith('res_1');
    expect(mocks.repo.save).not.toHaveBeenCalled();
  });

  it('refunds and releases stock when saving the order fails', async () => {
    mocks.repo.save.mockRejectedValueOnce(new Error('db unavailable'));

    await expect(service.placeOrder(CUSTOMER_ID, LINE_ITEMS)).rejects.toThrow('db unavailable');
    expect(mocks.payments.refund).toHaveBeenCalledWith('ch_1');
    expect(mocks.inventory.release).toHaveBeenCalledWith('res_1');
  });
});
