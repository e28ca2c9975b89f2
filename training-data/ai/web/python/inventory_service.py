"""FastAPI service for a simple product inventory (in-memory storage)."""

from __future__ import annotations

from datetime import datetime
from threading import Lock
from typing import Annotated
from uuid import UUID, uuid4

from fastapi import Depends, FastAPI, HTTPException, Query, status
from pydantic import BaseModel, Field, field_validator

app = FastAPI(title="Inventory API", version="1.0.0")


class ProductIn(BaseModel):
    sku: str = Field(..., min_length=3, max_length=32, examples=["ABC-123"])
    name: str = Field(..., min_length=1, max_length=120)
    price: float = Field(..., gt=0)
    quantity: int = Field(0, ge=0)

    @field_validator("sku")
    @classmethod
    def normalise_sku(cls, v: str) -> str:
        return v.strip().upper()


class ProductUpdate(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    price: float | None = Field(None, gt=0)
    quantity: int | None = Field(None, ge=0)


class Product(ProductIn):
    id: UUID
    updated_at: datetime


class StockAdjustment(BaseModel):
    delta: int = Field(..., description="Positive to add stock, negative to remove it")
    reason: str | None = None


class InventoryRepository:
    def __init__(self) -> None:
        self._items: dict[UUID, Product] = {}
        self._lock = Lock()

    def list(self, offset: int, limit: int, low_stock: int | None) -> list[Product]:
        items = sorted(self._items.values(), key=lambda p: p.sku)
        if low_stock is not None:
            items = [p for p in items if p.quantity <= low_stock]
        return items[offset : offset + limit]

    def get(self, product_id: UUID) -> Product:
        try:
            return self._items[product_id]
        except KeyError:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Product not found") from None

    def create(self, data: ProductIn) -> Product:
        with self._lock:
            if any(p.sku == data.sku for p in self._items.values()):
                raise HTTPException(status.HTTP_409_CONFLICT, f"SKU {data.sku} already exists")
            product = Product(id=uuid4(), updated_at=datetime.utcnow(), **data.model_dump())
            self._items[product.id] = product
            return product

    def update(self, product_id: UUID, changes: ProductUpdate) -> Product:
        with self._lock:
            current = self.get(product_id)
            patch = changes.model_dump(exclude_unset=True)
            updated = current.model_copy(update={**patch, "updated_at": datetime.utcnow()})
            self._items[product_id] = updated
            return updated

    def adjust(self, product_id: UUID, delta: int) -> Product:
        with self._lock:
            current = self.get(product_id)
            new_qty = current.quantity + delta
            if new_qty < 0:
                raise HTTPException(
                    status.HTTP_422_UNPROCESSABLE_ENTITY,
                    f"Insufficient stock: have {current.quantity}, tried to remove {-delta}",
                )
            updated = current.model_copy(update={"quantity": new_qty, "updated_at": datetime.utcnow()})
            self._items[product_id] = updated
            return updated

    def delete(self, product_id: UUID) -> None:
        with self._lock:
            self.get(product_id)
            del self._items[product_id]


_repo = InventoryRepository()


def get_repo() -> InventoryRepository:
    return _repo


Repo = Annotated[InventoryRepository, Depends(get_repo)]


@app.get("/products", response_model=list[Product])
def list_products(
    repo: Repo,
    offset: int = Query(0, ge=0),
    limit: int = Query(50, ge=1, le=200),
    low_stock: int | None = Query(None, ge=0, description="Only products at or below this quantity"),
) -> list[Product]:
    return repo.list(offset, limit, low_stock)


@app.post("/products", response_model=Product, status_code=status.HTTP_201_CREATED)
def create_product(payload: ProductIn, repo: Repo) -> Product:
    return repo.create(payload)


@app.get("/products/{product_id}", response_model=Product)
def get_product(product_id: UUID, repo: Repo) -> Product:
    return repo.get(product_id)


@app.patch("/products/{product_id}", response_model=Product)
def update_product(product_id: UUID, payload: ProductUpdate, repo: Repo) -> Product:
    return repo.update(product_id, payload)


@app.post("/products/{product_id}/stock", response_model=Product)
def adjust_stock(product_id: UUID, payload: StockAdjustment, repo: Repo) -> Product:
    return repo.adjust(product_id, payload.delta)


@app.delete("/products/{product_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_product(product_id: UUID, repo: Repo) -> None:
    repo.delete(product_id)
