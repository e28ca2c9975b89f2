from datetime import date, timedelta

import pytest

from scheduling.ranges import DateRange, merge_ranges, split_by_month


def dr(a, b):
    return DateRange(date.fromisoformat(a), date.fromisoformat(b))


def test_rejects_inverted_range():
    with pytest.raises(ValueError):
        dr("2024-03-10", "2024-03-01")


def test_length_is_inclusive():
    assert len(dr("2024-01-01", "2024-01-01")) == 1
    assert len(dr("2024-01-01", "2024-01-31")) == 31


def test_contains():
    r = dr("2024-02-10", "2024-02-20")
    assert date(2024, 2, 10) in r
    assert date(2024, 2, 20) in r
    assert date(2024, 2, 21) not in r


@pytest.mark.parametrize("a,b,expected", [
    (("2024-01-01", "2024-01-10"), ("2024-01-05", "2024-01-15"), True),
    (("2024-01-01", "2024-01-10"), ("2024-01-10", "2024-01-15"), True),
    (("2024-01-01", "2024-01-10"), ("2024-01-11", "2024-01-15"), False),
])
def test_overlaps(a, b, expected):
    assert dr(*a).overlaps(dr(*b)) is expected
    assert dr(*b).overlaps(dr(*a)) is expected


def test_iteration_yields_every_day():
    days = list(dr("2024-02-27", "2024-03-01"))
    assert days == [date(2024, 2, 27) + timedelta(d) for d in range(4)]


def test_merge_overlapping_and_adjacent():
    merged = merge_ranges([
        dr("2024-01-10", "2024-01-12"),
        dr("2024-01-01", "2024-01-05"),
        dr("2024-01-06", "2024-01-08"),
        dr("2024-01-11", "2024-01-20"),
    ])
    assert merged == [dr("2024-01-01", "2024-01-08"), dr("2024-01-10", "2024-01-20")]


def test_merge_empty():
    assert merge_ranges([]) == []


def test_split_by_month_across_year_end():
    parts = split_by_month(dr("2023-12-15", "2024-02-03"))
    assert parts == [
        dr("2023-12-15", "2023-12-31"),
        dr("2024-01-01", "2024-01-31"),
        dr("2024-02-01", "2024-02-03"),
    ]


def test_split_single_month_is_identity():
    r = dr("2024-05-02", "2024-05-09")
    assert split_by_month(r) == [r]
