// app/api/newsletter/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { sendConfirmationEmail } from '@/lib/email';
import { rateLimit } from '@/lib/rate-limit';
import crypto from 'crypto';

const subscribeSchema = z.object({
  email: z.string().email(),
  name: z.string().max(100).optional(),
  // honeypot field; real users never fill it in
  website: z.string().max(0).optional(),
});

const limiter = rateLimit({ interval: 60_000, uniqueTokenPerInterval: 500 });

export async function POST(req: NextRequest) {
  const ip = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';
  const { success } = await limiter.check(5, ip);
  if (!success) {
    return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  }

  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return NextResponse.json({ error: 'Invalid JSON' }, { status: 400 });
  }

  const parsed = subscribeSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json(
      { error: 'Invalid input', details: parsed.error.flatten().fieldErrors },
      { status: 422 },
    );
  }

  const { email, name } = parsed.data;
  const normalizedEmail = email.toLowerCase();
  const existing = await db.subscriber.findUnique({ where: { email: normalizedEmail } });

  if (existing?.confirmedAt) {
    // Don't reveal whether an address is already subscribed.
    return NextResponse.json({ message: 'Check your inbox to confirm your subscription.' });
  }

  const token = crypto.randomBytes(32).toString('hex');
  await db.subscriber.upsert({
    where: { email: normalizedEmail },
    create: { email: normalizedEmail, name, confirmToken: token },
    update: { name, confirmToken: token, tokenCreatedAt: new Date() },
  });

  try {
    await sendConfirmationEmail(normalizedEmail, token);
  } catch (error) {
    console.error('Failed to send confirmation email', error);
    return NextResponse.json({ error: 'Could not send confirmation email' }, { status: 502 });
  }

  return NextResponse.json({ message: 'Check your inbox to confirm your subscription.' }, { status: 202 });
}

export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get('token');
  if (!token || !/^[a-f0-9]{64}$/.test(token)) {
    return NextResponse.redirect(new URL('/newsletter/invalid', req.url));
  }

  const subscriber = await db.subscriber.findFirst({ where: { confirmToken: token } });
  const expired =
    !subscriber?.tokenCreatedAt ||
    Date.now() - subscriber.tokenCreatedAt.getTime() > 48 * 60 * 60 * 1000;

  if (!subscriber || expired) {
    return NextResponse.redirect(new URL('/newsletter/invalid', req.url));
  }

  await db.subscriber.update({
    where: { id: subscriber.id },
    data: { confirmedAt: new Date(), confirmToken: null },
  });

  return NextResponse.redirect(new URL('/newsletter/confirmed', req.url));
}
