/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro.registry;

import java.util.List;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

/**
 * How to reach a registry.
 *
 * @param urls            tried in turn when one cannot be reached
 * @param userInfo        {@code user:password} for HTTP basic authentication; null to take it from the URL, if any
 * @param sslFactory      sockets for {@code https} URLs from the {@code schema.registry.ssl.*} settings; null for
 *                        the JVM's defaults
 * @param verifyHostnames false when {@code schema.registry.ssl.endpoint.identification.algorithm} is empty
 * @param timeoutMs       connect and read timeout of each request
 */
public record RegistrySettings(List<String> urls, String userInfo, SSLSocketFactory sslFactory,
                               boolean verifyHostnames, int timeoutMs) {

    public RegistrySettings {
        urls = List.copyOf(urls);
    }

    void configure(HttpsURLConnection connection) {
        if (sslFactory != null) {
            connection.setSSLSocketFactory(sslFactory);
        }
        if (!verifyHostnames) {
            connection.setHostnameVerifier((host, session) -> true);
        }
    }
}
