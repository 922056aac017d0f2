/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeadersAddTest.FixedHeader;
import org.junit.jupiter.api.Test;

/** Lookups, removal, transforms and identity of a header collection, as observed on Apache 4.3.1. */
class ConnectHeadersTest {

    /** a=1, b=2, a=3, c=true, a=5 in that order. */
    private static ConnectHeaders sample() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("a", "1").addInt("b", 2).addString("a", "3").addBoolean("c", true).addString("a", "5");
        return headers;
    }

    private static List<String> keysAndValues(Iterable<Header> headers) {
        List<String> result = new ArrayList<>();
        for (Header header : headers) {
            result.add(header.key() + "=" + header.value());
        }
        return result;
    }

    private static List<String> keysAndValues(Iterator<Header> iterator) {
        List<Header> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return keysAndValues(all);
    }

    @Test
    void newCollectionIsEmpty() {
        ConnectHeaders headers = new ConnectHeaders();
        assertEquals(0, headers.size());
        assertTrue(headers.isEmpty());
        assertFalse(headers.iterator().hasNext());
        assertFalse(headers.allWithName("a").hasNext());
        assertNull(headers.lastWithName("a"));
        assertThrows(NoSuchElementException.class, () -> headers.iterator().next());
    }

    @Test
    void iterationFollowsInsertionOrderAndKeepsRepeatedKeys() {
        ConnectHeaders headers = sample();
        assertEquals(5, headers.size());
        assertFalse(headers.isEmpty());
        assertEquals(List.of("a=1", "b=2", "a=3", "c=true", "a=5"), keysAndValues(headers));
    }

    @Test
    void lastWithNameIsTheMostRecentlyAddedHeaderWithThatKey() {
        ConnectHeaders headers = sample();
        assertEquals("5", headers.lastWithName("a").value());
        assertSame(headers.lastWithName("a"), headers.lastWithName("a"));
        assertNull(headers.lastWithName("zz"));
    }

    @Test
    void allWithNameYieldsMatchingHeadersInOrder() {
        assertEquals(List.of("a=1", "a=3", "a=5"), keysAndValues(sample().allWithName("a")));
        assertEquals(List.of(), keysAndValues(sample().allWithName("zz")));
    }

    @Test
    void allWithNameAcceptsANullKeyAndMatchesNothing() {
        assertEquals(List.of(), keysAndValues(sample().allWithName(null)));
    }

    @Test
    void allWithNameIsReadOnlyAndLazy() {
        ConnectHeaders headers = sample();
        Iterator<Header> matches = headers.allWithName("a");
        matches.next();
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, matches::remove);
        assertEquals("Removal not supported", e.getMessage());

        Iterator<Header> stale = headers.allWithName("a");
        headers.addInt("a", 9);
        assertThrows(ConcurrentModificationException.class, stale::next);

        Iterator<Header> exhausted = sample().allWithName("c");
        exhausted.next();
        assertFalse(exhausted.hasNext());
        assertThrows(NoSuchElementException.class, exhausted::next);
    }

    @Test
    void iteratorOfAnEmptyCollectionDoesNotSeeLaterAdditions() {
        ConnectHeaders headers = new ConnectHeaders();
        Iterator<Header> all = headers.iterator();
        Iterator<Header> named = headers.allWithName("a");
        headers.addInt("a", 1);
        assertFalse(all.hasNext());
        assertFalse(named.hasNext());
    }

    @Test
    void iteratorSupportsRemovalAndFailsFastOnConcurrentChange() {
        ConnectHeaders headers = sample();
        Iterator<Header> iterator = headers.iterator();
        iterator.next();
        iterator.remove();
        assertEquals(List.of("b=2", "a=3", "c=true", "a=5"), keysAndValues(headers));

        Iterator<Header> stale = headers.iterator();
        stale.next();
        headers.addInt("z", 1);
        assertThrows(ConcurrentModificationException.class, stale::next);
    }

    @Test
    void keyBasedOperationsRejectANullKeyEvenWhenEmpty() {
        for (ConnectHeaders headers : List.of(new ConnectHeaders(), sample())) {
            assertEquals("Header key cannot be null",
                    assertThrows(NullPointerException.class, () -> headers.lastWithName(null)).getMessage());
            assertEquals("Header key cannot be null",
                    assertThrows(NullPointerException.class, () -> headers.remove(null)).getMessage());
            assertEquals("Header key cannot be null",
                    assertThrows(NullPointerException.class, () -> headers.retainLatest(null)).getMessage());
            assertEquals("Header key cannot be null",
                    assertThrows(NullPointerException.class, () -> headers.apply(null, h -> h)).getMessage());
        }
    }

    @Test
    void removeDropsEveryHeaderWithTheKey() {
        ConnectHeaders headers = sample();
        assertSame(headers, headers.remove("a"));
        assertEquals(List.of("b=2", "c=true"), keysAndValues(headers));
        headers.remove("zz");
        assertEquals(2, headers.size());
    }

    @Test
    void retainLatestForOneKeyKeepsOnlyItsLastHeaderInPlace() {
        ConnectHeaders headers = sample();
        assertSame(headers, headers.retainLatest("a"));
        assertEquals(List.of("b=2", "c=true", "a=5"), keysAndValues(headers));
        headers.retainLatest("zz");
        assertEquals(3, headers.size());
    }

    @Test
    void retainLatestKeepsTheLastHeaderOfEveryKeyInPlace() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addInt("a", 1).addInt("b", 1).addInt("a", 2).addInt("c", 1).addInt("b", 2).addInt("a", 3);
        assertSame(headers, headers.retainLatest());
        assertEquals(List.of("c=1", "b=2", "a=3"), keysAndValues(headers));
    }

    @Test
    void clearEmptiesTheCollection() {
        ConnectHeaders headers = sample();
        assertSame(headers, headers.clear());
        assertTrue(headers.isEmpty());
        assertEquals(0, headers.size());
        ConnectHeaders neverFilled = new ConnectHeaders();
        assertSame(neverFilled, neverFilled.clear());
    }

    @Test
    void applyReplacesEveryHeaderWithTheTransformResult() {
        ConnectHeaders headers = sample();
        assertSame(headers, headers.apply(h -> h.rename(h.key() + "x")));
        assertEquals(List.of("ax=1", "bx=2", "ax=3", "cx=true", "ax=5"), keysAndValues(headers));
    }

    @Test
    void applyDropsHeadersForWhichTheTransformReturnsNull() {
        ConnectHeaders headers = sample();
        headers.apply(h -> h.key().equals("a") ? null : h);
        assertEquals(List.of("b=2", "c=true"), keysAndValues(headers));
    }

    @Test
    void applyDoesNotValidateTheNewHeaders() {
        ConnectHeaders headers = sample();
        headers.apply(h -> h.with(Schema.INT32_SCHEMA, "notint"));
        for (Header header : headers) {
            assertEquals("notint", header.value());
            assertSame(Schema.INT32_SCHEMA, header.schema());
        }
    }

    @Test
    void applyForOneKeyOnlyTouchesThoseHeaders() {
        ConnectHeaders headers = sample();
        headers.apply("a", h -> h.with(Schema.INT32_SCHEMA, 42));
        assertEquals(List.of("a=42", "b=2", "a=42", "c=true", "a=42"), keysAndValues(headers));

        ConnectHeaders renamed = sample();
        renamed.apply("a", h -> h.rename("q"));
        assertEquals(List.of("q=1", "b=2", "q=3", "c=true", "q=5"), keysAndValues(renamed));

        ConnectHeaders dropped = sample();
        dropped.apply("a", h -> null);
        assertEquals(List.of("b=2", "c=true"), keysAndValues(dropped));
    }

    @Test
    void nullTransformOnlyFailsOnceThereIsAHeaderToTransform() {
        assertEquals(0, new ConnectHeaders().apply((Headers.HeaderTransform) null).size());
        assertEquals(0, new ConnectHeaders().apply("k", null).size());
        assertEquals(5, sample().apply("zz", null).size());
        assertThrows(NullPointerException.class, () -> sample().apply((Headers.HeaderTransform) null));
        assertThrows(NullPointerException.class, () -> sample().apply("a", null));
    }

    @Test
    void foreignHeadersWithoutKeyBreakKeyMatchingExceptForLastWithNameAndRetainLatest() {
        Header keyless = new FixedHeader(null, null, null);
        assertThrows(NullPointerException.class, () -> new ConnectHeaders().add(keyless).addInt("a", 1)
                .allWithName("a").hasNext());
        assertThrows(NullPointerException.class, () -> new ConnectHeaders().addInt("a", 1).add(keyless).remove("a"));
        assertThrows(NullPointerException.class,
                () -> new ConnectHeaders().addInt("a", 1).add(keyless).apply("a", h -> null));
        assertEquals(1, new ConnectHeaders().addInt("a", 1).add(keyless).lastWithName("a").value());
        assertEquals(2, new ConnectHeaders().addInt("a", 1).add(keyless).add(keyless).retainLatest().size());
        assertEquals(2, new ConnectHeaders().addInt("a", 1).add(keyless).retainLatest("a").size());
    }

    @Test
    void copyConstructorAddsEachHeaderOfAnyIterable() {
        ConnectHeaders original = sample();
        List<Header> list = new ArrayList<>();
        original.forEach(list::add);
        ConnectHeaders fromList = new ConnectHeaders(list);
        assertEquals(original, fromList);
        list.add(new FixedHeader("x", null, null));
        assertEquals(5, fromList.size());

        assertTrue(new ConnectHeaders(null).isEmpty());
        List<Header> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("Unable to add a null header.",
                assertThrows(NullPointerException.class, () -> new ConnectHeaders(withNull)).getMessage());
    }

    @Test
    void duplicateIsAnIndependentCopyWithTheSameHeaderInstances() {
        ConnectHeaders original = sample();
        ConnectHeaders copy = original.duplicate();
        assertNotSame(original, copy);
        assertEquals(original, copy);
        assertSame(original.lastWithName("a"), copy.lastWithName("a"));
        copy.addInt("x", 1);
        original.remove("b");
        assertEquals(4, original.size());
        assertEquals(6, copy.size());
        Headers asInterface = original;
        assertEquals(ConnectHeaders.class, asInterface.duplicate().getClass());
    }

    @Test
    void equalityIsPositionalOverTheHeaders() {
        assertEquals(sample(), sample());
        assertEquals(new ConnectHeaders(), new ConnectHeaders());
        assertEquals(new ConnectHeaders(), sample().clear());
        assertNotEquals(new ConnectHeaders().addInt("a", 1).addInt("b", 2), new ConnectHeaders().addInt("b", 2).addInt("a", 1));
        assertNotEquals(new ConnectHeaders().addInt("a", 1), new ConnectHeaders().addInt("a", 1).addInt("a", 1));
        assertNotEquals(new ConnectHeaders().addInt("a", 1).addInt("b", 2), new ConnectHeaders().addInt("a", 1));
        assertEquals(new ConnectHeaders().addInt("a", 1), new ConnectHeaders() { }.addInt("a", 1));
        assertNotEquals(new ConnectHeaders(), "x");
        assertNotEquals(new ConnectHeaders(), null);
        // Byte arrays compare by identity.
        assertNotEquals(new ConnectHeaders().addBytes("k", new byte[] {1}), new ConnectHeaders().addBytes("k", new byte[] {1}));
    }

    @Test
    void hashCodeIsThatOfTheHeaderListWrappedInObjectsHash() {
        assertEquals(32, new ConnectHeaders().hashCode());
        assertEquals(32, sample().clear().hashCode());
        assertEquals(32, new ConnectHeaders().addInt("a", 1).remove("a").hashCode());
        List<Header> list = new ArrayList<>();
        sample().forEach(list::add);
        assertEquals(Objects.hash(list), sample().hashCode());
        assertEquals(sample().hashCode(), sample().duplicate().hashCode());
    }

    @Test
    void toStringListsTheHeadersOrNothingWhenNoneWasEverAdded() {
        assertEquals("ConnectHeaders(headers=)", new ConnectHeaders().toString());
        assertEquals("ConnectHeaders(headers=)", new ConnectHeaders(null).toString());
        assertEquals("ConnectHeaders(headers=)", new ConnectHeaders().duplicate().toString());
        assertEquals("ConnectHeaders(headers=)", new ConnectHeaders(sample().clear()).toString());
        assertEquals("ConnectHeaders(headers=[])", new ConnectHeaders(new ArrayList<>()).toString());
        assertEquals("ConnectHeaders(headers=[])", sample().clear().toString());
        assertEquals("ConnectHeaders(headers=[])", new ConnectHeaders().addInt("a", 1).remove("a").toString());
        assertEquals("ConnectHeaders(headers=[ConnectHeader(key=a, value=1, schema=Schema{STRING}), "
                + "ConnectHeader(key=b, value=2, schema=Schema{INT32}), "
                + "ConnectHeader(key=a, value=3, schema=Schema{STRING}), "
                + "ConnectHeader(key=c, value=true, schema=Schema{BOOLEAN}), "
                + "ConnectHeader(key=a, value=5, schema=Schema{STRING})])", sample().toString());
        assertEquals("ConnectHeaders(headers=[Fixed(x)])", new ConnectHeaders().add(new FixedHeader("x", null, null)).toString());
    }

    @Test
    void collectionIsReusableAfterClear() {
        ConnectHeaders headers = sample();
        headers.clear();
        headers.addString("k", "v");
        assertEquals(List.of("k=v"), keysAndValues(headers));
        assertEquals("ConnectHeaders(headers=[ConnectHeader(key=k, value=v, schema=Schema{STRING})])",
                headers.toString());
    }
}
