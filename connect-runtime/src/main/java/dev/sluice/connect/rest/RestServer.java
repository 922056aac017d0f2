/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.rest.extension.RestExtensions;
import dev.sluice.connect.rest.resources.ConnectorControlResource;
import dev.sluice.connect.rest.resources.ConnectorPluginsResource;
import dev.sluice.connect.rest.resources.ConsoleResource;
import dev.sluice.connect.rest.resources.ConnectorsResource;
import dev.sluice.connect.rest.resources.InternalTaskConfigsResource;
import dev.sluice.connect.rest.resources.LoggingResource;
import dev.sluice.connect.rest.resources.MetricsResource;
import dev.sluice.connect.rest.resources.OpenApiResource;
import dev.sluice.connect.rest.resources.RootResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's REST API: Jetty with one connector per listener (HTTP, or HTTPS with the worker's REST SSL
 * settings), Jersey for routing and Jackson for bodies, plus whatever the configured REST extensions register.
 * Every request is logged in one access-log line through SLF4J, under a logger of its own ({@link #ACCESS_LOGGER}),
 * which {@code config/logback.xml} writes to {@code connect-access.log} rather than the worker's log.
 */
public final class RestServer implements AutoCloseable {

    /** The logger of the access log: one line per request. */
    public static final String ACCESS_LOGGER = "dev.sluice.connect.rest.access";

    private static final Logger log = LoggerFactory.getLogger(RestServer.class);
    private static final String ACCESS_LOG_FORMAT = CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}T";

    private final RestServerConfig config;
    private final List<RestListener> listeners;
    private final Server jetty;
    private final List<ServerConnector> connectors = new ArrayList<>();
    private final List<ServerConnector> adminConnectors = new ArrayList<>();
    private final Supplier<LoggerLevels> loggerLevels = LoggerLevels.lazily();
    private final RestExtensions extensions;
    private StartupGate gate;
    private MetricsResource.Source metrics;

    /** A server for {@code config} without extensions; listeners are checked now, ports are bound by {@link #start}. */
    public RestServer(RestServerConfig config) {
        this(config, RestExtensions.none());
    }

    /**
     * A server for {@code config} that registers {@code extensions} when it starts and closes them when it stops
     * (or now, if the listeners are invalid). Listeners and their SSL settings are checked now, ports are bound by
     * {@link #start}.
     *
     * @throws ConfigException naming the key when a listener or an HTTPS listener's SSL setting is wrong
     */
    public RestServer(RestServerConfig config, RestExtensions extensions) {
        this.config = config;
        this.extensions = extensions;
        this.jetty = new Server();
        try {
            this.listeners = config.listeners().stream().map(RestListener::parse).toList();
            if (listeners.isEmpty()) {
                throw new ConfigException("At least one REST listener is required");
            }
            for (RestListener listener : listeners) {
                ServerConnector connector = ListenerConnectors.create(jetty, listener, config.ssl());
                jetty.addConnector(connector);
                connectors.add(connector);
            }
            if (config.admin().separate()) {
                for (String url : config.admin().listeners()) {
                    ServerConnector connector = ListenerConnectors.create(jetty, RestListener.parse(url),
                            config.admin().ssl());
                    connector.setName("admin_" + connector.getName());
                    jetty.addConnector(connector);
                    adminConnectors.add(connector);
                }
            }
        } catch (RuntimeException e) {
            extensions.close();
            throw e;
        }
        jetty.setErrorHandler(new JsonErrorHandler());
        // No graceful wait: idle keep-alive connections would hold every stop for the whole timeout.
        jetty.setStopTimeout(0);
        CustomRequestLog accessLog = new CustomRequestLog(accessLogWriter(), ACCESS_LOG_FORMAT);
        jetty.setRequestLog(accessLog);
    }

    /** Serves {@code metrics} at {@code GET /metrics} in Prometheus' text format; call before starting. */
    public void exposeMetrics(MetricsResource.Source metrics) {
        this.metrics = metrics;
    }

    /** Binds the listeners and serves {@code herder}'s API until {@link #stop}. */
    public void start(Herder herder) {
        startHoldingRequests(herder);
        openRequests();
    }

    /**
     * Binds the listeners while the worker is still reading its stores: {@code GET /health} is answered at once
     * (503 "starting"), every other request waits for {@link #openRequests}.
     */
    public void startHoldingRequests(Herder herder) {
        gate = new StartupGate(config.requestTimeout());
        try {
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
            context.setContextPath("/");
            ResourceConfig application = application(herder);
            extensions.register(application, herder, config.requestTimeout());
            // Jetty makes this the context loader of every request it serves here (null keeps the worker's).
            context.setClassLoader(extensions.requestContextLoader());
            ServletHolder jersey = new ServletHolder(new ServletContainer(application));
            // Initialise Jersey while starting, not on the first request, so "started" means ready to answer.
            jersey.setInitOrder(0);
            context.addServlet(jersey, "/*");
            // Jersey's servlet reads the Content-Type before any filter runs; an unreadable one is refused first.
            Handler routed = AdminRouting.wrap(new UnreadableContentType(context), config.admin(),
                    Set.copyOf(adminConnectors));
            Handler root = ResponseHeaders.wrap(Cors.wrap(routed, config.allowOrigin(), config.allowMethods()),
                    config.responseHeaders());
            jetty.setHandler(root);
            jetty.start();
        } catch (Exception e) {
            stop();
            throw new ConnectException("Unable to start the REST server on " + config.listeners(), e);
        }
        log.info("REST server listening on {}, advertising {}", serverUrl(), advertisedUrl());
        if (!adminConnectors.isEmpty()) {
            log.info("Admin REST endpoints (/admin) listening on {}", adminUrls());
        }
    }

    /** Lets the requests {@link #startHoldingRequests} held through: the worker has read its stores. */
    public void openRequests() {
        if (gate != null) {
            gate.open();
        }
    }

    private ResourceConfig application(Herder herder) {
        HerderCalls calls = new HerderCalls(config.requestTimeout());
        // Unknown fields are rejected, as Apache does; they usually mean a typo in the request.
        ObjectMapper mapper = new ObjectMapper();
        ResourceConfig app = new ResourceConfig();
        app.register(new JacksonJsonProvider(mapper));
        app.register(new ErrorMapper());
        app.register(new RequestGuards(config.requestBodyMaxBytes()));
        app.register(gate);
        Forwarding forwarding = new Forwarding(new RequestForwarder(config.requestTimeout(), config.ssl()), mapper);
        ResourceInstances resources = new ResourceInstances(app);
        resources.add(new RootResource(herder, config.healthCheckTimeout()));
        resources.add(new ConnectorsResource(herder, calls, forwarding));
        resources.add(new ConnectorControlResource(herder, calls, forwarding));
        resources.add(new InternalTaskConfigsResource(herder, calls, forwarding));
        resources.add(new ConnectorPluginsResource(herder, calls));
        resources.add(new LoggingResource(loggerLevels, herder, calls));
        if (metrics != null) {
            resources.add(new MetricsResource(metrics));
        }
        resources.add(new ConsoleResource());
        resources.add(new OpenApiResource());
        // Our exception mapper writes the body of every error, including Jersey's own 404/405/415.
        app.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        app.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return app;
    }

    /**
     * Applies the cluster-wide logger levels the worker's config store reads to the levels /admin/loggers reports.
     */
    public ClusterLoggerLevels clusterLoggerLevels() {
        return new ClusterLoggerLevels(loggerLevels);
    }

    /** The URL this server actually listens on (first listener, bound port). */
    public URI serverUrl() {
        ServerConnector first = connectors.get(0);
        String host = first.getHost() == null ? "localhost" : first.getHost();
        return URI.create(listeners.get(0).protocol() + "://" + hostForUri(host) + ":" + first.getLocalPort() + "/");
    }

    /** The URLs of the {@code admin.listeners} once bound; empty when the admin endpoints have none of their own. */
    public List<URI> adminUrls() {
        List<URI> urls = new ArrayList<>();
        for (ServerConnector connector : adminConnectors) {
            String host = connector.getHost() == null ? "localhost" : connector.getHost();
            String scheme = connector.getDefaultConnectionFactory() instanceof SslConnectionFactory ? "https" : "http";
            urls.add(URI.create(scheme + "://" + hostForUri(host) + ":" + connector.getLocalPort() + "/"));
        }
        return urls;
    }

    /**
     * The URL other workers and status records use for this one: {@code rest.advertised.*} where set, else the
     * advertised listener's host (this machine's name when it binds all interfaces) and bound port.
     */
    public URI advertisedUrl() {
        int index = advertisedListenerIndex();
        RestListener listener = listeners.get(index);
        String host = config.advertisedHostName();
        if (host == null || host.isBlank()) {
            host = listener.host() != null ? listener.host() : AdvertisedHost.localHostName();
        }
        int port = config.advertisedPort() != null ? config.advertisedPort() : connectors.get(index).getLocalPort();
        return URI.create(listener.protocol() + "://" + hostForUri(host) + ":" + port + "/");
    }

    private int advertisedListenerIndex() {
        String wanted = config.advertisedListener();
        if (wanted == null || wanted.isBlank()) {
            return 0;
        }
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i).protocol().equalsIgnoreCase(wanted.trim())) {
                return i;
            }
        }
        return 0;
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Stops serving, then closes the REST extensions. */
    public void stop() {
        try {
            jetty.stop();
        } catch (Exception e) {
            log.warn("Error while stopping the REST server", e);
        }
        extensions.close();
    }

    @Override
    public void close() {
        stop();
    }

    private static Slf4jRequestLogWriter accessLogWriter() {
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(ACCESS_LOGGER);
        return writer;
    }
}
