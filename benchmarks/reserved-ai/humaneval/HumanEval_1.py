from typing import List


def separate_paren_groups(paren_string: str) -> List[str]:
    """ Input to this function is a string containing multiple groups of nested parentheses. Your goal is to
    separate those group into separate strings and return the list of those.
    Separate groups are balanced (each open brace is properly closed) and not nested within each other
    Ignore any spaces in the input string.
    >>> separate_paren_groups('( ) (( )) (( )( ))')
    ['()', '(())', '(()())']
    """
    groups = []
    current = []
    depth = 0

    for char in paren_string:
        if char == ' ':
            continue
        current.append(char)
        if char == '(':
            depth += 1
        elif char == ')':
            depth -= 1
            # A group is complete once we are back at the top level.
            if depth == 0:
                groups.append(''.join(current))
                current = []

    return groups
