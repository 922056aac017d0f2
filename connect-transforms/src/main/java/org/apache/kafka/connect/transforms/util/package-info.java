/**
 * Helpers shared by the single message transforms (schema copying, requirement checks, simple configs). The
 * transforms themselves live in {@code org.apache.kafka.connect.transforms} under Apache's class names, because
 * users name them in connector configs; they arrive with the transforms issue.
 */
package org.apache.kafka.connect.transforms.util;
