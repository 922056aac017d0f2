/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.rest.Entities;
import dev.sluice.connect.rest.HerderCalls;
import dev.sluice.connect.rest.entities.ConfigInfos;
import dev.sluice.connect.rest.entities.ConfigKeyInfo;
import dev.sluice.connect.rest.entities.PluginInfo;
import dev.sluice.connect.rest.entities.RecordPreviewInfo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /connector-plugins: what is installed, each plugin's config definition, and config validation. */
@Path("/connector-plugins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ConnectorPluginsResource {

    private final Herder herder;
    private final HerderCalls calls;

    /** Answers for {@code herder}, waiting through {@code calls}. */
    public ConnectorPluginsResource(Herder herder, HerderCalls calls) {
        this.herder = herder;
        this.calls = calls;
    }

    /** Connector plugins, or with {@code connectorsOnly=false} transformations, predicates and converters too. */
    @GET
    public List<PluginInfo> plugins(@QueryParam("connectorsOnly") @DefaultValue("true") boolean connectorsOnly) {
        return herder.plugins(connectorsOnly).stream().map(Entities::plugin).toList();
    }

    /** The config keys a plugin accepts. */
    @GET
    @Path("{pluginName}/config")
    public List<ConfigKeyInfo> pluginConfig(@PathParam("pluginName") String pluginName,
                                            @QueryParam("version") String version) {
        return herder.pluginConfig(pluginName, version).stream().map(ConfigKeyInfo::of).toList();
    }

    /**
     * Validates a connector config. The plugin in the path must agree with {@code connector.class} when the body
     * names one, since the body is what gets validated.
     */
    @PUT
    @Path("{pluginName}/config/validate")
    public ConfigInfos validate(@PathParam("pluginName") String pluginName, Map<String, String> config) {
        requireMatchingClass(pluginName, config);
        return Entities.configInfos(calls.await(herder.validateConnectorConfig(config)));
    }

    /**
     * Record preview (Sluice's own) of a config that need not be created: a source task from no offsets, or a sample
     * of a sink's topics, through the config's transformations and converters; nothing is written or committed. An
     * invalid config is a 400 with the validation errors.
     */
    @PUT
    @Path("{pluginName}/preview")
    public RecordPreviewInfo preview(@PathParam("pluginName") String pluginName,
                                     @QueryParam(PreviewQuery.LIMIT) Integer limit,
                                     @QueryParam(PreviewQuery.TIMEOUT_MS) Long timeoutMs,
                                     Map<String, String> config) {
        requireMatchingClass(pluginName, config);
        return RecordPreviewInfo.of(calls.await(herder.previewConfig(config, PreviewQuery.limits(limit, timeoutMs))));
    }

    private static void requireMatchingClass(String pluginName, Map<String, String> config) {
        if (config == null) {
            throw new BadRequestException("Request body must be a JSON object of connector config keys");
        }
        String connectorClass = config.get("connector.class");
        if (connectorClass == null || connectorClass.isBlank()) {
            // Printed in HashMap order, as Apache prints it ({name=x, topic=t}), not in the order it was sent.
            throw new BadRequestException("Connector config " + new HashMap<>(config) + " contains no connector type");
        }
        if (!matches(pluginName, connectorClass)) {
            throw new BadRequestException("Included connector type " + connectorClass
                    + " does not match request type " + pluginName);
        }
    }

    // A full class name in the body matches its simple-name alias in the path, and either without "Connector".
    private static boolean matches(String pathName, String configClass) {
        return shortName(pathName).equals(shortName(configClass));
    }

    private static String shortName(String name) {
        // A nested plugin class's alias is its simple name, so "Outer$Inner" matches "Inner".
        String simple = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
        return simple.endsWith("Connector") ? simple.substring(0, simple.length() - "Connector".length()) : simple;
    }
}
