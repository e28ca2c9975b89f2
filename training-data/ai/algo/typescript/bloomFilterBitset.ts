const enc = new TextEncoder()

function fnv1a(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function optimalParams(expectedItems: number, falsePositiveRate: number) {
  if (expectedItems <= 0) throw new RangeError('expectedItems must be > 0')
  if (!(falsePositiveRate > 0 && falsePositiveRate < 1)) throw new RangeError('falsePositiveRate must be in (0, 1)')
  const bits = Math.ceil((-expectedItems * Math.log(falsePositiveRate)) / Math.LN2 ** 2)
  const hashes = Math.max(1, Math.round((bits / expectedItems) * Math.LN2))
  return { bits, hashes }
}

export class BloomFilter {
  readonly bits: number
  readonly hashes: number
  private data: Uint32Array
  private added = 0

  constructor(bits: number, hashes: number) {
    if (!Number.isInteger(bits) || bits < 8) throw new RangeError('bits must be an integer >= 8')
    if (!Number.isInteger(hashes) || hashes < 1) throw new RangeError('hashes must be a positive integer')
    this.bits = bits
    this.hashes = hashes
    this.data = new Uint32Array(Math.ceil(bits / 32))
  }

  static forCapacity(expectedItems: number, falsePositiveRate = 0.01): BloomFilter {
    const { bits, hashes } = optimalParams(expectedItems, falsePositiveRate)
    return new BloomFilter(bits, hashes)
  }

  private *positions(item: string): Generator<number> {
    const b = enc.encode(item)
    const h1 = fnv1a(b)
    const h2 = mix(h1 ^ fnv1a(b, 0x9747b28c)) | 1
    for (let i = 0; i < this.hashes; i++) {
      yield ((h1 + Math.imul(i, h2)) >>> 0) % this.bits
    }
  }

  add(item: string): this {
    for (const p of this.positions(item)) this.data[p >>> 5] |= 1 << (p & 31)
    this.added++
    return this
  }

  has(item: string): boolean {
    for (const p of this.positions(item)) {
      if ((this.data[p >>> 5] & (1 << (p & 31))) === 0) return false
    }
    return true
  }

  get count(): number {
    return this.added
  }

  fillRatio(): number {
    let set = 0
    for (const word of this.data) {
      let w = word
      while (w) {
        w &= w - 1
        set++
      }
    }
    return set / this.bits
  }

  estimatedFalsePositiveRate(): number {
    return this.fillRatio() ** this.hashes
  }

  union(other: BloomFilter): BloomFilter {
    if (other.bits !== this.bits || other.hashes !== this.hashes) throw new Error('incompatible filters')
    const out = new BloomFilter(this.bits, this.hashes)
    for (let i = 0; i < this.data.length; i++) out.data[i] = this.data[i] | other.data[i]
    out.added = this.added + other.added
    return out
  }

  toJSON() {
    return { bits: this.bits, hashes: this.hashes, data: Buffer.from(this.data.buffer).toString('base64') }
  }

  static fromJSON(json: { bits: number; hashes: number; data: string }): BloomFilter {
    const f = new BloomFilter(json.bits, json.hashes)
    const buf = Buffer.from(json.data, 'base64')
    f.data = new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength))
    return f
  }
}
