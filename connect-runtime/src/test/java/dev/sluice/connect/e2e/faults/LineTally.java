/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.faults;

/**
 * How often each of the lines {@code line-0000000} … arrived somewhere (a topic, a sink's file): what is missing and
 * what came more than once.
 */
final class LineTally {

    private final int[] copies;
    private long records;
    private int distinct;

    LineTally(int lines) {
        this.copies = new int[lines];
    }

    /** Counts one arrival of the line named in {@code text}, e.g. {@code line-0001234} or {@code "line-0001234"}. */
    void add(String text) {
        int start = text.indexOf("line-") + "line-".length();
        int line = Integer.parseInt(text.substring(start, start + 7));
        if (copies[line]++ == 0) {
            distinct++;
        }
        records++;
    }

    /** Takes over another tally's counts (a file counted afresh). */
    void replaceWith(LineTally other) {
        System.arraycopy(other.copies, 0, copies, 0, copies.length);
        records = other.records;
        distinct = other.distinct;
    }

    boolean complete() {
        return distinct == copies.length;
    }

    long records() {
        return records;
    }

    int distinct() {
        return distinct;
    }

    int missing() {
        return copies.length - distinct;
    }

    /** Arrivals beyond the first, over all lines. */
    long duplicates() {
        return records - distinct;
    }

    int firstMissing() {
        for (int line = 0; line < copies.length; line++) {
            if (copies[line] == 0) {
                return line;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return records + " records, " + distinct + " distinct lines, " + duplicates() + " duplicates, " + missing()
                + " missing";
    }
}
