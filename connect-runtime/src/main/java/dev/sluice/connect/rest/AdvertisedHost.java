/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name to advertise when a listener binds all interfaces and no host name was configured. */
final class AdvertisedHost {

    private AdvertisedHost() {
    }

    static String localHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
