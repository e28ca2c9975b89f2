/**
 * NotificationService (refactored)
 *
 * Before: a single `notify(user, type, data)` with a large switch statement
 * that built email, SMS and push payloads inline and called three SDKs
 * directly, making it impossible to unit-test.
 *
 * After:
 *  - each channel implements the `Channel` interface and is injected
 *  - message templates are plain functions keyed by `NotificationType`
 *  - user preferences decide which channels are used
 *  - failures on one channel no longer prevent delivery on the others
 */

export type NotificationType = 'order_shipped' | 'password_reset' | 'weekly_digest';

export interface Recipient {
  id: string;
  email?: string;
  phone?: string;
  pushTokens: string[];
  preferences: Partial<Record<ChannelName, boolean>>;
}

export type ChannelName = 'email' | 'sms' | 'push';

export interface Message {
  subject: string;
  text: string;
  html?: string;
}

export interface Channel {
  readonly name: ChannelName;
  canReach(recipient: Recipient): boolean;
  send(recipient: Recipient, message: Message): Promise<void>;
}

type Template<T> = (data: T) => Message;

interface TemplateData {
  order_shipped: { orderId: string; trackingUrl: string };
  password_reset: { resetUrl: string; expiresInMinutes: number };
  weekly_digest: { items: { title: string; url: string }[] };
}

const templates: { [K in NotificationType]: Template<TemplateData[K]> } = {
  order_shipped: ({ orderId, trackingUrl }) => ({
    subject: `Your order ${orderId} has shipped`,
    text: `Good news! Order ${orderId} is on its way. Track it here: ${trackingUrl}`,
  }),
  password_reset: ({ resetUrl, expiresInMinutes }) => ({
    subject: 'Reset your password',
    text: `Use this link to reset your password (valid for ${expiresInMinutes} minutes): ${resetUrl}`,
  }),
  weekly_digest: ({ items }) => ({
    subject: `Your weekly digest: ${items.length} new items`,
    text: items.map((i) => `• ${i.title} – ${i.url}`).join('\n'),
  }),
};

// Security-sensitive messages go out on every channel regardless of preferences.
const MANDATORY: ReadonlySet<NotificationType> = new Set(['password_reset']);

export interface DeliveryReport {
  delivered: ChannelName[];
  failed: { channel: ChannelName; error: string }[];
  skipped: ChannelName[];
}

export class NotificationService {
  constructor(
    private readonly channels: Channel[],
    private readonly logger: Pick<Console, 'warn' | 'error'> = console,
  ) {}

  async notify<K extends NotificationType>(
    recipient: Recipient,
    type: K,
    data: TemplateData[K],
  ): Promise<DeliveryReport> {
    const message = (templates[type] as Template<TemplateData[K]>)(data);
    const report: DeliveryReport = { delivered: [], failed: [], skipped: [] };

    const targets = this.channels.filter((channel) => {
      const wanted = MANDATORY.has(type) || recipient.preferences[channel.name] !== false;
      if (!wanted || !channel.canReach(recipient)) {
        report.skipped.push(channel.name);
        return false;
      }
      return true;
    });

    const results = await Promise.allSettled(targets.map((c) => c.send(recipient, message)));
    results.forEach((result, i) => {
      const name = targets[i].name;
      if (result.status === 'fulfilled') {
        report.delivered.push(name);
      } else {
        const error = result.reason instanceof Error ? result.reason.message : String(result.reason);
        report.failed.push({ channel: name, error });
        this.logger.error(`[notify] ${type} via ${name} failed for ${recipient.id}: ${error}`);
      }
    });

    if (report.delivered.length === 0) {
      this.logger.warn(`[notify] ${type} was not delivered to ${recipient.id} on any channel`);
    }
    return report;
  }
}
