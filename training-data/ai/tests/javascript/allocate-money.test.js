const { toCents, fromCents, allocate, formatMoney } = require('../src/money')

describe('toCents', () => {
  test.each([
    ['0', 0],
    ['1', 100],
    ['1.5', 150],
    ['19.99', 1999],
    ['-3.07', -307],
    [0.1 + 0.2, 30],
  ])('toCents(%p) -> %p', (input, expected) => {
    expect(toCents(input)).toBe(expected)
  })

  test('throws on more than two decimals', () => {
    expect(() => toCents('1.005')).toThrow(/decimal/)
  })

  test('throws on garbage', () => {
    expect(() => toCents('abc')).toThrow()
    expect(() => toCents(NaN)).toThrow()
  })
})

describe('fromCents', () => {
  test('round trips', () => {
    for (const c of [0, 1, 99, 100, 12345, -250]) {
      expect(toCents(fromCents(c))).toBe(c)
    }
  })
})

describe('allocate', () => {
  test('splits evenly when divisible', () => {
    expect(allocate(900, [1, 1, 1])).toEqual([300, 300, 300])
  })

  test('distributes remainder to the first parts', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
  })

  test('respects ratios', () => {
    expect(allocate(1000, [70, 20, 10])).toEqual([700, 200, 100])
    expect(allocate(5, [3, 7])).toEqual([2, 3])
  })

  test('never loses a cent', () => {
    const amounts = [1, 7, 101, 9999, 123457]
    const ratios = [[1, 2], [3, 3, 3], [1, 0, 5], [13, 17, 19, 23]]
    for (const a of amounts) {
      for (const r of ratios) {
        const parts = allocate(a, r)
        expect(parts.reduce((s, p) => s + p, 0)).toBe(a)
      }
    }
  })

  test('zero ratio gets nothing', () => {
    expect(allocate(10, [1, 0, 1])[1]).toBe(0)
  })

  test('rejects bad input', () => {
    expect(() => allocate(10, [])).toThrow()
    expect(() => allocate(10, [0, 0])).toThrow()
    expect(() => allocate(10, [1, -1])).toThrow()
    expect(() => allocate(10.5, [1])).toThrow()
  })
})

describe('formatMoney', () => {
  test('defaults to USD en-US', () => {
    expect(formatMoney(123456)).toBe('$1,234.56')
  })

  test('negative amounts', () => {
    expect(formatMoney(-500)).toBe('-$5.00')
  })

  test('other currency and locale', () => {
    const out = formatMoney(123456, { currency: 'EUR', locale: 'de-DE' })
    expect(out.replace(/\s/g, ' ')).toBe('1.234,56 €')
  })
})
