/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Plugin isolation: parses {@code plugin.path} into plugin locations, gives each location its own child-first
 * {@link dev.sluice.connect.isolation.PluginClassLoader} (the Connect API, Kafka clients, SLF4J and the JDK always
 * come from the worker), discovers plugins through service manifests and class scanning as {@code plugin.discovery}
 * asks, keeps several versions of one plugin side by side, resolves aliases, and instantiates plugins with their own
 * loader as the thread context classloader. See docs/plugin-isolation.md for the exact rules.
 */
package dev.sluice.connect.isolation;
