/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of a table of bad requests: what is sent, byte for byte, and the status and message fragment the worker
 * must answer with. Bodies given to {@link #json} are written with {@code '} for {@code "}, which keeps the table
 * readable; a body that needs a real {@code '} goes through {@link #body(String)}.
 */
final class HostileRequest {

    private final String method;
    private final String target;
    private final List<String> headers = new ArrayList<>();
    private final String wholeRequest;
    private final String description;
    private String contentType;
    private byte[] body;
    private boolean chunked;
    private int status;
    private String message;

    private HostileRequest(String method, String target, String wholeRequest, String description) {
        this.method = method;
        this.target = target;
        this.wholeRequest = wholeRequest;
        this.description = description;
    }

    /** A request line such as {@code "POST /connectors"}; Host and {@code Connection: close} are added. */
    static HostileRequest call(String methodAndTarget) {
        int space = methodAndTarget.indexOf(' ');
        return new HostileRequest(methodAndTarget.substring(0, space), methodAndTarget.substring(space + 1), null,
                null);
    }

    /** A request written out whole (it must say {@code Connection: close}), described by {@code description}. */
    static HostileRequest raw(String description, String request) {
        return new HostileRequest(null, null, request, description);
    }

    /** A JSON body with {@code '} standing for {@code "}, sent as {@code application/json}. */
    HostileRequest json(String apostrophed) {
        return body(apostrophed.replace('\'', '"'));
    }

    /** A body exactly as given, in UTF-8, sent as {@code application/json}. */
    HostileRequest body(String literal) {
        return body(literal.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest body(byte[] bytes) {
        this.body = bytes;
        if (contentType == null) {
            contentType = "application/json";
        }
        return this;
    }

    /** Another Content-Type, or none for null. */
    HostileRequest contentType(String type) {
        this.contentType = type;
        return this;
    }

    HostileRequest header(String line) {
        headers.add(line);
        return this;
    }

    /** Sends the body with {@code Transfer-Encoding: chunked} instead of a Content-Length. */
    HostileRequest chunked() {
        this.chunked = true;
        return this;
    }

    /** The answer expected: {@code status}, and a JSON error whose message contains {@code messagePart}. */
    HostileRequest is(int expectedStatus, String messagePart) {
        this.status = expectedStatus;
        this.message = messagePart;
        return this;
    }

    int status() {
        return status;
    }

    String message() {
        return message;
    }

    boolean isHead() {
        return "HEAD".equals(method);
    }

    /** The request on the wire. */
    byte[] bytes() {
        if (wholeRequest != null) {
            return wholeRequest.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n");
        if (body != null && contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        headers.forEach(line -> head.append(line).append("\r\n"));
        boolean framed = headers.stream().map(line -> line.toLowerCase(Locale.ROOT))
                .anyMatch(line -> line.startsWith("content-length:") || line.startsWith("transfer-encoding:"));
        byte[] content = body == null ? new byte[0] : body;
        if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
            content = RawHttp.chunked(content, 64 * 1024);
        } else if (!framed) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** The row as a test name: method, target, headers and body, shortened, with control characters escaped. */
    @Override
    public String toString() {
        if (description != null) {
            return description;
        }
        StringBuilder text = new StringBuilder(method).append(' ').append(shortened(target));
        headers.forEach(line -> text.append(" [").append(shortened(line)).append(']'));
        if (body != null && !"application/json".equals(contentType)) {
            text.append(" [Content-Type: ").append(contentType).append(']');
        }
        if (chunked) {
            text.append(" [chunked]");
        }
        if (body != null) {
            text.append(' ').append(shortened(new String(body, StandardCharsets.UTF_8)));
        }
        return text.toString();
    }

    private static String shortened(String text) {
        String cut = text.length() <= 70 ? text : text.substring(0, 60) + "…(" + text.length() + " chars)";
        StringBuilder escaped = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0xFEFF) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
