/**
 * JSON support users name in their configs: {@code JsonConverter} (with or without the
 * {@code {"schema":…,"payload":…}} envelope) and the JSON serializer and deserializer. Their class names are
 * Apache Kafka Connect's so that existing worker and connector configs keep working unchanged; the bytes they
 * write must be identical to Apache's. Filled in by the converters issue.
 */
package org.apache.kafka.connect.json;
