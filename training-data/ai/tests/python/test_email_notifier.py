"""Unit tests for ``notifications.email.EmailNotifier``.

SMTP is never contacted: ``smtplib.SMTP`` is patched so each test can inspect
the messages that would have been sent and simulate server failures.
"""

import smtplib
import unittest
from email.message import EmailMessage
from unittest import mock

from notifications.email import EmailNotifier, NotificationError

SMTP_PATH = "notifications.email.smtplib.SMTP"
SENDER = "alerts@example.com"


def sent_messages(smtp_class: mock.MagicMock) -> list[EmailMessage]:
    """Return the messages passed to ``send_message`` on the patched SMTP client."""
    client = smtp_class.return_value.__enter__.return_value
    return [call.args[0] for call in client.send_message.call_args_list]


class EmailNotifierTests(unittest.TestCase):
    """Behaviour of a correctly configured notifier."""

    def setUp(self) -> None:
        patcher = mock.patch(SMTP_PATH)
        self.smtp = patcher.start()
        self.addCleanup(patcher.stop)
        self.notifier = EmailNotifier(
            host="smtp.test",
            port=587,
            sender=SENDER,
            username="bot",
            password="s3cret",
            max_retries=2,
        )

    def test_sends_single_message_with_expected_headers(self) -> None:
        """A plain notification produces one message with From/To/Subject set."""
        self.notifier.send("ops@example.com", "Disk almost full", "95% used on /var")

        (message,) = sent_messages(self.smtp)
        self.assertEqual(message["From"], SENDER)
        self.assertEqual(message["To"], "ops@example.com")
        self.assertEqual(message["Subject"], "Disk almost full")
        self.assertIn("95% used", message.get_content())

    def test_uses_starttls_and_login(self) -> None:
        """Credentials are only sent after upgrading the connection to TLS."""
        self.notifier.send("ops@example.com", "subject", "body")

        client = self.smtp.return_value.__enter__.return_value
        self.smtp.assert_called_once_with("smtp.test", 587, timeout=mock.ANY)
        client.starttls.assert_called_once()
        client.login.assert_called_once_with("bot", "s3cret")
        self.assertLess(
            client.method_calls.index(mock.call.starttls()),
            client.method_calls.index(mock.call.login("bot", "s3cret")),
        )

    def test_multiple_recipients_are_joined(self) -> None:
        """A list of recipients ends up in a single comma-separated To header."""
        self.notifier.send(["a@example.com", "b@example.com"], "hi", "body")

        (message,) = sent_messages(self.smtp)
        self.assertEqual(message["To"], "a@example.com, b@example.com")

    def test_rejects_invalid_recipient_before_connecting(self) -> None:
        """Validation errors are raised without opening an SMTP connection."""
        with self.assertRaises(ValueError):
            self.notifier.send("not-an-address", "s", "b")
        self.smtp.assert_not_called()

    @mock.patch("notifications.email.time.sleep")
    def test_retries_transient_failures(self, sleep: mock.MagicMock) -> None:
        """A temporary server error is retried and the second attempt succeeds."""
        client = self.smtp.return_value.__enter__.return_value
        client.send_message.side_effect = [smtplib.SMTPServerDisconnected("gone"), {}]

        self.notifier.send("ops@example.com", "s", "b")

        self.assertEqual(client.send_message.call_count, 2)
        sleep.assert_called_once()

    @mock.patch("notifications.email.time.sleep")
    def test_gives_up_after_max_retries(self, sleep: mock.MagicMock) -> None:
        """After ``max_retries`` failures a NotificationError wraps the last error."""
        client = self.smtp.return_value.__enter__.return_value
        client.send_message.side_effect = smtplib.SMTPServerDisconnected("gone")

        with self.assertRaises(NotificationError) as ctx:
            self.notifier.send("ops@example.com", "s", "b")

        self.assertIsInstance(ctx.exception.__cause__, smtplib.SMTPServerDisconnected)
        self.assertEqual(client.send_message.call_count, 3)
        self.assertEqual(sleep.call_count, 2)

    def test_authentication_error_is_not_retried(self) -> None:
        """Bad credentials will not fix themselves, so they fail immediately."""
        client = self.smtp.return_value.__enter__.return_value
        client.login.side_effect = smtplib.SMTPAuthenticationError(535, b"bad auth")

        with self.assertRaises(NotificationError):
            self.notifier.send("ops@example.com", "s", "b")
        self.assertEqual(self.smtp.call_count, 1)


class EmailNotifierConfigTests(unittest.TestCase):
    """Constructor validation."""

    def test_negative_retries_rejected(self) -> None:
        with self.assertRaisesRegex(ValueError, "max_retries"):
            EmailNotifier(host="smtp.test", port=25, sender=SENDER, max_retries=-1)

    def test_sender_must_be_an_address(self) -> None:
        with self.assertRaisesRegex(ValueError, "sender"):
            EmailNotifier(host="smtp.test", port=25, sender="alerts")


if __name__ == "__main__":
    unittest.main()
