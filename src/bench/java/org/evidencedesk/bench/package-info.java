/**
 * Made-up dockets and evidence for the benchmarks ({@code bench/generate-cases}, {@code bench/bundle-export}).
 * Built with the test classes from {@code src/bench/java}, so none of it ships in the war.
 */
package org.evidencedesk.bench;
