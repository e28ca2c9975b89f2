from collections import namedtuple
from operator import attrgetter

Item = namedtuple('Item', 'sku name qty reorder_at unit_cost location')

LOW, OK, OUT = 'low', 'ok', 'out'


def from_row(row):
    return Item(
        sku=row['sku'].strip().upper(),
        name=row['name'].strip(),
        qty=int(row.get('qty') or 0),
        reorder_at=int(row.get('reorder_at') or 0),
        unit_cost=float(row.get('unit_cost') or 0),
        location=(row.get('location') or 'MAIN').upper(),
    )


def status(item):
    if item.qty <= 0:
        return OUT
    if item.qty <= item.reorder_at:
        return LOW
    return OK


def stock_value(items):
    return round(sum(i.qty * i.unit_cost for i in items), 2)


def needs_reorder(items):
    return sorted((i for i in items if status(i) != OK), key=attrgetter('qty'))


def by_location(items):
    out = {}
    for i in items:
        out.setdefault(i.location, []).append(i)
    return out


def adjust(item, delta):
    qty = item.qty + delta
    if qty < 0:
        raise ValueError('%s: cannot remove %d, only %d in stock' % (item.sku, -delta, item.qty))
    return item._replace(qty=qty)


def summary(items):
    locs = by_location(items)
    return {
        loc: {
            'skus': len(group),
            'value': stock_value(group),
            'reorder': [i.sku for i in needs_reorder(group)],
        }
        for loc, group in sorted(locs.items())
    }
