/**
 * JMH benchmarks (run with the {@code bench} profile; figures in {@code docs/performance.md}).
 */
package org.sahifa.bench;
