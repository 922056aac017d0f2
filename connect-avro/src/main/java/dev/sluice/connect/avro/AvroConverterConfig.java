/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import dev.sluice.connect.avro.registry.RegistrySettings;
import dev.sluice.connect.avro.registry.SslSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** The settings of {@link AvroConverter}: the keys and defaults of Confluent's Avro converter. */
final class AvroConverterConfig extends AbstractConfig {

    static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    static final String REGISTRY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
    static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    static final String USE_LATEST_VERSION = "use.latest.version";
    static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
    static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    static final String SCHEMAS_CACHE_CONFIG = "schemas.cache.config";
    static final String ENHANCED_AVRO_SCHEMA_SUPPORT = "enhanced.avro.schema.support";
    static final String CONNECT_META_DATA = "connect.meta.data";
    static final String SCRUB_INVALID_NAMES = "scrub.invalid.names";
    static final String AVRO_USE_LOGICAL_TYPE_CONVERTERS = "avro.use.logical.type.converters";
    static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";
    static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";

    private static final String TOPIC_NAME_STRATEGY = SubjectNameStrategy.TOPIC_NAME.className();

    static final ConfigDef CONFIG_DEF = SslSettings.define(new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "Comma-separated URLs of the schema registry (Confluent's REST API); tried in turn when one"
                            + " cannot be reached")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, "URL",
                    ConfigDef.ValidString.in("URL", "USER_INFO"), Importance.MEDIUM,
                    "Where HTTP basic credentials come from: URL (user:password@ in the URL, if any) or USER_INFO"
                            + " (basic.auth.user.info)")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.MEDIUM,
                    "user:password for basic.auth.credentials.source=USER_INFO")
            .define(REGISTRY_BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.LOW,
                    "Another name for basic.auth.user.info")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register a record's schema when the subject does not have it yet; when false the schema must"
                            + " already be registered")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Write with the subject's newest schema instead of the record's own (auto.register.schemas must"
                            + " then be false)")
            .define(LATEST_COMPATIBILITY_STRICT, Type.BOOLEAN, true, Importance.LOW,
                    "With use.latest.version: refuse when the newest schema cannot read data of the record's schema")
            .define(LATEST_CACHE_TTL_SEC, Type.LONG, -1L, Importance.LOW,
                    "How long the newest schema of a subject is remembered; -1: until restart")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.MEDIUM,
                    "Subject of key schemas: TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy"
                            + " (io.confluent.kafka.serializers.subject.*)")
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.MEDIUM,
                    "Subject of value schemas, as key.subject.name.strategy")
            .define(SCHEMAS_CACHE_CONFIG, Type.INT, 1000, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "How many Connect and Avro schemas each mapping direction remembers")
            .define(ENHANCED_AVRO_SCHEMA_SUPPORT, Type.BOOLEAN, false, Importance.LOW,
                    "Name a union's fields after the full names of its named branches")
            .define(CONNECT_META_DATA, Type.BOOLEAN, true, Importance.LOW,
                    "Write connect.name, connect.version, connect.doc, connect.parameters and connect.default into"
                            + " Avro schemas")
            .define(SCRUB_INVALID_NAMES, Type.BOOLEAN, false, Importance.LOW,
                    "Replace characters Avro does not allow in record and field names with underscores")
            .define(AVRO_USE_LOGICAL_TYPE_CONVERTERS, Type.BOOLEAN, false, Importance.LOW,
                    "Accepted for Confluent configs; Connect's logical types are always converted")
            .define(MAX_SCHEMAS_PER_SUBJECT, Type.INT, 1000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "How many schemas one subject may have in this converter before it refuses more")
            .define(REQUEST_TIMEOUT_MS, Type.INT, 30_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Connect and read timeout of each registry request"));

    AvroConverterConfig(Map<String, ?> props) {
        super(CONFIG_DEF, props);
        if (getBoolean(USE_LATEST_VERSION) && getBoolean(AUTO_REGISTER_SCHEMAS)) {
            throw new ConfigException(USE_LATEST_VERSION, true, "use.latest.version=true needs"
                    + " auto.register.schemas=false: a converter that writes with the newest schema does not"
                    + " register its own");
        }
        List<String> urls = getList(SCHEMA_REGISTRY_URL);
        if (urls.isEmpty()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, urls, "at least one schema registry URL is required");
        }
    }

    AvroMappingOptions mappingOptions() {
        return new AvroMappingOptions(getBoolean(CONNECT_META_DATA), getBoolean(ENHANCED_AVRO_SCHEMA_SUPPORT),
                getBoolean(SCRUB_INVALID_NAMES));
    }

    SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        String key = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
        return SubjectNameStrategy.named(key, getString(key));
    }

    RegistrySettings registrySettings() {
        String userInfo = null;
        if ("USER_INFO".equals(getString(BASIC_AUTH_CREDENTIALS_SOURCE).toUpperCase(Locale.ROOT))) {
            Password primary = getPassword(BASIC_AUTH_USER_INFO);
            Password alias = getPassword(REGISTRY_BASIC_AUTH_USER_INFO);
            userInfo = !primary.value().isEmpty() ? primary.value() : alias.value();
            if (userInfo.isEmpty()) {
                throw new ConfigException(BASIC_AUTH_USER_INFO, "[hidden]", "basic.auth.credentials.source=USER_INFO"
                        + " needs basic.auth.user.info as user:password");
            }
        }
        SslSettings ssl = new SslSettings(this);
        return new RegistrySettings(getList(SCHEMA_REGISTRY_URL), userInfo, ssl.socketFactory(),
                ssl.verifyHostnames(), getInt(REQUEST_TIMEOUT_MS));
    }
}
