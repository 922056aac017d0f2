/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.ForbiddenException;
import dev.sluice.connect.herder.InvalidSignatureException;
import dev.sluice.connect.herder.NotLeaderException;
import dev.sluice.connect.herder.NotOwnerException;
import dev.sluice.connect.herder.RebalanceNeededException;
import dev.sluice.connect.rest.entities.ErrorMessage;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.AlreadyExistsException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns exceptions into HTTP answers, so every error body is {@code {"error_code","message"}}.
 * A body that is not JSON is the client's fault and gets a 400 (Apache answers 500 there).
 */
final class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);
    private static final Pattern SOURCE_EXCERPT = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    /** The 415 message: what to send instead. */
    static final String SEND_JSON = "Unsupported Media Type: send the request body as JSON with the header"
            + " 'Content-Type: application/json'";
    /**
     * Jackson's advice on its own settings (where a limit comes from, which parser feature would allow NaN or
     * comments), which means nothing to a REST client and could read as advice to it.
     */
    private static final Pattern PARSER_SETTINGS = Pattern.compile(", from `[^`]*`|: enable `[^`]*` to allow"
            + "| \\(not recognized as one since Feature '[^']*' not enabled for parser\\)");

    @Override
    public Response toResponse(Exception exception) {
        int status = statusOf(exception);
        if (status >= 500) {
            log.error("Uncaught exception in REST call", exception);
        } else {
            log.debug("REST request failed with {}", status, exception);
        }
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(status, messageOf(exception)));
        if (exception instanceof NotAllowedException notAllowed) {
            // Keep the Allow header: it is how a client finds out what the path takes.
            response.allow(allowedMethods(notAllowed));
        }
        return response.build();
    }

    static int statusOf(Throwable exception) {
        if (exception instanceof RestException rest) {
            return rest.statusCode();
        }
        // JAX-RS answers 404 for a query parameter it cannot read; the path exists, the value is wrong.
        if (exception instanceof ParamException.QueryParamException) {
            return 400;
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
        if (exception instanceof InvalidSignatureException || exception instanceof ForbiddenException) {
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
            return SEND_JSON;
        }
        if (exception instanceof ParamException param) {
            return parameterMessage(param);
        }
        if (exception instanceof NotAllowedException notAllowed) {
            return "HTTP 405 Method Not Allowed: this path takes " + String.join(", ", allowedMethods(notAllowed));
        }
        if (exception instanceof NotAcceptableException) {
            return "HTTP 406 Not Acceptable: every answer of this API is application/json; accept it, or send no"
                    + " Accept header";
        }
        String message = exception.getMessage();
        return message != null ? message : exception.getClass().getName();
    }

    /** Jersey's list, plus HEAD wherever GET is allowed, since Jersey answers HEAD for every GET (as OPTIONS says). */
    private static Set<String> allowedMethods(NotAllowedException notAllowed) {
        Set<String> allowed = new TreeSet<>(notAllowed.getResponse().getAllowedMethods());
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    private static String parameterMessage(ParamException param) {
        String kind = param.getParameterType() == QueryParam.class ? "query"
                : param.getParameterType() == PathParam.class ? "path"
                : param.getParameterType().getSimpleName();
        Throwable cause = param.getCause();
        String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : "it cannot be read";
        return "Invalid value for " + kind + " parameter '" + param.getParameterName() + "': " + reason;
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
        text = PARSER_SETTINGS.matcher(text).replaceAll("");
        StringBuilder message = new StringBuilder(kind).append(" in request body: ").append(text);
        JsonLocation location = innermost.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message.append(" (line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        return message.toString();
    }
}
