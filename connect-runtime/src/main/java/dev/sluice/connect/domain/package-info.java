/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The words every package of the runtime shares: which task ({@link dev.sluice.connect.domain.ConnectorTaskId}),
 * what the user asked for ({@link dev.sluice.connect.domain.TargetState}), what an instance reports
 * ({@link dev.sluice.connect.domain.State}, {@link dev.sluice.connect.domain.ConnectorStatus},
 * {@link dev.sluice.connect.domain.TaskStatus}). Connector kinds are connect-api's
 * {@link org.apache.kafka.connect.health.ConnectorType}. Nothing here depends on any other runtime package.
 */
package dev.sluice.connect.domain;
