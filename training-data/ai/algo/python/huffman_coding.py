"""
Huffman coding: build an optimal prefix code from symbol frequencies,
then use it to encode and decode text.

Frequent characters get short bit strings and rare characters get long
ones, which minimizes the total number of bits for the given input.
"""

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple


@dataclass(order=True)
class HuffmanNode:
    # Only `freq` and `order` take part in comparisons, so heapq can sort nodes
    freq: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["HuffmanNode"] = field(default=None, compare=False)
    right: Optional["HuffmanNode"] = field(default=None, compare=False)

    def is_leaf(self) -> bool:
        return self.symbol is not None


def build_tree(text: str) -> HuffmanNode:
    """Build the Huffman tree by repeatedly merging the two least frequent nodes."""
    if not text:
        raise ValueError("cannot build a Huffman tree from empty text")

    frequencies = Counter(text)

    # `order` is a tie-breaker so that equal frequencies give a deterministic tree
    heap = [HuffmanNode(freq, i, symbol) for i, (symbol, freq) in enumerate(sorted(frequencies.items()))]
    heapq.heapify(heap)
    next_order = len(heap)

    while len(heap) > 1:
        # Take the two cheapest subtrees...
        left = heapq.heappop(heap)
        right = heapq.heappop(heap)
        # ...and combine them under a new parent whose frequency is their sum
        parent = HuffmanNode(left.freq + right.freq, next_order, left=left, right=right)
        next_order += 1
        heapq.heappush(heap, parent)

    return heap[0]


def build_codes(root: HuffmanNode) -> Dict[str, str]:
    """Walk the tree and assign '0' for left edges and '1' for right edges."""
    # Special case: a text with only one distinct character still needs 1 bit
    if root.is_leaf():
        return {root.symbol: "0"}

    codes: Dict[str, str] = {}
    stack = [(root, "")]
    while stack:
        node, prefix = stack.pop()
        if node.is_leaf():
            codes[node.symbol] = prefix
            continue
        if node.right:
            stack.append((node.right, prefix + "1"))
        if node.left:
            stack.append((node.left, prefix + "0"))
    return codes


def encode(text: str) -> Tuple[str, HuffmanNode]:
    """Encode text into a bit string. Returns the bits and the tree needed to decode them."""
    root = build_tree(text)
    codes = build_codes(root)
    bits = "".join(codes[ch] for ch in text)
    return bits, root


def decode(bits: str, root: HuffmanNode) -> str:
    """Decode a bit string by walking the tree from the root for each symbol."""
    if root.is_leaf():
        # Every bit corresponds to the single symbol
        return root.symbol * len(bits)

    output = []
    node = root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf():
            output.append(node.symbol)
            node = root  # restart at the top for the next symbol
    return "".join(output)


# Example usage
if __name__ == "__main__":
    message = "this is an example of a huffman tree"
    encoded_bits, tree = encode(message)

    print("Code table:")
    for symbol, code in sorted(build_codes(tree).items(), key=lambda item: (len(item[1]), item[0])):
        print(f"  {symbol!r}: {code}")

    original_size = len(message) * 8
    print(f"\nOriginal size: {original_size} bits")
    print(f"Encoded size:  {len(encoded_bits)} bits ({len(encoded_bits) / original_size:.1%} of original)")

    decoded = decode(encoded_bits, tree)
    assert decoded == message
    print(f"Round trip OK: {decoded!r}")
