/** Real Kafka for tests: placeholder until the testkit lands. */
package dev.sluice.connect.testkit;
