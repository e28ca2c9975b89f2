from dataclasses import dataclass
from enum import Enum


class Speed(Enum):
    STANDARD = "standard"
    EXPRESS = "express"
    OVERNIGHT = "overnight"


@dataclass(frozen=True)
class Zone:
    base: float
    per_kg: float


ZONES: dict[str, Zone] = {
    "domestic": Zone(4.99, 0.80),
    "eu": Zone(9.99, 1.60),
    "world": Zone(14.99, 2.90),
}
SPEED_MULTIPLIER: dict[Speed, float] = {Speed.STANDARD: 1.0, Speed.EXPRESS: 1.6, Speed.OVERNIGHT: 2.5}
FREE_OVER = 75.0
MAX_KG = 30.0


def billable_weight(actual_kg: float, l_cm: float, w_cm: float, h_cm: float) -> float:
    return max(actual_kg, l_cm * w_cm * h_cm / 5000)


def shipping_cost(zone: str, weight_kg: float, order_total: float, speed: Speed = Speed.STANDARD) -> float:
    if zone not in ZONES:
        raise ValueError(f"unknown zone: {zone}")
    if not 0 < weight_kg <= MAX_KG:
        raise ValueError(f"weight must be in (0, {MAX_KG}] kg")
    if zone == "domestic" and speed is Speed.STANDARD and order_total >= FREE_OVER:
        return 0.0
    z = ZONES[zone]
    return round((z.base + z.per_kg * weight_kg) * SPEED_MULTIPLIER[speed], 2)
