const fs = require("fs")

function monthKey(d) {
    const dt = new Date(d)
    if (isNaN(dt)) return null
    return `${dt.getUTCFullYear()}-${String(dt.getUTCMonth() + 1).padStart(2, "0")}`
}

function monthsBetween(first, last) {
    const out = []
    let [y, m] = first.split("-").map(Number)
    const [ly, lm] = last.split("-").map(Number)
    while (y < ly || (y === ly && m <= lm)) {
        out.push(`${y}-${String(m).padStart(2, "0")}`)
        if (++m > 12) {
            m = 1
            y++
        }
    }
    return out
}

function pivot(sales, { rowKey = "region", valueKey = "amount" } = {}) {
    const table = new Map()
    const cols = new Set()
    let skipped = 0

    for (const s of sales) {
        const mk = monthKey(s.date)
        const v = Number(s[valueKey])
        if (!mk || !Number.isFinite(v)) {
            skipped++
            continue
        }
        const rk = s[rowKey] || "unknown"
        cols.add(mk)
        if (!table.has(rk)) table.set(rk, new Map())
        const row = table.get(rk)
        row.set(mk, (row.get(mk) || 0) + v)
    }

    const sortedCols = [...cols].sort()
    const months = sortedCols.length ? monthsBetween(sortedCols[0], sortedCols[sortedCols.length - 1]) : []
    const rows = [...table.keys()].sort().map((rk) => {
        const r = table.get(rk)
        const values = months.map((m) => round2(r.get(m) || 0))
        return { key: rk, values, total: round2(values.reduce((a, b) => a + b, 0)) }
    })
    const totals = months.map((_, i) => round2(rows.reduce((s, r) => s + r.values[i], 0)))

    return { months, rows, totals, skipped }
}

function round2(n) {
    return Math.round(n * 100) / 100
}

function toCsv({ months, rows, totals }, rowLabel) {
    const esc = (s) => (/[",\n]/.test(s) ? `"${String(s).replace(/"/g, '""')}"` : String(s))
    const lines = [[rowLabel, ...months, "total"].map(esc).join(",")]
    for (const r of rows) lines.push([r.key, ...r.values, r.total].map(esc).join(","))
    lines.push(["TOTAL", ...totals, round2(totals.reduce((a, b) => a + b, 0))].join(","))
    return lines.join("\n") + "\n"
}

if (require.main === module) {
    const [input, rowKey = "region"] = process.argv.slice(2)
    if (!input) {
        console.error("usage: node monthly_sales_pivot.js sales.json [rowKey]")
        process.exit(1)
    }
    const sales = JSON.parse(fs.readFileSync(input, "utf8"))
    const result = pivot(sales, { rowKey })
    process.stdout.write(toCsv(result, rowKey))
    if (result.skipped) console.error(`skipped ${result.skipped} invalid records`)
}

module.exports = { pivot, toCsv, monthsBetween }
