package io.dtaolab.app.runs;

import io.dtaolab.scenario.LoadResult;

/** A strategy file of the catalog: its name (from the file), file name, bytes and what loading it gave. */
public record ShippedStrategy(String name, String fileName, byte[] content, LoadResult result) {
}
