# A robot walks on a grid. '#' cells are walls, '.' cells are free.
# It starts at the given cell facing north and executes commands:
#   L / R  -> turn 90 degrees left / right
#   F<k>   -> try to move k cells forward; it stops early at a wall or the edge
# Print the final row, column (1-based) and the direction it is facing.

# Directions in clockwise order, with their (row, col) step
DIRECTIONS = ["N", "E", "S", "W"]
STEPS = {"N": (-1, 0), "E": (0, 1), "S": (1, 0), "W": (0, -1)}


def run_robot(grid, row, col, commands):
    rows, cols = len(grid), len(grid[0])
    facing = 0  # index into DIRECTIONS, 0 means north

    for cmd in commands:
        if cmd == "L":
            facing = (facing - 1) % 4
        elif cmd == "R":
            facing = (facing + 1) % 4
        elif cmd.startswith("F"):
            # "F" alone means one step; "F12" means twelve
            distance = int(cmd[1:]) if len(cmd) > 1 else 1
            dr, dc = STEPS[DIRECTIONS[facing]]
            for _ in range(distance):
                nr, nc = row + dr, col + dc
                # Stop as soon as the next cell is outside or blocked
                if not (0 <= nr < rows and 0 <= nc < cols) or grid[nr][nc] == "#":
                    break
                row, col = nr, nc
        else:
            raise ValueError("unknown command: {}".format(cmd))

    return row, col, DIRECTIONS[facing]


def main():
    rows, cols = map(int, input().split())
    grid = [input().strip() for _ in range(rows)]
    start_row, start_col = map(int, input().split())
    commands = input().split()

    # Convert the 1-based start position to 0-based indices
    r, c, d = run_robot(grid, start_row - 1, start_col - 1, commands)
    print("{} {} {}".format(r + 1, c + 1, d))


if __name__ == "__main__":
    # Example:
    #   3 4
    #   ....
    #   .#..
    #   ....
    #   3 1
    #   F5 R F2 R F1
    # The robot climbs to row 1, turns east, walks to column 3, turns south
    # and moves down one row: "2 3 S".
    main()
