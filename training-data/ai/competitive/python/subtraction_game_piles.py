# Game: players alternately remove between 1 and k stones from any single pile.
# The player who cannot move loses. For each test case print who wins: First or Second.
import sys


# Function to compute the Grundy value of one pile
def grundy(pile, k):
    # For the subtraction game {1..k} the Grundy value repeats with period k+1
    return pile % (k + 1)


# Function to decide the winner for one test case
def winner(piles, k):
    # Initialize the xor of all Grundy values
    total = 0
    for p in piles:
        total ^= grundy(p, k)
    # Check if the xor is non-zero, then the first player wins
    if total != 0:
        return 'First'
    return 'Second'


def main():
    data = sys.stdin.read().split()
    idx = 0
    # Read the number of test cases
    t = int(data[idx])
    idx += 1
    answers = []
    for _ in range(t):
        # Read n and k
        n = int(data[idx])
        k = int(data[idx + 1])
        idx += 2
        # Read the piles
        piles = [int(x) for x in data[idx:idx + n]]
        idx += n
        # Check that k is valid
        if k <= 0:
            answers.append('Second')
            continue
        answers.append(winner(piles, k))
    print('\n'.join(answers))


if __name__ == '__main__':
    main()
