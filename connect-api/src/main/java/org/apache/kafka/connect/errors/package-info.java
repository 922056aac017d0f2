/**
 * The exceptions of the Connect API. All are unchecked and extend {@link org.apache.kafka.connect.errors.ConnectException},
 * itself a {@link org.apache.kafka.common.KafkaException}, so callers can catch Connect failures as one family.
 */
package org.apache.kafka.connect.errors;
