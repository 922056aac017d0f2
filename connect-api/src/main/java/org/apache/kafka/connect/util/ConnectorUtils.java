/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.util;

import java.util.ArrayList;
import java.util.List;

/** Building blocks commonly needed by connector implementations. */
public class ConnectorUtils {

    public ConnectorUtils() {
    }

    /**
     * Splits {@code elements} into exactly {@code numGroups} contiguous groups whose sizes differ by at most one,
     * the larger groups first; surplus groups are empty. Contiguity keeps an ordered input ordered per group.
     *
     * @throws IllegalArgumentException if {@code numGroups} is not positive
     */
    public static <T> List<List<T>> groupPartitions(List<T> elements, int numGroups) {
        if (numGroups <= 0) {
            throw new IllegalArgumentException("Number of groups must be positive.");
        }
        int total = elements.size();
        int baseSize = total / numGroups;
        int largerGroups = total % numGroups;

        List<List<T>> groups = new ArrayList<>(numGroups);
        int start = 0;
        for (int group = 0; group < numGroups; group++) {
            int size = group < largerGroups ? baseSize + 1 : baseSize;
            // Copy, so callers may modify each group independently of the input and of each other.
            groups.add(new ArrayList<>(elements.subList(start, start + size)));
            start += size;
        }
        return groups;
    }
}
