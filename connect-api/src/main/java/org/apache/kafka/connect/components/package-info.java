/**
 * The traits every Connect plugin shares: a version, and for most plugins a declared {@code ConfigDef}.
 */
package org.apache.kafka.connect.components;
