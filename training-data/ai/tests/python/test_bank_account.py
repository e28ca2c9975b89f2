import unittest
from decimal import Decimal
from unittest import mock

from bank.account import Account, InsufficientFunds, AccountFrozen
from bank.notifications import Notifier


class AccountTestCase(unittest.TestCase):
    def setUp(self):
        self.notifier = mock.create_autospec(Notifier, instance=True)
        self.account = Account("ACC-001", owner="Alice", notifier=self.notifier)

    def test_new_account_has_zero_balance(self):
        self.assertEqual(self.account.balance, Decimal("0"))

    def test_deposit_increases_balance(self):
        self.account.deposit(Decimal("100.50"))
        self.assertEqual(self.account.balance, Decimal("100.50"))

    def test_deposit_rejects_non_positive_amounts(self):
        for amount in (Decimal("0"), Decimal("-5")):
            with self.subTest(amount=amount):
                with self.assertRaises(ValueError):
                    self.account.deposit(amount)

    def test_withdraw_decreases_balance(self):
        self.account.deposit(Decimal("50"))
        self.account.withdraw(Decimal("20"))
        self.assertEqual(self.account.balance, Decimal("30"))

    def test_withdraw_more_than_balance_raises(self):
        self.account.deposit(Decimal("10"))
        with self.assertRaises(InsufficientFunds) as ctx:
            self.account.withdraw(Decimal("10.01"))
        self.assertIn("10.01", str(ctx.exception))
        self.assertEqual(self.account.balance, Decimal("10"))

    def test_large_withdrawal_triggers_notification(self):
        self.account.deposit(Decimal("5000"))
        self.account.withdraw(Decimal("1500"))
        self.notifier.send.assert_called_once()
        args, kwargs = self.notifier.send.call_args
        self.assertEqual(args[0], "Alice")
        self.assertIn("1500", args[1])

    def test_small_withdrawal_does_not_notify(self):
        self.account.deposit(Decimal("100"))
        self.account.withdraw(Decimal("5"))
        self.notifier.send.assert_not_called()

    def test_frozen_account_rejects_operations(self):
        self.account.deposit(Decimal("100"))
        self.account.freeze()
        with self.assertRaises(AccountFrozen):
            self.account.withdraw(Decimal("1"))
        with self.assertRaises(AccountFrozen):
            self.account.deposit(Decimal("1"))

    def test_transaction_history_is_recorded_in_order(self):
        self.account.deposit(Decimal("100"))
        self.account.withdraw(Decimal("30"))
        self.account.deposit(Decimal("5"))
        kinds = [t.kind for t in self.account.history]
        self.assertEqual(kinds, ["deposit", "withdrawal", "deposit"])


class TransferTestCase(unittest.TestCase):
    def setUp(self):
        self.src = Account("A", owner="Alice")
        self.dst = Account("B", owner="Bob")
        self.src.deposit(Decimal("200"))

    def test_transfer_moves_money(self):
        self.src.transfer_to(self.dst, Decimal("75"))
        self.assertEqual(self.src.balance, Decimal("125"))
        self.assertEqual(self.dst.balance, Decimal("75"))

    def test_failed_transfer_leaves_both_untouched(self):
        with self.assertRaises(InsufficientFunds):
            self.src.transfer_to(self.dst, Decimal("500"))
        self.assertEqual(self.src.balance, Decimal("200"))
        self.assertEqual(self.dst.balance, Decimal("0"))

    def test_cannot_transfer_to_self(self):
        with self.assertRaises(ValueError):
            self.src.transfer_to(self.src, Decimal("1"))

    @mock.patch("bank.account.datetime")
    def test_transfer_timestamps_use_current_time(self, mock_dt):
        fixed = mock.Mock()
        mock_dt.now.return_value = fixed
        self.src.transfer_to(self.dst, Decimal("1"))
        self.assertIs(self.src.history[-1].timestamp, fixed)
        self.assertIs(self.dst.history[-1].timestamp, fixed)


if __name__ == "__main__":
    unittest.main()
