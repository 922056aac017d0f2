/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.DatabaseSettings;
import dev.sluice.connect.jdbc.TableId;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Task configs and timestamps shared by the task tests. */
final class SourceTestSupport {

    static final String PREFIX = "jdbc-";

    private SourceTestSupport() {
    }

    /** A task config as the connector would make it for one table. */
    static Map<String, String> taskProps(TestDb db, Path dir, String table, String mode, String... more) {
        Map<String, String> props = new HashMap<>();
        props.put(DatabaseSettings.CONNECTION_URL, db.url(dir));
        props.put(JdbcSourceConfig.MODE, mode);
        props.put(JdbcSourceConfig.TOPIC_PREFIX, PREFIX);
        props.put(JdbcSourceConfig.POLL_INTERVAL_MS, "100");
        props.put(DatabaseSettings.CONNECTION_BACKOFF_MS, "100");
        props.put(TableListCodec.TASK_TABLES, TableListCodec.encode(List.of(TableId.of(table))));
        for (int i = 0; i + 1 < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        return props;
    }

    /**
     * An hour ago plus {@code seconds}, with microseconds, so every database's clock is past it and the
     * timestamp modes' upper bound lets it through.
     */
    static Timestamp past(double seconds) {
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        return Timestamp.from(base.plusNanos(Math.round(seconds * 1_000_000) * 1_000L).plusNanos(123_000));
    }
}
