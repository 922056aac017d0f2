/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NonEmptyListValidatorTest {

    private final NonEmptyListValidator validator = new NonEmptyListValidator();

    @Test
    void describesItselfForTheDocs() {
        assertEquals("non-empty list", validator.toString());
    }

    @Test
    void acceptsAListWithElements() {
        assertDoesNotThrow(() -> validator.ensureValid("k", List.of("a")));
    }

    @Test
    void rejectsNullAndEmptyLists() {
        ConfigException nullList = assertThrows(ConfigException.class, () -> validator.ensureValid("k", null));
        assertEquals("Invalid value null for configuration k: Empty list", nullList.getMessage());
        ConfigException empty = assertThrows(ConfigException.class, () -> validator.ensureValid("k", List.of()));
        assertEquals("Invalid value [] for configuration k: Empty list", empty.getMessage());
    }

    @Test
    void aNonListValueIsAProgrammingError() {
        assertThrows(ClassCastException.class, () -> validator.ensureValid("k", ""));
    }
}
