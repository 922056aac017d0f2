/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class PluginVersionTest {

    @Test
    void numericSegmentsCompareNumerically() {
        assertTrue(PluginVersion.compare("1.10.0", "1.9.0") > 0);
        assertTrue(PluginVersion.compare("2.0", "10.0") < 0);
        assertTrue(PluginVersion.compare("1.0.1", "1.0") > 0);
    }

    @Test
    void trailingZerosAndReleaseMarkersDoNotMatter() {
        assertEquals(0, PluginVersion.compare("1", "1.0.0"));
        assertEquals(0, PluginVersion.compare("1.0", "1.0-final"));
        assertEquals(0, PluginVersion.compare("1.0-GA", "1"));
    }

    @Test
    void preReleasesSortBeforeTheRelease() {
        List<String> versions = new ArrayList<>(List.of("1.0", "1.0-sp1", "1.0-SNAPSHOT", "1.0-rc1", "1.0-beta",
                "1.0-alpha-2", "1.0-alpha-1", "1.0-M1"));
        versions.sort(PluginVersion.COMPARATOR);
        assertEquals(List.of("1.0-alpha-1", "1.0-alpha-2", "1.0-beta", "1.0-M1", "1.0-rc1", "1.0-SNAPSHOT", "1.0",
                "1.0-sp1"), versions);
    }

    @Test
    void undefinedSortsBelowEveryNumberedVersion() {
        assertTrue(PluginVersion.compare("undefined", "0.0.1") < 0);
        assertTrue(PluginVersion.compare("3.0", "undefined") > 0);
    }

    @Test
    void aPlainVersionRequirementMatchesOnlyEqualVersions() {
        VersionRange exact = VersionRange.parse("1.2");
        assertTrue(exact.contains("1.2.0"));
        assertFalse(exact.contains("1.2.1"));
        assertTrue(VersionRange.parse(null).contains("anything"));
        assertTrue(VersionRange.parse(" ").isAny());
    }

    @Test
    void rangesHonourInclusiveAndExclusiveBounds() {
        VersionRange range = VersionRange.parse("[1.0,2.0)");
        assertTrue(range.contains("1.0"));
        assertTrue(range.contains("1.99"));
        assertFalse(range.contains("2.0"));
        assertFalse(range.contains("0.9"));
        assertTrue(VersionRange.parse("(1.0,]").contains("7"));
        assertFalse(VersionRange.parse("(1.0,]").contains("1.0"));
        assertTrue(VersionRange.parse("[1.5]").contains("1.5.0"));
        assertFalse(VersionRange.parse("[1.5]").contains("1.6"));
        // As in Maven, a pre-release of the upper bound is below it.
        assertTrue(range.contains("2.0-SNAPSHOT"));
    }

    @Test
    void malformedRangesAreRejected() {
        for (String bad : List.of("[1.0,2.0", "[1,2,3]", "(1.0)", "[]")) {
            ConfigException e = assertThrows(ConfigException.class, () -> VersionRange.parse(bad), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }
}
