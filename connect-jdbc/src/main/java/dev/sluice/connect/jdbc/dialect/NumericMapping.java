/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import java.util.Locale;

/** How NUMERIC and DECIMAL columns become Connect types ({@code numeric.mapping}). */
public enum NumericMapping {
    /** Always the Decimal logical type, exact. */
    NONE,
    /** Integers of scale 0 and up to 18 digits become INT8..INT64; others stay Decimal. */
    PRECISION_ONLY,
    /** As PRECISION_ONLY, and numbers with a scale and up to 15 digits become FLOAT64. */
    BEST_FIT;

    /** Parses the setting's value ({@code none}, {@code precision_only}, {@code best_fit}); null means none. */
    public static NumericMapping parse(String value) {
        return value == null || value.isBlank() ? NONE : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
