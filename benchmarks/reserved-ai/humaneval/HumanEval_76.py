
def is_simple_power(x, n):
    """Your task is to write a function that returns true if a number x is a simple
    power of n and false in other cases.
    x is a simple power of n if n**int=x
    For example:
    is_simple_power(1, 4) => true
    is_simple_power(2, 2) => true
    is_simple_power(8, 2) => true
    is_simple_power(3, 2) => false
    is_simple_power(3, 1) => false
    is_simple_power(5, 3) => false
    """
    if x == 1:
        return True
    if n in (0, 1, -1):
        # Powers of these never grow, so only trivial cases qualify.
        return x == n or (n == -1 and x == 1)

    power = 1
    while abs(power) < abs(x):
        power *= n
    return power == x
