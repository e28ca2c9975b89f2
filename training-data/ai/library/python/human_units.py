import re
from typing import Dict, Tuple

# Define the size units (binary and decimal)
BINARY_UNITS: Tuple[str, ...] = ("B", "KiB", "MiB", "GiB", "TiB", "PiB")
DECIMAL_UNITS: Tuple[str, ...] = ("B", "kB", "MB", "GB", "TB", "PB")

# Map of unit suffix to multiplier, used for parsing
SIZE_MULTIPLIERS: Dict[str, int] = {
    "b": 1,
    "k": 1000, "kb": 1000, "kib": 1024,
    "m": 1000**2, "mb": 1000**2, "mib": 1024**2,
    "g": 1000**3, "gb": 1000**3, "gib": 1024**3,
    "t": 1000**4, "tb": 1000**4, "tib": 1024**4,
}

# Define the duration units in seconds
DURATION_UNITS: Tuple[Tuple[str, int], ...] = (
    ("d", 86400),
    ("h", 3600),
    ("m", 60),
    ("s", 1),
)

SIZE_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")


def format_size(num_bytes: int, binary: bool = True, precision: int = 1) -> str:
    """Format a number of bytes as a human-readable string.

    Args:
        num_bytes: The size in bytes. Must not be negative.
        binary: Use powers of 1024 (KiB, MiB) instead of 1000 (kB, MB).
        precision: Number of digits after the decimal point.

    Returns:
        A string such as "1.5 MiB" or "512 B".

    Raises:
        ValueError: If num_bytes is negative.
    """
    # Check if the input is valid
    if num_bytes < 0:
        raise ValueError("num_bytes must not be negative")

    base = 1024 if binary else 1000
    units = BINARY_UNITS if binary else DECIMAL_UNITS

    # Bytes are always shown as a whole number
    if num_bytes < base:
        return f"{num_bytes} B"

    # Divide by the base until the value fits the unit
    value = float(num_bytes)
    unit_index = 0
    while value >= base and unit_index < len(units) - 1:
        value /= base
        unit_index += 1

    return f"{value:.{precision}f} {units[unit_index]}"


def parse_size(text: str) -> int:
    """Parse a size string such as "10MB", "1.5 GiB" or "2048" into bytes.

    Args:
        text: The size string. A bare number is treated as bytes.

    Returns:
        The size in bytes, rounded down to a whole number.

    Raises:
        ValueError: If the string cannot be parsed or the unit is unknown.
    """
    # Match the number and the unit
    match = SIZE_PATTERN.match(text)
    if match is None:
        raise ValueError(f"Invalid size: {text!r}")

    number, unit = match.groups()
    unit = unit.lower() or "b"

    # Look up the multiplier for the unit
    if unit not in SIZE_MULTIPLIERS:
        raise ValueError(f"Unknown size unit: {unit!r}")

    return int(float(number) * SIZE_MULTIPLIERS[unit])


def format_duration(seconds: float, max_parts: int = 2) -> str:
    """Format a number of seconds as a compact duration.

    Args:
        seconds: The duration in seconds.
        max_parts: Maximum number of units to show, e.g. 2 gives "1h 5m".

    Returns:
        A string such as "2d 3h", "45s" or "0s".
    """
    # Handle negative durations with a leading minus sign
    if seconds < 0:
        return "-" + format_duration(-seconds, max_parts)

    remaining = int(round(seconds))
    parts = []

    # Loop through each unit from largest to smallest
    for suffix, unit_seconds in DURATION_UNITS:
        if remaining >= unit_seconds:
            count, remaining = divmod(remaining, unit_seconds)
            parts.append(f"{count}{suffix}")
        if len(parts) == max_parts:
            break

    # Return "0s" if there are no parts
    if not parts:
        return "0s"
    return " ".join(parts)
