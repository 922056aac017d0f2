/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.jdbc.TableId;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableSelectionTest {

    private static final TableId ORDERS = new TableId(null, "public", "orders");
    private static final TableId SALES_ORDERS = new TableId(null, "sales", "orders");
    private static final TableId ITEMS = new TableId("shop", null, "items");
    private static final List<TableId> FOUND = List.of(SALES_ORDERS, ITEMS, ORDERS);

    @Test
    void emptyListsSelectEverythingSorted() {
        assertEquals(List.of(ORDERS, SALES_ORDERS, ITEMS), new TableSelection(List.of(), List.of()).select(FOUND));
    }

    @Test
    void namesMatchBareOrQualified() {
        assertEquals(List.of(ORDERS, SALES_ORDERS), new TableSelection(List.of("orders"), List.of()).select(FOUND));
        assertEquals(List.of(SALES_ORDERS), new TableSelection(List.of(" sales.orders "), null).select(FOUND));
        assertEquals(List.of(ITEMS), new TableSelection(List.of("shop.items"), List.of()).select(FOUND));
        assertEquals(List.of(ORDERS, ITEMS), new TableSelection(List.of(), List.of("sales.orders")).select(FOUND));
        assertEquals(List.of(ITEMS), new TableSelection(List.of(), List.of("orders")).select(FOUND));
    }
}
