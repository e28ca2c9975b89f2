from typing import List, Tuple


def find_closest_elements(numbers: List[float]) -> Tuple[float, float]:
    """ From a supplied list of numbers (of length at least two) select and return two that are the closest to each
    other and return them in order (smaller number, larger number).
    >>> find_closest_elements([1.0, 2.0, 3.0, 4.0, 5.0, 2.2])
    (2.0, 2.2)
    >>> find_closest_elements([1.0, 2.0, 3.0, 4.0, 5.0, 2.0])
    (2.0, 2.0)
    """
    ordered = sorted(numbers)
    best_pair = (ordered[0], ordered[1])
    best_gap = ordered[1] - ordered[0]

    for i in range(1, len(ordered) - 1):
        gap = ordered[i + 1] - ordered[i]
        if gap < best_gap:
            best_gap = gap
            best_pair = (ordered[i], ordered[i + 1])

    return best_pair
