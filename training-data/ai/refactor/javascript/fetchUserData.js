// Refactored version of fetchUserData.
//
// Changes from the original callback-based implementation:
//  - async/await instead of nested callbacks (no more pyramid of doom)
//  - the three independent requests now run in parallel with Promise.all
//  - errors from any request are surfaced once, with context, instead of
//    being logged and swallowed in each callback
//  - a small in-memory cache avoids refetching the same user within 60s

const API_BASE = '/api/v1';
const CACHE_TTL_MS = 60 * 1000;

const cache = new Map();

export class ApiError extends Error {
  constructor(message, { status, url, cause } = {}) {
    super(message, { cause });
    this.name = 'ApiError';
    this.status = status;
    this.url = url;
  }
}

async function getJson(url, { signal } = {}) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new ApiError(`Network error while fetching ${url}`, { url, cause: err });
  }
  if (!response.ok) {
    throw new ApiError(`Request failed with status ${response.status}`, {
      status: response.status,
      url,
    });
  }
  return response.json();
}

/**
 * Load a user's profile, recent orders and notification settings.
 *
 * @param {string} userId
 * @param {{ signal?: AbortSignal, force?: boolean }} [options]
 */
export async function fetchUserData(userId, { signal, force = false } = {}) {
  if (!userId) throw new TypeError('userId is required');

  const cached = cache.get(userId);
  if (!force && cached && Date.now() - cached.at < CACHE_TTL_MS) {
    return cached.data;
  }

  const id = encodeURIComponent(userId);
  const [profile, orders, settings] = await Promise.all([
    getJson(`${API_BASE}/users/${id}`, { signal }),
    getJson(`${API_BASE}/users/${id}/orders?limit=5`, { signal }),
    getJson(`${API_BASE}/users/${id}/settings`, { signal }).catch((err) => {
      // settings are optional - fall back to defaults for new accounts
      if (err.status === 404) return { notifications: true, theme: 'system' };
      throw err;
    }),
  ]);

  const data = {
    id: profile.id,
    displayName: profile.displayName || profile.email.split('@')[0],
    email: profile.email,
    recentOrders: orders.items.map(({ id: orderId, total, createdAt }) => ({
      id: orderId,
      total,
      createdAt: new Date(createdAt),
    })),
    settings,
  };

  cache.set(userId, { at: Date.now(), data });
  return data;
}

export function clearUserCache(userId) {
  if (userId === undefined) cache.clear();
  else cache.delete(userId);
}
