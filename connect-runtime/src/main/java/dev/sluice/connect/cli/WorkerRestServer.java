/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.rest.RestServer;
import dev.sluice.connect.rest.RestServerConfig;
import dev.sluice.connect.rest.extension.RestExtensions;

/** The REST server of a worker of either mode: its listeners, SSL settings and {@code rest.extension.classes}. */
final class WorkerRestServer {

    private WorkerRestServer() {
    }

    /**
     * Loads and configures the REST extensions, then checks the listeners and their SSL settings.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the key of a wrong listener, SSL or extension
     *         setting
     */
    static RestServer create(WorkerConfig config, Plugins plugins) {
        RestExtensions extensions = RestExtensions.load(config.restExtensionClasses(), plugins, config.originals());
        return new RestServer(RestServerConfig.fromWorkerConfig(config), extensions);
    }
}
