// dedupe_contacts.js
//
// Merge duplicate contact records. Two contacts are treated as the same person
// when they share a normalized email address OR a normalized phone number.
// Matching is transitive: if A shares an email with B, and B shares a phone
// with C, all three end up in one merged contact.

'use strict';

// Lower-case the email and strip "+tag" suffixes and dots for Gmail-style
// addresses, so "John.Doe+news@gmail.com" matches "johndoe@gmail.com".
function normalizeEmail(email) {
  if (!email) return null;
  const [local, domain] = email.trim().toLowerCase().split('@');
  if (!local || !domain) return null;

  let cleanLocal = local.split('+')[0];
  if (domain === 'gmail.com' || domain === 'googlemail.com') {
    cleanLocal = cleanLocal.replace(/\./g, '');
  }
  return `${cleanLocal}@${domain}`;
}

// Keep digits only and use the last 10, which removes country codes and
// formatting like "(555) 123-4567" vs "+1 555 123 4567".
function normalizePhone(phone) {
  if (!phone) return null;
  const digits = String(phone).replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-10) : null;
}

// Build a list of match keys for a contact, prefixed so an email can never
// collide with a phone number.
function matchKeys(contact) {
  const keys = [];
  for (const email of contact.emails || [contact.email]) {
    const e = normalizeEmail(email);
    if (e) keys.push(`email:${e}`);
  }
  for (const phone of contact.phones || [contact.phone]) {
    const p = normalizePhone(phone);
    if (p) keys.push(`phone:${p}`);
  }
  return keys;
}

// Merge a group of contacts into a single record. The most recently updated
// record wins for scalar fields; emails and phones are unioned.
function mergeGroup(group) {
  const sorted = [...group].sort(
    (a, b) => new Date(b.updatedAt || 0) - new Date(a.updatedAt || 0)
  );

  const emails = new Set();
  const phones = new Set();
  for (const c of sorted) {
    for (const e of c.emails || [c.email]) if (e) emails.add(e.trim());
    for (const p of c.phones || [c.phone]) if (p) phones.add(String(p).trim());
  }

  // Pick the first non-empty value for each field, newest record first.
  const pick = (field) => sorted.map((c) => c[field]).find((v) => v != null && v !== '');

  return {
    name: pick('name'),
    company: pick('company'),
    emails: [...emails],
    phones: [...phones],
    updatedAt: sorted[0].updatedAt,
    mergedFrom: sorted.map((c) => c.id),
  };
}

// Main entry point: group contacts that share any key, then merge each group.
function dedupeContacts(contacts) {
  // Union-find over contact indexes.
  const parent = contacts.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a, b) => {
    parent[find(a)] = find(b);
  };

  // The first contact seen with a given key "owns" it; later ones join it.
  const owner = new Map();
  contacts.forEach((contact, index) => {
    for (const key of matchKeys(contact)) {
      if (owner.has(key)) union(index, owner.get(key));
      else owner.set(key, index);
    }
  });

  // Collect contacts by their root.
  const groups = new Map();
  contacts.forEach((contact, index) => {
    const root = find(index);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(contact);
  });

  return [...groups.values()].map(mergeGroup);
}

module.exports = { dedupeContacts, normalizeEmail, normalizePhone };

// Example usage: node dedupe_contacts.js
if (require.main === module) {
  const contacts = [
    { id: 1, name: 'John Doe', email: 'John.Doe+news@gmail.com', updatedAt: '2024-01-10' },
    { id: 2, name: 'J. Doe', email: 'johndoe@gmail.com', phone: '(555) 123-4567', updatedAt: '2024-03-02' },
    { id: 3, name: 'Johnny', phone: '+1 555 123 4567', company: 'Acme', updatedAt: '2023-12-01' },
    { id: 4, name: 'Mary Major', email: 'mary@example.org', updatedAt: '2024-02-14' },
  ];

  const merged = dedupeContacts(contacts);
  console.log(`${contacts.length} contacts -> ${merged.length} after merging`);
  console.log(JSON.stringify(merged, null, 2));
}
