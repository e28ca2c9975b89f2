import csv
import sys


def load(path, key='sku'):
    with open(path, newline='', encoding='utf-8') as f:
        rows = {}
        for row in csv.DictReader(f):
            k = row[key].strip().upper()
            if k:
                rows[k] = row
        return rows


def merge(stock, prices):
    out = []
    for sku in sorted(set(stock) | set(prices)):
        s, p = stock.get(sku, {}), prices.get(sku, {})
        qty = int(s.get('qty') or 0)
        price = float(p.get('price') or 0)
        out.append({
            'sku': sku,
            'name': p.get('name') or s.get('name', ''),
            'qty': qty,
            'price': '%.2f' % price,
            'value': '%.2f' % (qty * price),
            'status': 'ok' if s and p else ('no_price' if s else 'no_stock'),
        })
    return out


def main(stock_path, prices_path, out_path):
    rows = merge(load(stock_path), load(prices_path))
    with open(out_path, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=['sku', 'name', 'qty', 'price', 'value', 'status'])
        w.writeheader()
        w.writerows(rows)
    bad = sum(r['status'] != 'ok' for r in rows)
    print('%d rows, %d unmatched' % (len(rows), bad), file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('usage: merge_inventory_csv.py STOCK.csv PRICES.csv OUT.csv')
    sys.exit(main(*sys.argv[1:]))
