/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.InvalidSignatureException;
import dev.sluice.connect.herder.NotLeaderException;
import dev.sluice.connect.herder.NotOwnerException;
import dev.sluice.connect.herder.RebalanceNeededException;
import dev.sluice.connect.rest.entities.ErrorMessage;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.AlreadyExistsException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns exceptions into HTTP answers, so every error body is {@code {"error_code","message"}}.
 * A body that is not JSON is the client's fault and gets a 400 (Apache answers 500 there).
 */
final class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);
    private static final Pattern SOURCE_EXCERPT = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    @Override
    public Response toResponse(Exception exception) {
        int status = statusOf(exception);
        if (status >= 500) {
            log.error("Uncaught exception in REST call", exception);
        } else {
            log.debug("REST request failed with {}", status, exception);
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(status, messageOf(exception)))
                .build();
    }

    static int statusOf(Throwable exception) {
        if (exception instanceof RestException rest) {
            return rest.statusCode();
        }
        if (exception instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        if (exception instanceof BadRequestException) {
            return 400;
        }
        if (exception instanceof NotFoundException) {
            return 404;
        }
        if (exception instanceof InvalidSignatureException) {
            return 403;
        }
        // NotLeader/NotOwner reach here only from endpoints that do not forward: the client may retry elsewhere.
        if (exception instanceof AlreadyExistsException || exception instanceof RebalanceNeededException
                || exception instanceof NotLeaderException || exception instanceof NotOwnerException) {
            return 409;
        }
        if (exception instanceof ConfigException || exception instanceof JsonProcessingException) {
            return 400;
        }
        return 500;
    }

    static String messageOf(Throwable exception) {
        if (exception instanceof JsonProcessingException json) {
            return malformedJsonMessage(json);
        }
        if (exception instanceof NotSupportedException) {
            return "Unsupported Media Type: send the request body as JSON with the header"
                    + " 'Content-Type: application/json'";
        }
        String message = exception.getMessage();
        return message != null ? message : exception.getClass().getName();
    }

    /**
     * Jackson's own message without the redacted source excerpts, plus where in the body it went wrong. Text that
     * is not JSON is "malformed"; JSON of the wrong shape (unknown field, array for object) is "invalid".
     */
    private static String malformedJsonMessage(JsonProcessingException json) {
        JsonProcessingException innermost = json;
        for (Throwable cause = json.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException nested) {
                innermost = nested;
            }
        }
        String kind = innermost instanceof JsonParseException ? "Malformed JSON" : "Invalid JSON";
        String text = SOURCE_EXCERPT.matcher(String.valueOf(innermost.getOriginalMessage()))
                .replaceAll("line $1, column $2");
        StringBuilder message = new StringBuilder(kind).append(" in request body: ").append(text);
        JsonLocation location = innermost.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message.append(" (line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        return message.toString();
    }
}
