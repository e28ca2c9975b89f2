import argparse
import sys
import time

# Define the default durations in minutes
DEFAULT_WORK = 25
DEFAULT_SHORT_BREAK = 5
DEFAULT_LONG_BREAK = 15


# Function to format seconds as MM:SS
def format_time(seconds):
    minutes, secs = divmod(int(seconds), 60)
    return "{:02d}:{:02d}".format(minutes, secs)


# Function to ring the terminal bell
def notify(message):
    sys.stdout.write("\a")
    print("\n>>> {}".format(message))


# Function to run a countdown for the given number of minutes
def countdown(label, minutes):
    total_seconds = int(minutes * 60)
    end_time = time.monotonic() + total_seconds

    while True:
        remaining = end_time - time.monotonic()
        if remaining <= 0:
            break
        # Draw a simple progress bar
        done = 1 - remaining / total_seconds
        bar_width = 30
        filled = int(bar_width * done)
        bar = "#" * filled + "-" * (bar_width - filled)
        sys.stdout.write("\r{:<12} [{}] {}".format(label, bar, format_time(remaining)))
        sys.stdout.flush()
        time.sleep(1)

    sys.stdout.write("\r{:<12} [{}] {}\n".format(label, "#" * 30, format_time(0)))


def main():
    # Create the argument parser
    parser = argparse.ArgumentParser(description="Simple Pomodoro timer for the terminal")
    parser.add_argument("-w", "--work", type=float, default=DEFAULT_WORK, help="work minutes")
    parser.add_argument("-s", "--short-break", type=float, default=DEFAULT_SHORT_BREAK, help="short break minutes")
    parser.add_argument("-l", "--long-break", type=float, default=DEFAULT_LONG_BREAK, help="long break minutes")
    parser.add_argument("-c", "--cycles", type=int, default=4, help="number of work sessions")
    parser.add_argument("--long-every", type=int, default=4, help="long break after this many sessions")
    args = parser.parse_args()

    # Check if the arguments are valid
    if args.work <= 0 or args.short_break < 0 or args.long_break < 0:
        print("Error: durations must be positive")
        return 1
    if args.cycles <= 0:
        print("Error: cycles must be at least 1")
        return 1

    completed = 0
    try:
        # Loop through each work session
        for cycle in range(1, args.cycles + 1):
            countdown("Work {}/{}".format(cycle, args.cycles), args.work)
            completed += 1
            notify("Work session {} done!".format(cycle))

            # Skip the break after the last session
            if cycle == args.cycles:
                break

            # Decide if this is a long or short break
            if cycle % args.long_every == 0:
                countdown("Long break", args.long_break)
            else:
                countdown("Break", args.short_break)
            notify("Break over, back to work.")
    except KeyboardInterrupt:
        print("\nStopped by user.")

    print("Completed {} of {} sessions ({:.0f} minutes of focus).".format(
        completed, args.cycles, completed * args.work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
