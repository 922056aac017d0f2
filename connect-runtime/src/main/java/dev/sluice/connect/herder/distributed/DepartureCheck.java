/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, on the leader, whether a worker that left the group is gone for good, so that its work can move at once
 * instead of waiting {@code scheduled.rebalance.max.delay.ms} for it to come back: it stopped cleanly (its own
 * statuses say it runs nothing), or its process no longer exists (its REST port actively refuses connections). A
 * worker that cannot be reached at all may be behind a network partition, and keeps its grace period.
 */
public final class DepartureCheck implements Predicate<String> {

    private static final Logger log = LoggerFactory.getLogger(DepartureCheck.class);
    private static final int CONNECT_TIMEOUT_MS = 500;

    private final Predicate<String> stoppedCleanly;

    /** @param stoppedCleanly tells, by the worker's id ({@code host:port}), whether its statuses show nothing running */
    public DepartureCheck(Predicate<String> stoppedCleanly) {
        this.stoppedCleanly = stoppedCleanly;
    }

    @Override
    public boolean test(String url) {
        URI uri = URI.create(url);
        String workerId = uri.getHost() + ":" + uri.getPort();
        if (stoppedCleanly.test(workerId)) {
            log.info("Worker {} stopped cleanly; its work moves now", workerId);
            return true;
        }
        if (refusesConnections(uri)) {
            log.info("Worker {} is gone (its REST port refuses connections); its work moves now", workerId);
            return true;
        }
        return false;
    }

    private static boolean refusesConnections(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_TIMEOUT_MS);
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (SocketTimeoutException unreachable) {
            return false;
        } catch (IOException other) {
            return false;
        }
    }
}
