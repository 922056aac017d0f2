/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexValidatorTest {

    private final RegexValidator validator = new RegexValidator();

    @Test
    void describesItselfForTheDocs() {
        assertEquals("valid regex", validator.toString());
    }

    @Test
    void acceptsAPatternThatCompiles() {
        assertDoesNotThrow(() -> validator.ensureValid("k", "a.*"));
    }

    @Test
    void rejectsAPatternWithTheCompilersReason() {
        ConfigException e = assertThrows(ConfigException.class, () -> validator.ensureValid("k", "("));
        assertEquals("Invalid value ( for configuration k: Invalid regex: Unclosed group near index 1\n(",
                e.getMessage());
    }

    @Test
    void rejectsNullAndNonStringValues() {
        ConfigException nullValue = assertThrows(ConfigException.class, () -> validator.ensureValid("k", null));
        assertTrue(nullValue.getMessage().startsWith("Invalid value null for configuration k: Invalid regex: "));
        ConfigException number = assertThrows(ConfigException.class, () -> validator.ensureValid("k", 42));
        assertTrue(number.getMessage().startsWith("Invalid value 42 for configuration k: Invalid regex: "));
    }
}
