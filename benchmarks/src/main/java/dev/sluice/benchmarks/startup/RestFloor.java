/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.startup;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.LoggerFactory;

/**
 * A process that does nothing but what every worker must before {@code GET /connectors} can answer: configure
 * logback, then start Jersey as a servlet on Jetty with Jackson writing the body. No Kafka client, no plugin, no
 * store: the time from its launch to its first 200 is a floor no worker on this stack can go below.
 *
 * <pre>java -cp 'rest-floor.jar:libs/*' dev.sluice.benchmarks.startup.RestFloor PORT</pre>
 */
public final class RestFloor {

    private RestFloor() {
    }

    /** The one resource: an empty connector list, as a worker without connectors answers. */
    @Path("/connectors")
    public static final class EmptyConnectors {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<String> list() {
            return List.of();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RestFloor PORT");
            System.exit(2);
        }
        // The worker's first log line configures logback; so does this one.
        LoggerFactory.getLogger(RestFloor.class).info("starting the REST floor on port {}", args[0]);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        ResourceConfig application = new ResourceConfig();
        application.register(new JacksonJsonProvider());
        application.register(EmptyConnectors.class);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.addServlet(new ServletHolder(new ServletContainer(application)), "/*");
        server.setHandler(context);
        server.start();
        server.join();
    }
}
