/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static dev.sluice.connect.cli.HostileRequest.call;
import static dev.sluice.connect.cli.HostileRequest.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.cli.RawHttp.Reply;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10's bad-input suite: one real standalone worker, with one STOPPED connector whose offsets are set, is sent
 * the table of malformed and hostile requests below. Each gets its 4xx and a JSON error saying what is wrong;
 * afterwards the worker still serves and every stored thing — the connector list, the connector's config, status,
 * tasks and offsets, the logger levels — reads exactly as before.
 */
@WithSharedKafka
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRestRequestsTest {

    /** Small enough to send past quickly, large enough for a 900 KB connector config. */
    static final int BODY_LIMIT = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TICKING = TickingConnectors.TickingSourceConnector.class.getName();
    private static final String CONFIG = "{'connector.class':'" + TICKING + "','topic':'hostile'}";
    private static final String MALFORMED = "Malformed JSON in request body: ";
    private static final String INVALID = "Invalid JSON in request body: ";
    private static final String BAD_NAME = "Connector configuration is invalid and contains the following 1"
            + " error(s):\nInvalid value ";
    private static final String NOT_ADDRESSABLE = "the REST API cannot address a connector whose name contains";
    private static final String REFUSED = "Request refused by the HTTP server: ";
    private static final String NO_405 = "HTTP 405 Method Not Allowed: this path takes ";
    private static final String NOT_JSON = "Unsupported Media Type: send the request body as JSON with the header"
            + " 'Content-Type: application/json'";
    private static final String TOO_LARGE = "is larger than the limit of " + BODY_LIMIT + " bytes (worker setting"
            + " rest.request.body.max.bytes); send a smaller body, or raise the limit on every worker";
    private static final String NO_LEVEL = "Desired 'level' parameter was not specified in request.";
    private static final String OFFSETS = "/connectors/target/offsets";
    private static final String LOGGER = "/admin/loggers/hostile.logger";
    private static final String VALIDATE = "/connector-plugins/TickingSource/config/validate";
    private static final String OFFSET = "{'partition':{'ticker':'task-0'},'offset':{'position':%s}}";
    private static final List<String> STORED = List.of("/connectors", "/connectors?expand=status&expand=info",
            "/connectors/target", "/connectors/target/config", "/connectors/target/status",
            "/connectors/target/tasks", OFFSETS, "/connectors/target/topics", "/admin/loggers/root", LOGGER);

    @TempDir
    static Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StandaloneRuntime runtime;
    private static URI base;
    private static Map<String, String> before;

    static Stream<HostileRequest> hostileRequests() {
        return Stream.of(
                // Text that is not JSON, or not only JSON: 400 "Malformed JSON in request body: …".
                call("POST /connectors").json("{'name':'x','config':{").is(400, MALFORMED
                        + "Unexpected end-of-input: expected close marker for Object"),
                call("POST /connectors").json("{'name':'x").is(400, MALFORMED + "Unexpected end-of-input"),
                call("POST /connectors").json("{'name':'x','config':{'topic':'t',}}").is(400, MALFORMED
                        + "Unexpected character ('}' (code 125)): was expecting double-quote to start field name"),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted(1) + ",]}").is(400, MALFORMED
                        + "Unexpected character (']' (code 93)): expected a value"),
                call("POST /connectors").body("{'name':'x','config':{}}").is(400, MALFORMED
                        + "Unexpected character (''' (code 39)): was expecting double-quote to start field name"),
                call("POST /connectors").json("{name:'x'}").is(400, MALFORMED + "Unexpected character ('n'"),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted("NaN") + "]}").is(400, MALFORMED
                        + "Non-standard token 'NaN' (line 1, column 70)"),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted("-Infinity") + "]}").is(400,
                        MALFORMED + "Non-standard token '-Infinity' (line 1, column 76)"),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted("01") + "]}").is(400, MALFORMED
                        + "Invalid numeric value: Leading zeroes not allowed"),
                call("POST /connectors").json("/* a comment */ {'name':'x'}").is(400, MALFORMED
                        + "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (line 1, column 1)"),
                call("POST /connectors").json("{'name':'x' // a comment\n}").is(400, MALFORMED
                        + "Unexpected character ('/' (code 47)): maybe a (non-standard) comment?"),
                call("POST /connectors").json("{'name':\uFEFF'x'}").is(400, MALFORMED
                        + "Invalid UTF-8 start byte 0xbb (line 1, column 11)"),
                call("POST /connectors").body("\uFEFFname=x&config=y").is(400, MALFORMED
                        + "Unrecognized token 'name'"),
                call("POST /connectors").json("<connector name='x'/>").is(400, MALFORMED
                        + "Unexpected character ('<' (code 60))"),
                call("POST /connectors").json("{'name':'a\tb'}").is(400, MALFORMED
                        + "Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped"),
                call("POST /connectors").json("{'name':'\\q'}").is(400, MALFORMED
                        + "Unrecognized character escape 'q' (code 113)"),
                call("POST /connectors").body(bytes("{\"name\":\"", new byte[] {(byte) 0xC3, 0x28}, "\"}"))
                        .is(400, MALFORMED + "Invalid UTF-8 middle byte 0x28"),
                call("POST /connectors").body(bytes("", new byte[] {0, 0, 0, 0x7B, 0, 0, 0, 0x22}, ""))
                        .is(400, MALFORMED),
                call("PATCH " + OFFSETS).json("{'offsets':[{'partition':{'ticker':" + "[".repeat(10_000))
                        .is(400, INVALID + "Document nesting depth (1001) exceeds the maximum allowed (1000)"),
                call("POST /connectors").json("{'a':".repeat(10_000)).is(400, INVALID
                        + "Document nesting depth (1001) exceeds the maximum allowed (1000)"),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted("9".repeat(2_000)) + "]}")
                        .is(400, INVALID + "Number value length (2000) exceeds the maximum allowed (1000)"),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted("1e999999") + "]}").is(400,
                        "Failed to alter offsets: Offsets may only contain finite numbers, but field position is"
                                + " Infinity"),
                call("PUT " + LOGGER).json("{'" + "k".repeat(60_000) + "':'INFO'}").is(400, INVALID
                        + "Name length (60000) exceeds the maximum allowed (50000)"),
                call("POST /connectors").json("{'name':'x','name':'y','config':" + CONFIG + "}").is(400, MALFORMED
                        + "Duplicate field 'name'"),
                call("PUT /connectors/target/config").json("{'connector.class':'" + TICKING + "','topic':'a',"
                        + "'topic':'b'}").is(400, MALFORMED + "Duplicate field 'topic'"),
                call("PUT " + LOGGER).json("{'level':'INFO','level':'OFF'}").is(400, MALFORMED
                        + "Duplicate field 'level'"),
                call("PUT /connectors/target/config").json(CONFIG + " " + CONFIG).is(400, MALFORMED
                        + "Unexpected content after the end of the JSON value: a request body holds exactly one"
                        + " JSON value"),
                call("PUT " + LOGGER).json("{'level':'INFO'} garbage").is(400, MALFORMED
                        + "Unrecognized token 'garbage'"),
                // JSON of the wrong shape or type: 400 "Invalid JSON in request body: …", or what is missing.
                call("POST /connectors").body("").is(400, "Request body must be a JSON object with \"name\" and"
                        + " \"config\""),
                call("POST /connectors").body(" \n\t ").is(400, "Request body must be a JSON object"),
                call("POST /connectors").body("null").is(400, "Request body must be a JSON object"),
                call("POST /connectors").json("'connector'").is(400, INVALID),
                call("POST /connectors").json("42").is(400, INVALID),
                call("POST /connectors").json("[]").is(400, INVALID + "Cannot deserialize value of type"),
                call("POST /connectors").json("{}").is(400, "Connector config is required"),
                call("POST /connectors").json("{'name':{},'config':" + CONFIG + "}").is(400, INVALID
                        + "Cannot deserialize value of type `java.lang.String` from Object value"),
                call("POST /connectors").json("{'name':['x'],'config':" + CONFIG + "}").is(400, INVALID
                        + "Cannot deserialize value of type `java.lang.String` from Array value"),
                call("POST /connectors").json("{'name':'x','config':'connector.class=x'}").is(400, INVALID),
                call("POST /connectors").json("{'name':'x','config':[" + CONFIG + "]}").is(400, INVALID),
                call("POST /connectors").json("{'name':'x','config':5}").is(400, INVALID),
                call("POST /connectors").json("{'name':'x','config':null}").is(400, "Connector config is required"
                        + " (\"config\" is missing or null)"),
                call("POST /connectors").json("{'name':'x','config':{'topic':{}}}").is(400, INVALID
                        + "Cannot deserialize value of type `java.lang.String` from Object value"),
                call("POST /connectors").json("{'name':'x','config':{'topic':['a']}}").is(400, INVALID
                        + "Cannot deserialize value of type `java.lang.String` from Array value"),
                call("POST /connectors").json("{'name':'x','config':" + CONFIG + ",'initial_state':'NOPE'}")
                        .is(400, "from String \"NOPE\": not one of the values accepted for Enum class:"
                                + " [STOPPED, PAUSED, RUNNING]"),
                call("POST /connectors").json("{'name':'x','config':" + CONFIG + ",'initial_state':7}").is(400,
                        INVALID),
                call("POST /connectors").json("{'name':'x','config':" + CONFIG + ",'initial_state':{}}").is(400,
                        INVALID),
                call("POST /connectors").json("{'name':'x','config':" + CONFIG + ",'bogus':1}").is(400, INVALID
                        + "Unrecognized field \"bogus\""),
                call("POST /connectors").json("{'name':'x','configs':" + CONFIG + "}").is(400, INVALID
                        + "Unrecognized field \"configs\""),
                call("POST /connectors").json("{'name':'x','config':{'connector.class':'" + TICKING + "',"
                        + "'topic':null}}").is(400, "Invalid value null for configuration topic: a connector config"
                        + " value cannot be null; give it a value or leave the key out"),
                call("POST /connectors").json("{'name':'target','config':" + CONFIG + "}").is(409,
                        "Connector target already exists"),
                call("POST /connectors").json("{'name':'x','config':{'name':'y','connector.class':'" + TICKING
                        + "'}}").is(400, "Connector name configuration (y) doesn't match connector name in the URL"
                        + " (x)"),
                call("PUT /connectors/target/config").json("[]").is(400, INVALID),
                call("PUT /connectors/target/config").json("'topic=t'").is(400, INVALID),
                call("PUT /connectors/target/config").body("null").is(400, "Request body must be a JSON object of"
                        + " connector config keys"),
                call("PUT /connectors/target/config").json("{'connector.class':'" + TICKING + "','topic':{}}")
                        .is(400, INVALID + "Cannot deserialize value of type `java.lang.String` from Object value"),
                call("PUT /connectors/target/config").json("{'connector.class':'" + TICKING + "','topic':[]}")
                        .is(400, INVALID + "Cannot deserialize value of type `java.lang.String` from Array value"),
                call("PUT /connectors/target/config").json("{'connector.class':5,'topic':'t'}").is(400,
                        "Failed to find any class that implements Connector and which name matches 5"),
                call("PUT /connectors/target/config").json("{'name':'other','connector.class':'" + TICKING + "'}")
                        .is(400, "Connector name configuration (other) doesn't match connector name in the URL"
                                + " (target)"),
                call("PUT /connectors/target/config").json("{'connector.class':'" + TICKING + "','topic':'t',"
                        + "'tasks.max':'many'}").is(400, "Invalid value many for configuration tasks.max: Not a"
                        + " number of type INT"),
                call("PUT /connectors/target/config").json("{'connector.class':'" + TICKING + "','topic':'t',"
                        + "'tasks.max':0}").is(400, "Invalid value 0 for configuration tasks.max"),
                call("PUT /connectors/target/config").json("{'topic':'t'}").is(400, "Connector config {name=target,"
                        + " topic=t} contains no connector type"),
                call("PATCH /connectors/target/config").json("{'topic':{}}").is(400, INVALID),
                call("PATCH /connectors/target/config").json("[{'topic':'t'}]").is(400, INVALID),
                call("PATCH /connectors/target/config").body("").is(400, "Request body must be a JSON object of"
                        + " connector config keys"),
                call("PATCH /connectors/target/config").json("{'name':'other'}").is(400, "Connector name"
                        + " configuration (other) doesn't match connector name in the URL (target)"),
                call("PATCH /connectors/target/config").json("{'tasks.max':'zero'}").is(400, "Invalid value zero"
                        + " for configuration tasks.max: Not a number of type INT"),
                call("PATCH /connectors/target/config").json("{'connector.class':null}").is(400, "Connector config"
                        + " {name=target, topic=hostile} contains no connector type"),
                call("PATCH " + OFFSETS).json("{}").is(400, "Partitions / offsets need to be provided for an alter"
                        + " offsets request"),
                call("PATCH " + OFFSETS).json("{'offsets':[]}").is(400, "Partitions / offsets need to be provided"),
                call("PATCH " + OFFSETS).json("{'offsets':{}}").is(400, INVALID),
                call("PATCH " + OFFSETS).json("{'offsets':'all'}").is(400, INVALID),
                call("PATCH " + OFFSETS).json("{'offsets':[1]}").is(400, INVALID),
                call("PATCH " + OFFSETS).json("{'offsets':[{'partition':'p','offset':{}}]}").is(400, INVALID),
                call("PATCH " + OFFSETS).json("{'offsets':[{'partition':null,'offset':{'position':1}}]}").is(400,
                        "Source partitions may not be null"),
                call("PATCH " + OFFSETS).json("{'offsets':[{'partition':{'ticker':{'a':1}},'offset':{}}]}")
                        .is(400, "Offsets may only contain primitive types as values"),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted("[1]") + "]}").is(400,
                        "Offsets may only contain primitive types as values"),
                call("PATCH " + OFFSETS).json("{'offsets':[{'partition':{},'offset':{},'extra':1}]}").is(400,
                        INVALID + "Unrecognized field \"extra\""),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted(1) + "],'bogus':1}").is(400,
                        INVALID + "Unrecognized field \"bogus\""),
                call("PUT " + LOGGER).json("{}").is(400, NO_LEVEL),
                call("PUT " + LOGGER).json("{'level':null}").is(400, NO_LEVEL),
                call("PUT " + LOGGER).json("{'level':'NOPE'}").is(404, "invalid log level 'NOPE'."),
                call("PUT " + LOGGER).json("{'level':5}").is(404, "invalid log level '5'."),
                call("PUT " + LOGGER).json("{'level':''}").is(404, "invalid log level ''."),
                call("PUT " + LOGGER + "?scope=cluster").json("{'level':'LOUD'}").is(404, "invalid log level"
                        + " 'LOUD'."),
                call("PUT " + LOGGER).json("{'level':['INFO']}").is(400, INVALID),
                call("PUT " + LOGGER).json("{'level':{}}").is(400, INVALID),
                call("PUT " + LOGGER).json("['INFO']").is(400, INVALID),
                call("PUT " + LOGGER).json("'INFO'").is(400, INVALID),
                call("PUT " + LOGGER).json("{'level':'INFO','extra':'x'}").is(400, "Unknown field 'extra' in"
                        + " request body: the body is {\"level\": \"<level>\"} and nothing else"),
                call("PUT " + LOGGER).json("{'levle':'INFO'}").is(400, "Unknown field 'levle' in request body"),
                call("PUT " + VALIDATE).json("{}").is(400, "Connector config {} contains no connector type"),
                call("PUT " + VALIDATE).json("{'connector.class':'FileStreamSource'}").is(400, "Included connector"
                        + " type FileStreamSource does not match request type TickingSource"),
                call("PUT " + VALIDATE).json("[]").is(400, INVALID),
                call("PUT " + VALIDATE).json("{'connector.class':{}}").is(400, INVALID),
                call("PUT " + VALIDATE).body("").is(400, "Request body must be a JSON object of connector config"
                        + " keys"),
                call("PUT /connector-plugins/NoSuch/config/validate").json("{'connector.class':'NoSuch'}").is(400,
                        "Failed to find any class that implements Connector and which name matches NoSuch"),
                // Bodies over rest.request.body.max.bytes: 413 before anything reads them.
                call("POST /connectors").header("Content-Length: " + (BODY_LIMIT + 1)).is(413,
                        "Request body of " + (BODY_LIMIT + 1) + " bytes " + TOO_LARGE),
                call("PUT /connectors/target/config").header("Content-Length: 999999999999").is(413,
                        "Request body of 999999999999 bytes " + TOO_LARGE),
                call("PATCH " + OFFSETS).header("Content-Length: " + (BODY_LIMIT + 1)).is(413, TOO_LARGE),
                call("PUT " + LOGGER).header("Content-Length: " + (BODY_LIMIT + 1)).is(413, TOO_LARGE),
                call("POST /no/such/path").header("Content-Length: " + (BODY_LIMIT + 1)).is(413, TOO_LARGE),
                call("POST /connectors").header("Expect: 100-continue").header("Content-Length: " + (2 * BODY_LIMIT))
                        .is(413, TOO_LARGE),
                call("POST /connectors").json(bigConfig("x", BODY_LIMIT)).is(413, "Request body of "),
                call("POST /connectors").json(bigConfig("x", BODY_LIMIT)).chunked().is(413, "Request body (sent"
                        + " without Content-Length) " + TOO_LARGE),
                call("PUT /connectors/target/config").json(bigConfig("target", BODY_LIMIT)).chunked().is(413,
                        TOO_LARGE),
                // Connector names the REST API could never address again.
                call("POST /connectors").json(create("a/b")).is(400, BAD_NAME + "a/b for configuration name: "
                        + NOT_ADDRESSABLE + " '/'"),
                call("POST /connectors").json(create("a\\\\b")).is(400, NOT_ADDRESSABLE + " '\\'"),
                call("POST /connectors").json(create("50%")).is(400, NOT_ADDRESSABLE + " '%'"),
                call("POST /connectors").json(create("x;y")).is(400, NOT_ADDRESSABLE + " ';'"),
                call("POST /connectors").json(create("../../etc/passwd")).is(400, NOT_ADDRESSABLE + " '/'"),
                call("POST /connectors").json(create("..")).is(400, BAD_NAME + ".. for configuration name: the"
                        + " REST API cannot address a connector named '..'"),
                call("POST /connectors").json(create(".")).is(400, "cannot address a connector named '.'"),
                call("POST /connectors").json(create("")).is(400, "String may not be empty"),
                call("POST /connectors").json(create("   ")).is(400, "String may not be empty"),
                call("POST /connectors").json(create("a\\u0000b")).is(400, "String may not contain control"),
                call("POST /connectors").json(create("line\\nbreak")).is(400, "String may not contain control"),
                call("POST /connectors").json(create("del\\u007f")).is(400, "String may not contain control"),
                call("POST /connectors").json(create("x".repeat(10_000))).is(400, BAD_NAME + "x".repeat(40)
                        + "... for configuration name: a name of 10000 characters takes 10000 bytes in a URL,"
                        + " more than the 4096 the REST API can address; use a shorter name"),
                call("POST /connectors").json(create("名".repeat(500))).is(400, "a name of 500 characters takes"
                        + " 4500 bytes in a URL"),
                call("PUT /connectors/a%2Fb/config").json(CONFIG).is(400, REFUSED + "Ambiguous URI path separator"),
                call("PUT /connectors/..%2Ftarget/config").json(CONFIG).is(400, REFUSED + "Ambiguous URI path"
                        + " separator"),
                call("GET /connectors/%2e%2e/config").is(400, REFUSED + "Ambiguous URI path segment"),
                call("DELETE /connectors/%2E%2E").is(400, REFUSED + "Ambiguous URI path segment"),
                call("DELETE /connectors/target/..").is(404, "HTTP 404 Not Found"),
                call("GET /../../etc/passwd").is(400, REFUSED + "Bad Request: the request line or a header is not valid"
                        + " HTTP; check the URI's %-escapes and '..' segments"),
                call("GET /connectors/target%00").is(400, REFUSED + "Bad Request: the request line"),
                call("GET /connectors/a%5Cb").is(400, REFUSED + "Suspicious Path Character"),
                call("GET /connectors/a%zzb").is(400, REFUSED + "Bad Request: the request line"),
                call("GET /connectors/%C3%28").is(400, REFUSED + "Bad UTF-8 encoding"),
                call("GET //connectors").is(400, REFUSED + "Ambiguous URI empty segment"),
                call("GET /connectors/x%3By").is(404, "Connector x;y not found"),
                call("GET /connectors/a\u0001b").is(400, REFUSED + "Illegal character CNTL=0x1"),
                call("GET /connectors/nope").is(404, "Connector nope not found"),
                call("GET /connectors/%F0%9F%9A%80-nope").is(404, "Connector \uD83D\uDE80-nope not found"),
                // Query strings: too long for the HTTP server, or values the endpoint does not take.
                call("GET /connectors?expand=" + "x".repeat(9_000)).is(414, REFUSED + "URI Too Long"),
                call("GET /connectors?" + "a=1&".repeat(3_000)).is(414, REFUSED + "URI Too Long"),
                call("GET /connectors?expand=bogus").is(400, "Invalid value 'bogus' for query parameter 'expand':"
                        + " use expand=status, expand=info, or both (expand=status&expand=info)"),
                call("GET /connectors?expand=status&expand=STATUS").is(400, "Invalid value 'STATUS'"),
                call("GET /connectors?expand=status,info").is(400, "Invalid value 'status,info'"),
                call("GET /connectors?expand=").is(400, "Invalid value ''"),
                call("GET /connectors?" + "expand=status&".repeat(400) + "expand=x").is(400, "Invalid value 'x'"),
                call("GET /connectors?expand=%zz").is(400, "Invalid value '%zz' for query parameter 'expand'"),
                call("POST /connectors/target/restart?includeTasks=maybe").is(400, "Invalid value for query"
                        + " parameter 'includeTasks': 'maybe' is neither true nor false"),
                call("POST /connectors/target/restart?onlyFailed=1").is(400, "Invalid value for query parameter"
                        + " 'onlyFailed': '1' is neither true nor false"),
                call("PUT /connectors/target/resume?forward=notabool").is(400, "Invalid value for query parameter"
                        + " 'forward': 'notabool' is neither true nor false"),
                call("DELETE /connectors/target?forward=maybe").is(400, "query parameter 'forward'"),
                call("GET /connector-plugins?connectorsOnly=perhaps").is(400, "query parameter 'connectorsOnly'"),
                call("GET /connectors/target/tasks/abc/status").is(404, "Invalid value for path parameter 'task':"
                        + " 'abc' is not an integer from -2147483648 to 2147483647"),
                call("POST /connectors/target/tasks/99999999999/restart").is(404, "Invalid value for path"
                        + " parameter 'task': '99999999999' is not an integer"),
                call("POST /connectors/target/tasks/-1/restart").is(404, "target--1"),
                // Bodies that are not declared JSON: 415 saying how to send them.
                call("POST /connectors").json(create("typeless")).contentType(null).is(415, NOT_JSON),
                call("POST /connectors").json(create("plain")).contentType("text/plain").is(415, NOT_JSON),
                call("POST /connectors").body("name=x&config=y").contentType("application/x-www-form-urlencoded")
                        .is(415, NOT_JSON),
                call("POST /connectors").body("<connector/>").contentType("application/xml").is(415, NOT_JSON),
                call("POST /connectors").body("--x\r\n\r\n{}\r\n--x--").contentType("multipart/form-data;"
                        + " boundary=x").is(415, NOT_JSON),
                call("POST /connectors").json(create("patch")).contentType("application/json-patch+json").is(415,
                        NOT_JSON),
                call("POST /connectors").json(create("garbled")).contentType("json").is(415, NOT_JSON),
                call("POST /connectors").json(create("garbled")).contentType(";;").is(415, NOT_JSON),
                call("PUT /connectors/target/config").json(CONFIG).contentType("text/plain").is(415, NOT_JSON),
                call("PATCH " + OFFSETS).json("{'offsets':[" + OFFSET.formatted(1) + "]}").contentType("text/csv")
                        .is(415, NOT_JSON),
                call("PUT " + LOGGER).json("{'level':'DEBUG'}").contentType("text/plain").is(415, NOT_JSON),
                call("PUT " + VALIDATE).json(CONFIG).contentType("application/octet-stream").is(415, NOT_JSON),
                // Methods a path does not take: 405 naming the ones it does.
                call("DELETE /connector-plugins").is(405, NO_405 + "GET, HEAD, OPTIONS"),
                call("PUT /connectors").json(create("put")).is(405, NO_405 + "GET, HEAD, OPTIONS, POST"),
                call("POST /connectors/target").json(CONFIG).is(405, NO_405 + "DELETE, GET, HEAD, OPTIONS"),
                call("POST /connectors/target").json(CONFIG).header("X-HTTP-Method-Override: DELETE").is(405,
                        NO_405),
                call("PATCH /connectors/target/status").json("{}").is(405, NO_405 + "GET, HEAD, OPTIONS"),
                call("PUT " + OFFSETS).json("{'offsets':[" + OFFSET.formatted(1) + "]}").is(405, NO_405),
                call("POST " + OFFSETS).json("{'offsets':[" + OFFSET.formatted(1) + "]}").is(405, NO_405),
                call("GET /connectors/target/pause").is(405, NO_405 + "OPTIONS, PUT"),
                call("PUT /connectors/target/restart").is(405, NO_405 + "OPTIONS, POST"),
                call("DELETE /").is(405, NO_405),
                call("POST /admin/loggers").json("{'level':'INFO'}").is(405, NO_405),
                call("DELETE " + LOGGER).is(405, NO_405),
                call("PUT " + VALIDATE.replace("/validate", "")).json(CONFIG).is(405, NO_405),
                call("BREW /connectors").is(405, NO_405),
                call("HEAD /connectors/nope").is(404, null),
                call("GET /connectors").header("Accept: text/html").is(406, "HTTP 406 Not Acceptable: every answer"
                        + " of this API is application/json"),
                call("POST /connectors").json(create("xml-please")).header("Accept: application/xml").is(406,
                        "HTTP 406 Not Acceptable"),
                call("GET /connectors").header("Accept: ;;").is(406, "HTTP 406 Not Acceptable"),
                // Requests the HTTP server refuses before routing: headers too large, framing it cannot trust.
                call("GET /connectors").header("X-Big: " + "b".repeat(10_000)).is(431, REFUSED + "Request Header Fields"
                        + " Too Large"),
                call("GET /connectors").header(manyHeaders(300)).is(431, REFUSED + "Request Header Fields Too Large"),
                raw("GET /connectors without a Host header", "GET /connectors HTTP/1.1\r\nConnection: close\r\n\r\n")
                        .is(400, REFUSED + "No Host"),
                call("POST /connectors").json("{}").header("Content-Length: abc").is(400, REFUSED + "Invalid"
                        + " Content-Length Value"),
                call("POST /connectors").json("{}").header("Content-Length: -5").is(400, REFUSED + "Invalid"
                        + " Content-Length Value"),
                call("POST /connectors").json("{}").header("Content-Length: 2").header("Content-Length: 3").is(400,
                        REFUSED + "Multiple Content-Lengths"),
                call("POST /connectors").json("{}").header("Content-Length: 2").chunked().is(400, REFUSED
                        + "Transfer-Encoding and Content-Length"),
                raw("POST /connectors with a chunk size that is not hex", "POST /connectors HTTP/1.1\r\nHost: x\r\n"
                        + "Connection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "zz\r\n{}\r\n0\r\n\r\n").is(400, "The request body could not be read (Early EOF): send the"
                        + " whole body, as long as its Content-Length says or in well-formed chunks"),
                call("GET /connectors").header("No colon here").is(400, REFUSED + "Illegal character"),
                call("GET /connectors").header("X-Folded: a\r\n continued").is(400, REFUSED + "Line Folding not"
                        + " supported"),
                call("GET /connectors").header("X-Evil: a\u0001b").is(400, REFUSED + "Illegal character CNTL=0x1"),
                raw("a request line that is not HTTP", "HELLO\r\n\r\n").is(400, REFUSED + "No URI"));
    }

    @BeforeAll
    static void startWorkerWithOneStoppedConnector(KafkaEndpoint kafka) throws Exception {
        Map<String, String> props = StandaloneTestSettings.of(kafka, dir);
        props.put("rest.request.body.max.bytes", String.valueOf(BODY_LIMIT));
        runtime = StandaloneRuntime.start(props);
        base = runtime.rest().serverUrl();
        assertEquals(201, send("POST", "/connectors", json("{'name':'target','config':" + CONFIG
                + ",'initial_state':'STOPPED'}")).statusCode());
        HttpResponse<String> altered = send("PATCH", OFFSETS, json("{'offsets':[" + OFFSET.formatted(42) + "]}"));
        assertEquals(200, altered.statusCode(), altered.body());
        before = stored();
        assertTrue(before.get(OFFSETS).contains("\"position\":42"), before.get(OFFSETS));
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("hostileRequests")
    void isRefusedWithAClearMessage(HostileRequest request) throws IOException {
        Reply reply = RawHttp.exchange(base, request.bytes());
        assertEquals(request.status(), reply.status(), reply.statusLine() + "\n" + reply.body());
        if (request.isHead()) {
            assertEquals("", reply.body());
            return;
        }
        assertEquals("application/json", reply.header("Content-Type"), reply.body());
        JsonNode error = JSON.readTree(reply.body());
        assertEquals(request.status(), error.path("error_code").asInt(), reply.body());
        String message = error.path("message").asText();
        assertTrue(message.contains(request.message()), "expected a message with\n" + request.message()
                + "\nbut it was\n" + message);
    }

    @Order(2)
    @Test
    void afterwardsTheWorkerServesAndEverythingStoredReadsAsBefore() throws Exception {
        assertEquals(200, send("GET", "/", null).statusCode());
        assertEquals("[\"target\"]", send("GET", "/connectors", null).body());
        assertEquals(before, stored());
    }

    @Order(3)
    @Test
    void aUnicodeNameIsAcceptedAndCanBeAddressedAndDeleted() throws Exception {
        String name = "ünïcødé-名前-\uD83D\uDE80";
        HttpResponse<String> created = send("POST", "/connectors", json(create(name)));
        assertEquals(201, created.statusCode(), created.body());
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getRawPath();
        assertEquals("/connectors/" + URLEncoder.encode(name, StandardCharsets.UTF_8), path);
        HttpResponse<String> read = send("GET", path + "/config", null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(name, JSON.readTree(read.body()).path("name").asText());
        assertEquals(204, send("DELETE", path, null).statusCode());
        assertEquals("[\"target\"]", send("GET", "/connectors", null).body());
    }

    @Order(4)
    @Test
    void aConfigOf900KilobytesIsStillTakenWhole() throws Exception {
        String body = json(bigConfig("big", 900 * 1024).replace("}}", "},'initial_state':'STOPPED'}"));
        HttpResponse<String> created = send("POST", "/connectors", body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(900 * 1024, JSON.readTree(send("GET", "/connectors/big/config", null).body())
                .path("padding").asText().length());
        assertEquals(204, send("DELETE", "/connectors/big", null).statusCode());
    }

    @Order(5)
    @Test
    void headAnswersWithoutABodyAndOptionsListsTheMethods() throws Exception {
        HttpResponse<String> head = send("HEAD", "/connectors", null);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        HttpResponse<String> options = send("OPTIONS", "/connectors", null);
        assertEquals(200, options.statusCode(), options.body());
        assertEquals("GET,HEAD,OPTIONS,POST", String.join(",", new TreeSet<>(List.of(options.headers()
                .firstValue("Allow").orElse("").split(",\\s*")))));
    }

    @Order(6)
    @Test
    void aByteOrderMarkBeforeJsonIsAccepted() throws Exception {
        HttpResponse<String> validated = send("PUT", VALIDATE, "\uFEFF" + json(CONFIG.replace("{", "{'name':'bom',")));
        assertEquals(200, validated.statusCode(), validated.body());
        assertEquals(0, JSON.readTree(validated.body()).path("error_count").asInt(), validated.body());
    }

    /** What every read endpoint says about the stored state, by path. */
    private static Map<String, String> stored() throws IOException, InterruptedException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : STORED) {
            HttpResponse<String> response = send("GET", path, null);
            answers.put(path, response.statusCode() + " " + response.body());
        }
        return answers;
    }

    private static String create(String name) {
        return "{'name':'" + name + "','config':" + CONFIG + "}";
    }

    /** A create request whose config carries {@code size} characters of padding. */
    private static String bigConfig(String name, int size) {
        return "{'name':'" + name + "','config':{'connector.class':'" + TICKING + "','topic':'hostile',"
                + "'padding':'" + "p".repeat(size) + "'}}";
    }

    private static String manyHeaders(int count) {
        StringBuilder lines = new StringBuilder("X-Header-0: " + "v".repeat(50));
        for (int i = 1; i < count; i++) {
            lines.append("\r\nX-Header-").append(i).append(": ").append("v".repeat(50));
        }
        return lines.toString();
    }

    private static byte[] bytes(String prefix, byte[] middle, String suffix) {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] end = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    private static String json(String apostrophed) {
        return apostrophed.replace('\'', '"');
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
