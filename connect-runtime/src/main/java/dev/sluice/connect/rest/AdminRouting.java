/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import java.util.Set;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps the {@code /admin} endpoints and the rest of the API apart when {@code admin.listeners} says so: a request
 * that arrives on a listener not meant for its path is answered 404, as if the path did not exist there.
 */
final class AdminRouting extends Handler.Wrapper {

    private static final String ADMIN_PATH = "/admin";

    private final AdminEndpoints admin;
    private final Set<Connector> adminConnectors;

    private AdminRouting(Handler handler, AdminEndpoints admin, Set<Connector> adminConnectors) {
        super(handler);
        this.admin = admin;
        this.adminConnectors = adminConnectors;
    }

    /** {@code handler} routed by {@code admin}; {@code handler} itself when the admin endpoints share the listeners. */
    static Handler wrap(Handler handler, AdminEndpoints admin, Set<Connector> adminConnectors) {
        return admin.separate() || admin.disabled() ? new AdminRouting(handler, admin, adminConnectors) : handler;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean adminPath = path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/");
        boolean adminListener = adminConnectors.contains(request.getConnectionMetaData().getConnector());
        boolean served = admin.disabled() ? !adminPath : adminPath == adminListener;
        if (!served) {
            Response.writeError(request, response, callback, 404);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
