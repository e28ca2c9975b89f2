package com.example.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class InventoryServiceTest {

    @Mock
    private ProductRepository repository;

    @Mock
    private StockEventPublisher publisher;

    private InventoryService service;

    @BeforeEach
    void setUp() {
        service = new InventoryService(repository, publisher, 5);
    }

    private static Product product(String sku, int qty) {
        return new Product(sku, "Test product " + sku, qty);
    }

    @Nested
    @DisplayName("reserve")
    class Reserve {

        @Test
        void decrementsStockAndSaves() {
            when(repository.findBySku("A-1")).thenReturn(Optional.of(product("A-1", 10)));

            service.reserve("A-1", 3);

            ArgumentCaptor<Product> saved = ArgumentCaptor.forClass(Product.class);
            verify(repository).save(saved.capture());
            assertThat(saved.getValue().getQuantity()).isEqualTo(7);
        }

        @Test
        void throwsWhenStockIsInsufficient() {
            when(repository.findBySku("A-1")).thenReturn(Optional.of(product("A-1", 2)));

            assertThatThrownBy(() -> service.reserve("A-1", 3))
                    .isInstanceOf(InsufficientStockException.class)
                    .hasMessageContaining("A-1")
                    .hasMessageContaining("available: 2");
            verify(repository, never()).save(any());
        }

        @Test
        void throwsForUnknownSku() {
            when(repository.findBySku("nope")).thenReturn(Optional.empty());

            assertThatThrownBy(() -> service.reserve("nope", 1))
                    .isInstanceOf(ProductNotFoundException.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, -100})
        void rejectsNonPositiveQuantities(int qty) {
            assertThatThrownBy(() -> service.reserve("A-1", qty))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void publishesLowStockEventWhenCrossingThreshold() {
            when(repository.findBySku("A-1")).thenReturn(Optional.of(product("A-1", 6)));

            service.reserve("A-1", 2);

            verify(publisher).lowStock("A-1", 4);
        }

        @Test
        void doesNotPublishWhenAlreadyBelowThreshold() {
            when(repository.findBySku("A-1")).thenReturn(Optional.of(product("A-1", 4)));

            service.reserve("A-1", 1);

            verify(publisher, never()).lowStock(any(), org.mockito.ArgumentMatchers.anyInt());
        }
    }

    @Nested
    @DisplayName("restock")
    class Restock {

        @Test
        void increasesQuantity() {
            Product p = product("B-2", 1);
            when(repository.findBySku("B-2")).thenReturn(Optional.of(p));

            int newQty = service.restock("B-2", 10);

            assertThat(newQty).isEqualTo(11);
            verify(repository).save(p);
            verify(publisher).restocked("B-2", 11);
        }
    }
}
