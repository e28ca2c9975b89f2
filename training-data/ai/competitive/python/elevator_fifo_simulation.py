# Simulate a single elevator that serves passengers strictly in the order they call it.
#
# Input:
#   n                    -- number of passengers
#   t from to            -- call time, pickup floor, destination floor (n lines, sorted by t)
# The elevator starts idle on floor 1 at time 0 and moves one floor per second.
# Boarding and leaving take no time. Output the drop-off time of every passenger.


def simulate(passengers):
    time = 0
    floor = 1
    drop_times = []

    for call_time, pickup, destination in passengers:
        # If the elevator is idle before this passenger calls, it just waits.
        if time < call_time:
            time = call_time

        # Travel to the pickup floor...
        time += abs(floor - pickup)
        floor = pickup

        # ...then carry the passenger to the destination.
        time += abs(floor - destination)
        floor = destination

        drop_times.append(time)

    return drop_times


def main():
    n = int(input())
    passengers = []
    for _ in range(n):
        t, a, b = map(int, input().split())
        passengers.append((t, a, b))

    # Calls are expected in time order, but sorting keeps us safe if they aren't.
    # sorted() is stable, so equal call times keep their input order.
    passengers.sort(key=lambda p: p[0])

    for i, drop in enumerate(simulate(passengers), start=1):
        print("Passenger {}: {}".format(i, drop))


if __name__ == "__main__":
    # Example:
    #   3
    #   0 1 5
    #   2 3 1
    #   20 4 4
    # Passenger 1 arrives at 4, passenger 2 is picked up at 6 and dropped at 8,
    # passenger 3 calls at 20 from floor 4 -> elevator travels 3 floors, so 23.
    main()
