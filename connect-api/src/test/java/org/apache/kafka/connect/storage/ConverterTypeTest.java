/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The converter roles and how their names are looked up, as observed on Apache 4.3.1. */
class ConverterTypeTest {

    @Test
    void typesAreKeyValueHeaderInThatOrder() {
        assertArrayEquals(new ConverterType[] {ConverterType.KEY, ConverterType.VALUE, ConverterType.HEADER},
                ConverterType.values());
    }

    @Test
    void namesAreTheLowerCaseConstantNames() {
        assertEquals("key", ConverterType.KEY.getName());
        assertEquals("value", ConverterType.VALUE.getName());
        assertEquals("header", ConverterType.HEADER.getName());
        assertEquals("KEY", ConverterType.KEY.toString());
    }

    @Test
    void withNameIgnoresCase() {
        assertSame(ConverterType.KEY, ConverterType.withName("key"));
        assertSame(ConverterType.KEY, ConverterType.withName("KEY"));
        assertSame(ConverterType.KEY, ConverterType.withName("Key"));
        assertSame(ConverterType.VALUE, ConverterType.withName("value"));
        assertSame(ConverterType.HEADER, ConverterType.withName("HeAdEr"));
    }

    @Test
    void withNameIgnoresCaseWhateverTheDefaultLocale() {
        Locale original = Locale.getDefault();
        Locale.setDefault(new Locale("tr"));
        try {
            assertSame(ConverterType.KEY, ConverterType.withName("KEY"));
            assertSame(ConverterType.HEADER, ConverterType.withName("hEADER"));
            assertEquals("header", ConverterType.HEADER.getName());
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void withNameReturnsNullForNullOrUnknownNames() {
        assertNull(ConverterType.withName(null));
        assertNull(ConverterType.withName(""));
        assertNull(ConverterType.withName("x"));
        assertNull(ConverterType.withName(" key"));
        assertNull(ConverterType.withName("keys"));
    }

    @Test
    void valueOfStillNeedsTheExactConstantName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConverterType.valueOf("key"));
        assertEquals("No enum constant org.apache.kafka.connect.storage.ConverterType.key", e.getMessage());
        assertSame(ConverterType.HEADER, ConverterType.valueOf("HEADER"));
    }
}
