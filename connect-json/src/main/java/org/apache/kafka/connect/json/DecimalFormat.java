/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

/** How {@link JsonConverter} writes {@code Decimal} values; reading accepts either form. */
public enum DecimalFormat {

    /** The unscaled value's two's-complement bytes as a base64 string, the historical default. */
    BASE64,

    /** A plain JSON number, readable by consumers that know nothing about Connect. */
    NUMERIC
}
