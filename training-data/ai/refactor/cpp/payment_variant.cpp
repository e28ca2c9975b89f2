// Refactored payment fee calculation.
// The old code used a PaymentType enum plus a big switch statement, and each
// case read different fields from one struct (most of them unused for a given
// type). Now each payment method is its own struct and they are stored in a
// std::variant, so every method only carries the data it needs and the
// compiler checks that all methods are handled.

#include <iomanip>
#include <iostream>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

// Structure for a credit card payment
struct CardPayment {
    std::string last4;
    bool international = false;
};

// Structure for a bank transfer payment
struct BankTransfer {
    std::string iban;
    bool instant = false;
};

// Structure for a digital wallet payment
struct WalletPayment {
    std::string provider;
};

// Structure for payment with store credit
struct StoreCredit {
    long balance_cents = 0;
};

using PaymentMethod = std::variant<CardPayment, BankTransfer, WalletPayment, StoreCredit>;

// Helper to combine several lambdas into one visitor
template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

// Function to calculate the fee in cents for a payment amount
long calculate_fee(const PaymentMethod& method, long amount_cents) {
    // Check for a negative amount
    if (amount_cents < 0) {
        return 0;
    }

    return std::visit(
        overloaded{
            [amount_cents](const CardPayment& card) {
                // 2.9% + 30 cents, plus 1.5% extra for international cards
                long fee = amount_cents * 29 / 1000 + 30;
                if (card.international) {
                    fee += amount_cents * 15 / 1000;
                }
                return fee;
            },
            [](const BankTransfer& transfer) {
                // Flat fee, more expensive for instant transfers
                return transfer.instant ? 150L : 25L;
            },
            [amount_cents](const WalletPayment&) {
                // 3.4% for all wallet providers
                return amount_cents * 34 / 1000;
            },
            [](const StoreCredit&) {
                // Store credit has no fee
                return 0L;
            },
        },
        method);
}

// Function to get a readable description of the payment method
std::string describe(const PaymentMethod& method) {
    return std::visit(
        [](const auto& m) -> std::string {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, CardPayment>) {
                return "card ending " + m.last4 + (m.international ? " (intl)" : "");
            } else if constexpr (std::is_same_v<T, BankTransfer>) {
                return std::string(m.instant ? "instant " : "") + "bank transfer";
            } else if constexpr (std::is_same_v<T, WalletPayment>) {
                return m.provider + " wallet";
            } else {
                return "store credit";
            }
        },
        method);
}

// Function to check if the payment method can cover the amount
bool can_pay(const PaymentMethod& method, long amount_cents) {
    if (const auto* credit = std::get_if<StoreCredit>(&method)) {
        return credit->balance_cents >= amount_cents;
    }
    return true;
}

int main() {
    // Initialize some example payments
    std::vector<PaymentMethod> methods = {
        CardPayment{"4242", false},
        CardPayment{"0005", true},
        BankTransfer{"DE89370400440532013000", true},
        WalletPayment{"PayPal"},
        StoreCredit{5000},
    };

    const long amount = 12000;  // $120.00
    std::cout << std::fixed << std::setprecision(2);
    for (const auto& m : methods) {
        std::cout << std::left << std::setw(28) << describe(m) << " fee $"
                  << calculate_fee(m, amount) / 100.0
                  << (can_pay(m, amount) ? "" : "  (insufficient balance)") << '\n';
    }
    return 0;
}
