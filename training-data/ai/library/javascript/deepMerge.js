const isPlainObject = (v) =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function deepClone(v) {
  if (Array.isArray(v)) return v.map(deepClone)
  if (v instanceof Date) return new Date(v.getTime())
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, deepClone(x)]))
  if (v instanceof Set) return new Set([...v].map(deepClone))
  if (!isPlainObject(v)) return v
  const out = {}
  for (const k of Object.keys(v)) out[k] = deepClone(v[k])
  return out
}

export function deepMerge(target, source, opts = {}) {
  const { arrays = 'replace' } = opts
  if (!isPlainObject(source)) return deepClone(source)
  const out = isPlainObject(target) ? { ...target } : {}

  for (const key of Object.keys(source)) {
    if (UNSAFE_KEYS.has(key)) continue
    const a = out[key]
    const b = source[key]

    if (b === undefined) continue
    if (Array.isArray(a) && Array.isArray(b)) {
      if (arrays === 'concat') out[key] = [...a, ...b.map(deepClone)]
      else if (arrays === 'union') out[key] = [...new Set([...a, ...b])]
      else out[key] = b.map(deepClone)
    } else if (isPlainObject(a) && isPlainObject(b)) {
      out[key] = deepMerge(a, b, opts)
    } else {
      out[key] = deepClone(b)
    }
  }
  return out
}

export function deepMergeAll(objects, opts) {
  return objects.reduce((acc, o) => deepMerge(acc, o, opts), {})
}

export function deepEqual(a, b) {
  if (Object.is(a, b)) return true
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime()
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => deepEqual(x, b[i]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    if (ka.length !== kb.length) return false
    return ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
  }
  return false
}
