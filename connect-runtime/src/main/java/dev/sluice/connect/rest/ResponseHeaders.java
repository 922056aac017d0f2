/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code response.http.headers.config}: headers added to every response, such as {@code X-Frame-Options} or
 * {@code Strict-Transport-Security}. Each rule is {@code [action] [name]:[value]}: {@code set} replaces the header,
 * {@code add} adds one more, and {@code setDate}/{@code addDate} do the same with a date that many milliseconds
 * from now. The rules were checked when the worker config was parsed.
 */
final class ResponseHeaders extends Handler.Wrapper {

    private enum Action { SET, ADD, SET_DATE, ADD_DATE }

    private record Rule(Action action, String name, String value) {

        static Rule parse(String rule) {
            String[] actionAndHeader = rule.trim().split("\\s+", 2);
            String header = actionAndHeader[1];
            int colon = header.indexOf(':');
            Action action = switch (actionAndHeader[0].toLowerCase(Locale.ROOT)) {
                case "set" -> Action.SET;
                case "add" -> Action.ADD;
                case "setdate" -> Action.SET_DATE;
                case "adddate" -> Action.ADD_DATE;
                default -> throw new IllegalArgumentException("Unknown header action in " + rule);
            };
            return new Rule(action, header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }

        void applyTo(HttpFields.Mutable headers) {
            switch (action) {
                case SET -> headers.put(name, value);
                case ADD -> headers.add(name, value);
                case SET_DATE -> headers.putDate(name, System.currentTimeMillis() + Long.parseLong(value));
                case ADD_DATE -> headers.addDateField(name, System.currentTimeMillis() + Long.parseLong(value));
            }
        }
    }

    private final List<Rule> rules;

    private ResponseHeaders(Handler handler, List<Rule> rules) {
        super(handler);
        this.rules = rules;
    }

    /** {@code handler} with the headers of {@code rules} on every response; {@code handler} itself without rules. */
    static Handler wrap(Handler handler, List<String> rules) {
        return rules.isEmpty() ? handler : new ResponseHeaders(handler, rules.stream().map(Rule::parse).toList());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        for (Rule rule : rules) {
            rule.applyTo(headers);
        }
        return super.handle(request, response, callback);
    }
}
