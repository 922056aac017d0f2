/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;

/** What validation says about a source connector's exactly-once settings, in Apache's words. */
class ExactlyOnceChecksTest {

    @Test
    void requiredExactlyOnceNeedsTheConnectorToSaySupported() {
        assertEquals(List.of(), supportErrors(new Answering(ExactlyOnceSupport.SUPPORTED, null), true));
        assertEquals(List.of(ExactlyOnceChecks.UNSUPPORTED),
                supportErrors(new Answering(ExactlyOnceSupport.UNSUPPORTED, null), true));
        assertEquals(List.of(ExactlyOnceChecks.NO_PREFLIGHT), supportErrors(new Answering(null, null), true));
    }

    @Test
    void requiredExactlyOnceOnAWorkerWithoutItIsRefusedBeforeTheConnectorsOwnAnswer() {
        assertEquals(List.of(ExactlyOnceChecks.WORKER_DISABLED),
                supportErrors(new Answering(ExactlyOnceSupport.SUPPORTED, null), false));
        assertEquals(List.of(ExactlyOnceChecks.WORKER_DISABLED, ExactlyOnceChecks.NO_PREFLIGHT),
                supportErrors(new Answering(null, null), false));
    }

    @Test
    void connectorDefinedBoundariesNeedTheConnectorToSaySupported() {
        assertEquals(List.of(), boundaryErrors(new Answering(null, ConnectorTransactionBoundaries.SUPPORTED)));
        assertEquals(List.of(ExactlyOnceChecks.BOUNDARIES_UNSUPPORTED),
                boundaryErrors(new Answering(null, ConnectorTransactionBoundaries.UNSUPPORTED)));
        assertEquals(List.of(ExactlyOnceChecks.BOUNDARIES_NULL), boundaryErrors(new Answering(null, null)));
    }

    @Test
    void aConnectorThatThrowsWhileAnsweringIsReportedOnTheSetting() {
        assertEquals(List.of(ExactlyOnceChecks.UNEXPECTED + "no idea"), supportErrors(new Throwing(), true));
        assertEquals(List.of(ExactlyOnceChecks.UNEXPECTED + "no idea"), boundaryErrors(new Throwing()));
    }

    @Test
    void theConnectorIsNotAskedAboutDefaultsOrAboutValuesThatAreInvalidAlready() {
        Map<String, ConfigValue> values = values("requested", "poll");
        ExactlyOnceChecks.check(new Throwing(), Map.of(), values, true);
        assertEquals(List.of(), allErrors(values));

        Map<String, ConfigValue> invalid = values("required", "connector");
        invalid.values().forEach(value -> value.addErrorMessage("Invalid value"));
        ExactlyOnceChecks.check(new Throwing(), Map.of(), invalid, false);
        assertEquals(List.of("Invalid value", "Invalid value"), allErrors(invalid));
    }

    @Test
    void valuesAreComparedAsApacheParsesThemIgnoringCaseAndSpaces() {
        assertEquals(List.of(ExactlyOnceChecks.UNSUPPORTED), errors(new Answering(ExactlyOnceSupport.UNSUPPORTED,
                null), " REQUIRED ", "poll", true, "exactly.once.support"));
        assertEquals(List.of(ExactlyOnceChecks.BOUNDARIES_UNSUPPORTED), errors(new Answering(null,
                ConnectorTransactionBoundaries.UNSUPPORTED), "requested", "Connector", true, "transaction.boundary"));
    }

    private static List<String> supportErrors(SourceConnector connector, boolean workerSupport) {
        return errors(connector, "required", "poll", workerSupport, "exactly.once.support");
    }

    private static List<String> boundaryErrors(SourceConnector connector) {
        return errors(connector, "requested", "connector", true, "transaction.boundary");
    }

    private static List<String> errors(SourceConnector connector, String support, String boundary,
                                       boolean workerSupport, String setting) {
        Map<String, ConfigValue> values = values(support, boundary);
        ExactlyOnceChecks.check(connector, Map.of("exactly.once.support", support, "transaction.boundary",
                boundary), values, workerSupport);
        return values.get(setting).errorMessages();
    }

    private static Map<String, ConfigValue> values(String support, String boundary) {
        Map<String, ConfigValue> values = new HashMap<>();
        values.put("exactly.once.support", new ConfigValue("exactly.once.support", support, List.of(),
                new ArrayList<>()));
        values.put("transaction.boundary", new ConfigValue("transaction.boundary", boundary, List.of(),
                new ArrayList<>()));
        return values;
    }

    private static List<String> allErrors(Map<String, ConfigValue> values) {
        List<String> errors = new ArrayList<>();
        values.values().forEach(value -> errors.addAll(value.errorMessages()));
        return errors;
    }

    /** A connector that answers both questions as it was told to. */
    static class Answering extends SourceConnector {
        private final ExactlyOnceSupport support;
        private final ConnectorTransactionBoundaries boundaries;

        Answering(ExactlyOnceSupport support, ConnectorTransactionBoundaries boundaries) {
            this.support = support;
            this.boundaries = boundaries;
        }

        @Override
        public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> config) {
            return support;
        }

        @Override
        public ConnectorTransactionBoundaries canDefineTransactionBoundaries(Map<String, String> config) {
            return boundaries;
        }

        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public Class<? extends Task> taskClass() {
            return null;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            return List.of();
        }

        @Override
        public void stop() {
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public String version() {
            return "1";
        }
    }

    /** A connector that throws when asked either question. */
    static final class Throwing extends Answering {
        Throwing() {
            super(null, null);
        }

        @Override
        public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> config) {
            throw new IllegalStateException("no idea");
        }

        @Override
        public ConnectorTransactionBoundaries canDefineTransactionBoundaries(Map<String, String> config) {
            throw new IllegalStateException("no idea");
        }
    }
}
