import { describe, expect, it } from 'vitest'
import {
  businessDays,
  eachDay,
  formatRange,
  intersection,
  lengthInDays,
  overlaps,
  range,
  splitByMonth,
  splitByWeek,
} from '../src/dateRange'

const d = (s: string) => new Date(`${s}T00:00:00Z`)
const iso = (x: Date) => x.toISOString().slice(0, 10)

describe('range', () => {
  it('rejects end before start', () => {
    expect(() => range(d('2024-05-02'), d('2024-05-01'))).toThrow(RangeError)
  })

  it('rejects invalid dates', () => {
    expect(() => range(new Date('nope'), d('2024-05-01'))).toThrow(TypeError)
  })
})

describe('overlaps / intersection', () => {
  const a = range(d('2024-01-01'), d('2024-01-10'))

  it('detects overlap', () => {
    expect(overlaps(a, range(d('2024-01-10'), d('2024-01-20')))).toBe(true)
    expect(overlaps(a, range(d('2024-01-11'), d('2024-01-20')))).toBe(false)
  })

  it('returns the intersection', () => {
    const i = intersection(a, range(d('2024-01-05'), d('2024-02-01')))
    expect(i && [iso(i.start), iso(i.end)]).toEqual(['2024-01-05', '2024-01-10'])
  })

  it('returns null when disjoint', () => {
    expect(intersection(a, range(d('2024-03-01'), d('2024-03-02')))).toBeNull()
  })
})

describe('eachDay / lengthInDays', () => {
  it('is inclusive', () => {
    const r = range(d('2024-02-27'), d('2024-03-01'))
    expect([...eachDay(r)].map(iso)).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01'])
    expect(lengthInDays(r)).toBe(4)
  })

  it('single day', () => {
    expect(lengthInDays(range(d('2024-01-01'), d('2024-01-01')))).toBe(1)
  })
})

describe('businessDays', () => {
  it('skips weekends', () => {
    expect(businessDays(range(d('2024-06-03'), d('2024-06-16')))).toBe(10)
  })

  it('skips holidays', () => {
    expect(businessDays(range(d('2024-12-23'), d('2024-12-27')), [d('2024-12-25'), d('2024-12-26')])).toBe(3)
  })

  it('holiday on weekend is not double counted', () => {
    expect(businessDays(range(d('2024-06-03'), d('2024-06-09')), [d('2024-06-08')])).toBe(5)
  })
})

describe('splitByWeek', () => {
  it('splits on mondays by default', () => {
    const parts = splitByWeek(range(d('2024-06-06'), d('2024-06-18')))
    expect(parts.map(formatRange)).toEqual(['2024-06-06..2024-06-09', '2024-06-10..2024-06-16', '2024-06-17..2024-06-18'])
  })

  it('can split on sundays', () => {
    const parts = splitByWeek(range(d('2024-06-06'), d('2024-06-10')), 0)
    expect(parts.map(formatRange)).toEqual(['2024-06-06..2024-06-08', '2024-06-09..2024-06-10'])
  })
})

describe('splitByMonth', () => {
  it('handles leap years and partial months', () => {
    const parts = splitByMonth(range(d('2024-01-15'), d('2024-03-03')))
    expect(parts.map(formatRange)).toEqual(['2024-01-15..2024-01-31', '2024-02-01..2024-02-29', '2024-03-01..2024-03-03'])
  })

  it('single month', () => {
    expect(splitByMonth(range(d('2024-04-02'), d('2024-04-02'))).map(formatRange)).toEqual(['2024-04-02'])
  })
})
