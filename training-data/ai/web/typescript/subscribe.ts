// pages/api/subscribe.ts
import type { NextApiRequest, NextApiResponse } from 'next';

// Define the response type
type ResponseData = {
    success: boolean;
    message: string;
};

// Define the expected request body
interface SubscribeBody {
    email?: string;
    name?: string;
    consent?: boolean;
}

// Simple in-memory store for rate limiting (resets when the server restarts)
const requestLog = new Map<string, number[]>();
const RATE_LIMIT_WINDOW_MS = 60 * 1000;
const RATE_LIMIT_MAX = 5;

// Function to validate an email address
function isValidEmail(email: string): boolean {
    if (!email || typeof email !== 'string') {
        return false;
    }
    if (email.length > 254) {
        return false;
    }
    return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email);
}

// Function to get the client IP address
function getClientIp(req: NextApiRequest): string {
    const forwarded = req.headers['x-forwarded-for'];
    if (typeof forwarded === 'string' && forwarded.length > 0) {
        return forwarded.split(',')[0].trim();
    }
    return req.socket.remoteAddress || 'unknown';
}

// Function to check if the client has exceeded the rate limit
function isRateLimited(ip: string): boolean {
    const now = Date.now();
    const timestamps = (requestLog.get(ip) || []).filter((t) => now - t < RATE_LIMIT_WINDOW_MS);
    timestamps.push(now);
    requestLog.set(ip, timestamps);
    return timestamps.length > RATE_LIMIT_MAX;
}

// Function to add the subscriber to the mailing list provider
async function addSubscriber(email: string, name: string): Promise<'created' | 'exists'> {
    const apiUrl = process.env.MAILING_LIST_API_URL;
    const apiKey = process.env.MAILING_LIST_API_KEY;

    // Check that the environment variables are set
    if (!apiUrl || !apiKey) {
        throw new Error('Mailing list provider is not configured');
    }

    const response = await fetch(`${apiUrl}/subscribers`, {
        method: 'POST',
        headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${apiKey}`,
        },
        body: JSON.stringify({ email: email, name: name, source: 'website' }),
    });

    // The provider returns 409 when the email is already subscribed
    if (response.status === 409) {
        return 'exists';
    }
    if (!response.ok) {
        throw new Error(`Provider responded with status ${response.status}`);
    }
    return 'created';
}

// Main API handler
export default async function handler(req: NextApiRequest, res: NextApiResponse<ResponseData>) {
    // Only allow POST requests
    if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return res.status(405).json({ success: false, message: 'Method not allowed' });
    }

    // Check the rate limit
    const ip = getClientIp(req);
    if (isRateLimited(ip)) {
        return res.status(429).json({ success: false, message: 'Too many requests, please try again later' });
    }

    const body: SubscribeBody = req.body || {};
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const name = typeof body.name === 'string' ? body.name.trim().slice(0, 100) : '';

    // Validate the input
    if (!isValidEmail(email)) {
        return res.status(400).json({ success: false, message: 'Please provide a valid email address' });
    }
    if (body.consent !== true) {
        return res.status(400).json({ success: false, message: 'You must agree to receive emails' });
    }

    try {
        const result = await addSubscriber(email, name);
        if (result === 'exists') {
            return res.status(200).json({ success: true, message: 'You are already subscribed' });
        }
        return res.status(201).json({ success: true, message: 'Thanks for subscribing!' });
    } catch (error) {
        console.error('Subscribe error:', error);
        return res.status(500).json({ success: false, message: 'Something went wrong, please try again' });
    }
}
