/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.rest.ssl.RestSslConfig;
import dev.sluice.connect.rest.ssl.RestSslContexts;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Makes the Jetty connector of one REST listener: plain HTTP, or TLS with the worker's REST SSL settings. */
final class ListenerConnectors {

    private ListenerConnectors() {
    }

    /**
     * A connector bound to {@code listener}'s host and port once the server starts.
     *
     * @throws org.apache.kafka.common.config.ConfigException for an HTTPS listener whose SSL settings are wrong
     */
    static ServerConnector create(Server jetty, RestListener listener, RestSslConfig ssl) {
        ServerConnector connector = listener.protocol().equals("https")
                ? new ServerConnector(jetty, new SslConnectionFactory(tls(ssl), HttpVersion.HTTP_1_1.asString()),
                        new HttpConnectionFactory(httpsConfiguration()))
                : new ServerConnector(jetty);
        connector.setHost(listener.host());
        connector.setPort(listener.port());
        connector.setName(listener.protocol() + "_" + (listener.host() == null ? "" : listener.host())
                + listener.port());
        return connector;
    }

    private static SslContextFactory.Server tls(RestSslConfig ssl) {
        // Built here, not by Jetty from paths, so a wrong path or password fails now with the key's name.
        SSLContext context = RestSslContexts.forServer(ssl);
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setSslContext(context);
        switch (ssl.clientAuth()) {
            case "required" -> factory.setNeedClientAuth(true);
            case "requested" -> factory.setWantClientAuth(true);
            default -> { }
        }
        if (!ssl.enabledProtocols().isEmpty()) {
            factory.setIncludeProtocols(ssl.enabledProtocols().toArray(String[]::new));
        }
        if (!ssl.cipherSuites().isEmpty()) {
            factory.setIncludeCipherSuites(ssl.cipherSuites().toArray(String[]::new));
        }
        return factory;
    }

    private static HttpConfiguration httpsConfiguration() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSecureScheme("https");
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // Whether the certificate names the host is the client's check (ssl.endpoint.identification.algorithm);
        // the server answers requests addressed by IP or by any alias of the machine.
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        return http;
    }
}
