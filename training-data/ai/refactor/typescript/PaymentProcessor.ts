// PaymentProcessor.ts — refactored
//
// What was wrong with the original version:
//   - `PaymentProcessor` was an abstract base class with three subclasses
//     (CardProcessor, PayPalProcessor, BankTransferProcessor) that each
//     overrode `process()`, `calculateFee()` and `refund()`, but copied the
//     same logging, validation and currency handling in every subclass.
//   - Choosing a processor used a `switch (order.paymentType)` in four
//     different places in the checkout code.
//
// What changed:
//   1. Each payment method is now a small "strategy" object implementing the
//      `PaymentMethod` interface. No inheritance needed.
//   2. Shared behaviour (validation, fee calculation, logging) lives once, in
//      `PaymentProcessor`, which delegates only the method-specific part.
//   3. Strategies are registered in a map, so the switch statements go away
//      and adding a new method (e.g. Apple Pay) means adding one object.

export type PaymentType = "card" | "paypal" | "bank_transfer";

export interface PaymentRequest {
  orderId: string;
  amountCents: number;
  currency: string;
  type: PaymentType;
  details: Record<string, string>;
}

export interface PaymentResult {
  transactionId: string;
  chargedCents: number;
  feeCents: number;
}

// The strategy interface: only what genuinely differs per payment method.
export interface PaymentMethod {
  readonly type: PaymentType;
  // Fee as a percentage plus a fixed amount, e.g. 2.9% + 30 cents for cards.
  readonly feePercent: number;
  readonly feeFixedCents: number;
  // Method-specific validation of `details` (card token, PayPal email, IBAN...).
  validate(details: Record<string, string>): string | null;
  charge(request: PaymentRequest, totalCents: number): Promise<string>;
  refund(transactionId: string, amountCents: number): Promise<void>;
}

// Minimal logger interface so tests can pass a fake instead of console.
export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export class PaymentProcessor {
  private readonly methods = new Map<PaymentType, PaymentMethod>();

  constructor(methods: PaymentMethod[], private readonly logger: Logger = console) {
    // Register each strategy by its type. This replaces the old switch statements.
    for (const method of methods) {
      this.methods.set(method.type, method);
    }
  }

  // Look up the strategy for a payment type, with a clear error if missing.
  private methodFor(type: PaymentType): PaymentMethod {
    const method = this.methods.get(type);
    if (!method) {
      throw new Error(`Unsupported payment type: ${type}`);
    }
    return method;
  }

  // Fee calculation used to be duplicated in each subclass; now it is shared.
  calculateFee(request: PaymentRequest): number {
    const method = this.methodFor(request.type);
    return Math.round((request.amountCents * method.feePercent) / 100) + method.feeFixedCents;
  }

  async process(request: PaymentRequest): Promise<PaymentResult> {
    // Common validation that every subclass used to repeat.
    if (!Number.isInteger(request.amountCents) || request.amountCents <= 0) {
      throw new Error("Amount must be a positive integer number of cents");
    }
    if (!/^[A-Z]{3}$/.test(request.currency)) {
      throw new Error(`Invalid currency code: ${request.currency}`);
    }

    const method = this.methodFor(request.type);

    // Method-specific validation is delegated to the strategy.
    const problem = method.validate(request.details);
    if (problem) {
      throw new Error(`Invalid ${request.type} details: ${problem}`);
    }

    const feeCents = this.calculateFee(request);
    const totalCents = request.amountCents + feeCents;

    this.logger.info(`Charging ${totalCents} ${request.currency} for order ${request.orderId} via ${request.type}`);
    try {
      const transactionId = await method.charge(request, totalCents);
      return { transactionId, chargedCents: totalCents, feeCents };
    } catch (err) {
      this.logger.error(`Payment failed for order ${request.orderId}: ${(err as Error).message}`);
      throw err;
    }
  }

  async refund(type: PaymentType, transactionId: string, amountCents: number): Promise<void> {
    this.logger.info(`Refunding ${amountCents} on ${transactionId} via ${type}`);
    await this.methodFor(type).refund(transactionId, amountCents);
  }
}

// --- Example usage -----------------------------------------------------------
// A card strategy backed by a (fake) gateway client. PayPal and bank transfer
// strategies look the same, just with their own validation and API calls.
const cardMethod: PaymentMethod = {
  type: "card",
  feePercent: 2.9,
  feeFixedCents: 30,
  validate: (details) => (details.token?.startsWith("tok_") ? null : "missing card token"),
  charge: async (request) => `card_${request.orderId}_${Date.now()}`,
  refund: async () => {},
};

async function demo() {
  const processor = new PaymentProcessor([cardMethod]);
  const result = await processor.process({
    orderId: "A-1001",
    amountCents: 5000,
    currency: "USD",
    type: "card",
    details: { token: "tok_visa" },
  });
  console.log(result); // { transactionId: 'card_A-1001_...', chargedCents: 5175, feeCents: 175 }
}

// Run directly with: npx ts-node PaymentProcessor.ts
if (require.main === module) {
  demo().catch(console.error);
}
