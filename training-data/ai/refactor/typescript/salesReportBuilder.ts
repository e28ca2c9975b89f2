// Refactored sales report builder.
//
// Changes made:
// - Replaced `any` with proper interfaces for the input rows and the report
// - Split the single buildReport() function into smaller functions
// - Removed the global `totals` variable that was shared between calls
// - Used Map instead of plain objects for grouping
// - Fixed the bug where refunds were added to revenue instead of subtracted

export interface SaleRow {
    orderId: string;
    date: string; // ISO date, e.g. "2024-03-15"
    region: string;
    product: string;
    quantity: number;
    unitPrice: number;
    isRefund: boolean;
}

export interface ProductSummary {
    product: string;
    unitsSold: number;
    revenue: number;
}

export interface RegionSummary {
    region: string;
    revenue: number;
    orderCount: number;
    topProducts: ProductSummary[];
}

export interface SalesReport {
    from: string;
    to: string;
    totalRevenue: number;
    totalRefunds: number;
    regions: RegionSummary[];
}

// Function to calculate the signed amount of one row (negative for refunds)
function rowAmount(row: SaleRow): number {
    const amount = row.quantity * row.unitPrice;
    return row.isRefund ? -amount : amount;
}

// Function to round a number to 2 decimal places
function round2(value: number): number {
    return Math.round(value * 100) / 100;
}

// Function to filter the rows to the given date range (inclusive)
function filterByDate(rows: SaleRow[], from: string, to: string): SaleRow[] {
    return rows.filter((row) => row.date >= from && row.date <= to);
}

// Function to group rows by a key
function groupBy<K>(rows: SaleRow[], getKey: (row: SaleRow) => K): Map<K, SaleRow[]> {
    const groups = new Map<K, SaleRow[]>();
    for (const row of rows) {
        const key = getKey(row);
        const group = groups.get(key);
        if (group) {
            group.push(row);
        } else {
            groups.set(key, [row]);
        }
    }
    return groups;
}

// Function to summarize products for one region, sorted by revenue
function summarizeProducts(rows: SaleRow[], limit: number): ProductSummary[] {
    const summaries: ProductSummary[] = [];
    for (const [product, productRows] of groupBy(rows, (r) => r.product)) {
        let unitsSold = 0;
        let revenue = 0;
        for (const row of productRows) {
            unitsSold += row.isRefund ? -row.quantity : row.quantity;
            revenue += rowAmount(row);
        }
        summaries.push({ product: product, unitsSold: unitsSold, revenue: round2(revenue) });
    }
    summaries.sort((a, b) => b.revenue - a.revenue);
    return summaries.slice(0, limit);
}

// Function to summarize one region
function summarizeRegion(region: string, rows: SaleRow[], topN: number): RegionSummary {
    const revenue = rows.reduce((sum, row) => sum + rowAmount(row), 0);
    const orderIds = new Set(rows.filter((r) => !r.isRefund).map((r) => r.orderId));
    return {
        region: region,
        revenue: round2(revenue),
        orderCount: orderIds.size,
        topProducts: summarizeProducts(rows, topN),
    };
}

// Main function to build the report
export function buildSalesReport(rows: SaleRow[], from: string, to: string, topN = 3): SalesReport {
    if (from > to) {
        throw new Error("'from' date must not be after 'to' date");
    }

    const inRange = filterByDate(rows, from, to);

    const regions: RegionSummary[] = [];
    for (const [region, regionRows] of groupBy(inRange, (r) => r.region)) {
        regions.push(summarizeRegion(region, regionRows, topN));
    }
    regions.sort((a, b) => b.revenue - a.revenue);

    const totalRevenue = inRange.reduce((sum, row) => sum + rowAmount(row), 0);
    const totalRefunds = inRange
        .filter((row) => row.isRefund)
        .reduce((sum, row) => sum + row.quantity * row.unitPrice, 0);

    return {
        from: from,
        to: to,
        totalRevenue: round2(totalRevenue),
        totalRefunds: round2(totalRefunds),
        regions: regions,
    };
}
