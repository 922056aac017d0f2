/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.Plugins;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * The preflight checks of a source connector's exactly-once settings (KIP-618), with the messages Apache's workers
 * give, attached to the setting they concern: {@code exactly.once.support=required} needs the worker's support and
 * the connector's {@code exactlyOnceSupport()} to say SUPPORTED; {@code transaction.boundary=connector} needs its
 * {@code canDefineTransactionBoundaries()} to say SUPPORTED. A setting whose value is invalid already is not asked
 * about, and neither method is called for the defaults.
 */
final class ExactlyOnceChecks {

    static final String WORKER_DISABLED = "This worker does not have exactly-once source support enabled.";
    static final String NO_PREFLIGHT = "The connector does not implement the API required for preflight validation"
            + " of exactly-once source support. Please consult the documentation for the connector to determine"
            + " whether it supports exactly-once semantics, and then consider reconfiguring the connector to use the"
            + " value \"requested\" for this property (which will disable this preflight check and allow the"
            + " connector to be created).";
    static final String UNSUPPORTED = "The connector does not support exactly-once semantics with the provided"
            + " configuration.";
    static final String BOUNDARIES_UNSUPPORTED = "The connector does not support connector-defined transaction"
            + " boundaries with the given configuration. Please reconfigure it to use a different transaction"
            + " boundary definition.";
    static final String BOUNDARIES_NULL = "This connector has returned a null value from its"
            + " canDefineTransactionBoundaries method, which is not permitted. The connector will be treated as if it"
            + " cannot define its own transaction boundaries, and cannot be configured with 'transaction.boundary'"
            + " set to 'connector'.";
    static final String UNEXPECTED = "An unexpected error occurred during validation: ";

    private ExactlyOnceChecks() {
    }

    /** Adds the errors to {@code values}, the worker-defined settings as validated so far. */
    static void check(SourceConnector connector, Map<String, String> config, Map<String, ConfigValue> values,
                      boolean workerSupportsExactlyOnce) {
        ConfigValue support = values.get(SourceConnectorConfig.EXACTLY_ONCE_SUPPORT_CONFIG);
        if (hasValue(support, "required")) {
            if (!workerSupportsExactlyOnce) {
                support.addErrorMessage(WORKER_DISABLED);
            }
            ask(connector, support, () -> {
                ExactlyOnceSupport answer = connector.exactlyOnceSupport(config);
                return answer == null ? NO_PREFLIGHT : answer == ExactlyOnceSupport.SUPPORTED ? null : UNSUPPORTED;
            });
        }
        ConfigValue boundary = values.get(SourceConnectorConfig.TRANSACTION_BOUNDARY_CONFIG);
        if (hasValue(boundary, "connector")) {
            ask(connector, boundary, () -> {
                ConnectorTransactionBoundaries answer = connector.canDefineTransactionBoundaries(config);
                return answer == null ? BOUNDARIES_NULL
                        : answer == ConnectorTransactionBoundaries.SUPPORTED ? null : BOUNDARIES_UNSUPPORTED;
            });
        }
    }

    private static boolean hasValue(ConfigValue value, String wanted) {
        return value != null && value.errorMessages().isEmpty() && value.value() != null
                && wanted.equals(value.value().toString().trim().toLowerCase(Locale.ROOT));
    }

    /** Runs the connector's answer in its own class loader; its error message, if any, goes on {@code value}. */
    private static void ask(SourceConnector connector, ConfigValue value, Supplier<String> question) {
        try (LoaderSwap swap = Plugins.withClassLoader(connector)) {
            String error = question.get();
            if (error != null) {
                value.addErrorMessage(error);
            }
        } catch (RuntimeException e) {
            value.addErrorMessage(UNEXPECTED + e.getMessage());
        }
    }
}
