package io.dtaolab.experiment;

import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where {@link RunPipeline#run} writes a run and what goes in besides the reports and manifest: series.csv and
 * events.jsonl when the strategy asks for them, or neither for the many small directories of a multi-seed run.
 */
public record RunDirectory(Path path, String strategySha256, boolean series, boolean events) {

    /** The directory a strategy's outputs section asks for; {@code strategySource} is the file as submitted. */
    public static RunDirectory of(Path path, byte[] strategySource, StrategySpec spec) {
        return new RunDirectory(path, sha256(strategySource), spec.outputs().series(), spec.outputs().events());
    }

    /** Reports and manifest only. */
    public static RunDirectory reportsOnly(Path path, String strategySha256) {
        return new RunDirectory(path, strategySha256, false, false);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
