/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

/**
 * The converter settings that shape the Connect ⇄ Avro mapping.
 *
 * @param connectMetaData       {@code connect.meta.data}: write the {@code connect.*} properties
 * @param enhancedSchemaSupport {@code enhanced.avro.schema.support}: name a union's fields after the full names of
 *                              its named branches, not their simple names
 * @param scrubInvalidNames     {@code scrub.invalid.names}: replace characters Avro does not allow in names
 */
record AvroMappingOptions(boolean connectMetaData, boolean enhancedSchemaSupport, boolean scrubInvalidNames) {

    static final AvroMappingOptions DEFAULTS = new AvroMappingOptions(true, false, false);

    /**
     * A record or field name Avro accepts: with scrubbing on, every character other than a letter, digit or
     * underscore becomes an underscore, and a leading digit gets an underscore in front.
     */
    String scrub(String name) {
        if (!scrubInvalidNames || name.isEmpty()) {
            return name;
        }
        StringBuilder scrubbed = new StringBuilder(name.length() + 1);
        if (!isNameStart(name.charAt(0))) {
            scrubbed.append(isDigit(name.charAt(0)) ? "_" : "");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            scrubbed.append(isNameStart(c) || isDigit(c) ? c : '_');
        }
        return scrubbed.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }
}
