/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

/** What a {@link Converter} or {@link HeaderConverter} instance is used for. */
public enum ConverterType {
    KEY,
    VALUE,
    HEADER;

    private final String configName;

    ConverterType() {
        // Lower case is how the type is spelled in the converter.type setting.
        this.configName = name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Finds a type by name, ignoring case.
     *
     * @param name the name; may be null
     * @return the type, or null if the name is null or unknown
     */
    public static ConverterType withName(String name) {
        if (name == null) {
            return null;
        }
        for (ConverterType type : values()) {
            if (type.configName.equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }

    /** The lower-case name used in configuration. */
    public String getName() {
        return configName;
    }
}
