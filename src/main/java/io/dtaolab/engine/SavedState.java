package io.dtaolab.engine;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.state.GraphReader;
import io.dtaolab.engine.state.GraphWriter;
import io.dtaolab.engine.state.StateFormatException;
import io.dtaolab.scenario.StrategySpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A warmed world saved to a file, and read back: every run and sweep that starts from it skips the warm-up and steps
 * exactly as it would have after warming in-process (the reader rebuilds the whole object graph: chain, agents and
 * their random streams, wake schedule, signals, mempool). The file is a text header ({@link StateHeader}: format,
 * fingerprint, the code it was written by, sizes and a SHA-256 over header and payload) and a deflated payload
 * ({@link GraphWriter}). Loading checks, before it decodes anything: the format, the size limits, the checksum, and
 * that every class the world holds is byte for byte the class of this build.
 */
public final class SavedState {
    /** A state file larger than this is refused (mainnet-scale's 10,000-agent world: 0.6 MB, 7.2 MB inflated). */
    public static final long MAX_FILE_BYTES = 1L << 31;
    /** The inflated payload may be at most this large. */
    public static final long MAX_PAYLOAD_BYTES = 1L << 34;

    private final Path file;
    private final String sha256;
    private final StateHeader header;
    private final World world;

    private SavedState(Path file, String sha256, StateHeader header, World world) {
        this.file = file;
        this.sha256 = sha256;
        this.header = header;
        this.world = world;
    }

    /** Warms {@code spec}'s honest world under {@code mechanism} and writes it to {@code file}; returns its header. */
    public static StateHeader warmAndSave(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy ordering,
                                          Path file) throws IOException {
        World warm = WarmUp.world(spec, mechanism, seed, ordering, spec.warmupBlocks(mechanism), "warm");
        return save(warm, StateFingerprint.of(spec, mechanism, seed, ordering), file);
    }

    /** Writes {@code world} (between blocks, no listeners attached) atomically to {@code file}. */
    static StateHeader save(World world, StateFingerprint fingerprint, Path file) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 20);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        CountingOutputStream counted;
        GraphWriter writer;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                counted = new CountingOutputStream(new DeflaterOutputStream(deflated, deflater, 1 << 16)), 1 << 16))) {
            writer = new GraphWriter(out);
            try {
                writer.writeRoot(world);
            } catch (StateFormatException e) {
                throw new StateFileException(file, "this world cannot be saved: " + e.getMessage(), e);
            }
        } finally {
            deflater.end();
        }
        if (deflated.size() > MAX_FILE_BYTES - (1 << 20)) {
            throw new StateFileException(file, "the world takes " + deflated.size() + " bytes deflated, more than the "
                    + MAX_FILE_BYTES + " a state file may hold");
        }
        StateHeader header = StateHeader.of(fingerprint, world.network().block(), CodeDigest.of(writer.classes()),
                counted.count, deflated.size()).withChecksum(newSha256().digest(deflated.toByteArray()));
        byte[] headerBytes = header.text().getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(headerBytes);
                deflated.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stay
        }
        return header;
    }

    /**
     * Reads a state file: the header, the checks (size, checksum, code) and the world. Every problem is a
     * {@link StateFileException} naming the file.
     */
    public static SavedState load(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new StateFileException(file, "is " + size + " bytes, more than the " + MAX_FILE_BYTES
                        + " a state file may hold");
            }
            StateHeader header;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                header = StateHeader.read(file, in);
            }
            if (header.payloadBytes() > MAX_PAYLOAD_BYTES) {
                throw new StateFileException(file, "declares a payload of " + header.payloadBytes()
                        + " bytes, more than the " + MAX_PAYLOAD_BYTES + " allowed");
            }
            long expected = header.headerBytes() + header.deflatedBytes();
            if (size < expected) {
                throw new StateFileException(file, "is truncated: " + size + " bytes, the header announces " + expected);
            }
            if (size > expected) {
                throw new StateFileException(file, "has " + (size - expected) + " bytes after the payload (damaged file)");
            }
            String fileSha = verifyChecksum(file, header);
            List<String> changed = CodeDigest.changedClasses(header.classes());
            if (!changed.isEmpty()) {
                throw new StateFileException(file, "was written by other code: " + changed.size() + " class(es) differ from "
                        + "this build (" + String.join(", ", changed.subList(0, Math.min(5, changed.size())))
                        + (changed.size() > 5 ? ", ..." : "") + "); warm it again with this build (run --save-state)");
            }
            return new SavedState(file, fileSha, header, decode(file, header));
        } catch (NoSuchFileException e) {
            throw new StateFileException(file, "no such file");
        } catch (IOException e) {
            throw new StateFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String verifyChecksum(Path file, StateHeader header) throws IOException {
        MessageDigest payload = newSha256();
        MessageDigest whole = newSha256();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes((int) header.headerBytes());
            whole.update(head);
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                payload.update(buf, 0, n);
                whole.update(buf, 0, n);
            }
        }
        String expected = header.checksum();
        String actual = StateHeader.checksumOf(header, payload.digest());
        if (!expected.equals(actual)) {
            throw new StateFileException(file, "is damaged: its checksum is " + actual + ", the header says " + expected);
        }
        return java.util.HexFormat.of().formatHex(whole.digest());
    }

    private static World decode(Path file, StateHeader header) throws IOException {
        Inflater inflater = new Inflater();
        try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(header.headerBytes());
            CountingInputStream counted = new CountingInputStream(new InflaterInputStream(raw, inflater, 1 << 16));
            DataInputStream in = new DataInputStream(new BufferedInputStream(counted, 1 << 16));
            // buffered bytes are consumed as far as lengths are concerned: a bound, never an undercount of what is left
            Object root = new GraphReader(in, header.payloadBytes(), () -> Math.max(0, counted.count - (1 << 16))).readRoot();
            if (!(root instanceof World w)) {
                throw new StateFileException(file, "holds a " + (root == null ? "null" : root.getClass().getName())
                        + ", not a world");
            }
            return w;
        } catch (StateFormatException e) {
            throw new StateFileException(file, "cannot be decoded: " + e.getMessage(), e);
        } catch (java.util.zip.ZipException e) {
            throw new StateFileException(file, "is damaged: the payload does not inflate (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    public Path file() {
        return file;
    }

    /** SHA-256 of the whole file. */
    public String sha256() {
        return sha256;
    }

    public StateHeader header() {
        return header;
    }

    public StateFingerprint fingerprint() {
        return header.fingerprint();
    }

    /** What keeps {@code spec} (under {@code mechanism}, {@code seed}, {@code ordering}) from starting here; empty if nothing. */
    public List<String> mismatches(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy ordering) {
        return fingerprint().mismatches(StateFingerprint.of(spec, mechanism, seed, ordering));
    }

    /** Refuses, with every mismatch named, a run this state was not warmed for. */
    public void requireFits(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy ordering) {
        List<String> problems = mismatches(spec, mechanism, seed, ordering);
        if (!problems.isEmpty()) {
            throw new StateFileException(file, "was warmed for another run than " + spec.name() + " under "
                    + mechanism.name() + ", seed " + seed + ": " + String.join("; ", problems));
        }
    }

    /** A copy of the saved world for one run (the decoded world itself is never stepped). */
    World fork(String label) {
        synchronized (world) {
            return world.fork(label);
        }
    }

    /** What a run directory's manifest says about the state a run started from. */
    public RunData.StartState describe() {
        StateFingerprint f = fingerprint();
        return new RunData.StartState(file.toString(), sha256, f.strategy(), f.network(), f.networkSha256(), f.honest(),
                f.honestSha256(), f.preset(), f.mechanismSha256(), f.seed(), f.warmupBlocks(), f.ordering().name(),
                header.chainBlock(), StateHeader.FORMAT, header.codeSha256());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
