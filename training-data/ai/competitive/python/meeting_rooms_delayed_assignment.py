"""Assign meetings to rooms; a meeting with no free room waits for the earliest one.

Meetings are handled in order of requested start. Each takes the free room with the
smallest index; if none is free it is delayed until a room frees up (ties go to the
smaller index) and keeps its duration. Prints "room actual_start" per meeting, in
input order.
"""

import heapq
import sys
from typing import List, Tuple

Meeting = Tuple[int, int]  # (start, end)


def parse_input(tokens: List[str]) -> Tuple[int, List[Meeting]]:
    """Return the room count and the meetings, validating every interval."""
    rooms, n = int(tokens[0]), int(tokens[1])
    if rooms <= 0:
        raise ValueError("there must be at least one room")
    meetings: List[Meeting] = []
    for i in range(n):
        start, end = int(tokens[2 + 2 * i]), int(tokens[3 + 2 * i])
        if end <= start:
            raise ValueError(f"meeting {i + 1} ends at {end}, not after its start {start}")
        meetings.append((start, end))
    return rooms, meetings


def schedule(rooms: int, meetings: List[Meeting]) -> List[Tuple[int, int]]:
    """Return (room, actual_start) for every meeting, indexed like the input."""
    free = list(range(rooms))  # min-heap of idle room indices
    busy: List[Tuple[int, int]] = []  # min-heap of (time it frees up, room)
    result: List[Tuple[int, int]] = [(0, 0)] * len(meetings)

    order = sorted(range(len(meetings)), key=lambda i: meetings[i])
    for i in order:
        start, end = meetings[i]
        while busy and busy[0][0] <= start:
            _, room = heapq.heappop(busy)
            heapq.heappush(free, room)

        if free:
            room = heapq.heappop(free)
            actual = start
        else:
            actual, room = heapq.heappop(busy)

        heapq.heappush(busy, (actual + end - start, room))
        result[i] = (room, actual)
    return result


def main() -> None:
    rooms, meetings = parse_input(sys.stdin.read().split())
    for room, actual in schedule(rooms, meetings):
        print(room, actual)


if __name__ == "__main__":
    main()
