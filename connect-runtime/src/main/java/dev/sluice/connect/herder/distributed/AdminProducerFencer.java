/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.herder.ProducerFencer;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.connect.errors.ConnectException;

/** Fences producers with the Admin client's {@code fenceProducers}, on the cluster the connector's admin reaches. */
public final class AdminProducerFencer implements ProducerFencer {

    private final BiFunction<String, Map<String, String>, Map<String, Object>> adminSettings;
    private final Duration timeout;

    /** @param adminSettings a connector's admin client settings, from its name and config */
    public AdminProducerFencer(BiFunction<String, Map<String, String>, Map<String, Object>> adminSettings,
                               Duration timeout) {
        this.adminSettings = adminSettings;
        this.timeout = timeout;
    }

    @Override
    public void fence(String connector, Map<String, String> connectorConfig, Collection<String> transactionalIds) {
        if (transactionalIds.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(adminSettings.apply(connector, connectorConfig))) {
            admin.fenceProducers(transactionalIds).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectException("Could not fence out the producers " + transactionalIds + " of connector "
                    + connector + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ConnectException("Fencing out the producers " + transactionalIds + " of connector " + connector
                    + " took longer than " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while fencing out the producers of connector " + connector, e);
        }
    }
}
