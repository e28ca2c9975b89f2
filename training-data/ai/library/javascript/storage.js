'use strict'

// Small wrapper around localStorage with namespacing, JSON serialisation and
// optional expiry. Falls back to an in-memory Map when localStorage is not
// available (Safari private mode, SSR, tests).

const memoryStore = () => {
  const map = new Map()
  return {
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => map.set(k, String(v)),
    removeItem: (k) => map.delete(k),
    key: (i) => Array.from(map.keys())[i] ?? null,
    get length() {
      return map.size
    }
  }
}

function detectBackend() {
  try {
    const probe = '__storage_probe__'
    window.localStorage.setItem(probe, probe)
    window.localStorage.removeItem(probe)
    return window.localStorage
  } catch (e) {
    return memoryStore()
  }
}

class Storage {
  constructor(namespace, backend) {
    this.prefix = namespace ? namespace + ':' : ''
    this.backend = backend || detectBackend()
  }

  _key(key) {
    return this.prefix + key
  }

  set(key, value, ttlMs) {
    const record = { v: value }
    if (ttlMs) record.e = Date.now() + ttlMs
    try {
      this.backend.setItem(this._key(key), JSON.stringify(record))
      return true
    } catch (err) {
      // QuotaExceededError - drop expired entries and retry once
      this.prune()
      try {
        this.backend.setItem(this._key(key), JSON.stringify(record))
        return true
      } catch (_) {
        console.warn('storage: could not save', key, err)
        return false
      }
    }
  }

  get(key, fallback = null) {
    const raw = this.backend.getItem(this._key(key))
    if (raw === null) return fallback
    let record
    try {
      record = JSON.parse(raw)
    } catch (_) {
      return fallback
    }
    if (record.e && record.e < Date.now()) {
      this.remove(key)
      return fallback
    }
    return record.v
  }

  remove(key) {
    this.backend.removeItem(this._key(key))
  }

  keys() {
    const result = []
    for (let i = 0; i < this.backend.length; i++) {
      const k = this.backend.key(i)
      if (k && k.startsWith(this.prefix)) result.push(k.slice(this.prefix.length))
    }
    return result
  }

  prune() {
    let removed = 0
    for (const key of this.keys()) {
      const before = this.backend.getItem(this._key(key))
      this.get(key)
      if (before !== null && this.backend.getItem(this._key(key)) === null) removed++
    }
    return removed
  }

  clear() {
    this.keys().forEach((k) => this.remove(k))
  }
}

module.exports = { Storage, memoryStore }
