package io.dtaolab.analysis.detect;

import io.dtaolab.engine.MonitorTrace;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Dev tool (not a test): records what the chain monitor hands the detector bank in a real run (both worlds, raw
 * arguments), then replays it through a fresh {@link DetectorBank} to time the detectors alone and to print a digest
 * of everything they produce (alarms with evidence, best scores, and with {@code traced} every traced score), so two
 * builds of the detectors can be compared on the same input. Usage:
 * DetectorReplay record STRATEGY.yaml BLOCKS DIR | DetectorReplay replay FILE REPEATS [dump] | DetectorReplay evaldigest
 * DIR (every world {@link DevTrace} recorded in DIR: one digest of all alarms, with evidence, and every traced score)
 */
public final class DetectorReplay {
    private DetectorReplay() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("record")) {
            record(Path.of(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
        } else if (args[0].equals("evaldigest")) {
            evalDigest(Path.of(args[1]));
        } else {
            replay(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Path.of(args[3]) : null);
        }
    }

    static void record(Path strategy, long blocks, Path dir) throws Exception {
        Files.createDirectories(dir);
        StrategySpec spec = StrategyLoader.load(strategy);
        try (DataOutputStream a = stream(dir.resolve("attack.bin.gz"));
             DataOutputStream t = stream(dir.resolve("twin.bin.gz"))) {
            RunOrder order = RunOrder.of(spec, spec.mechanism(), spec.seed(), blocks).withDetectors(false);
            new io.dtaolab.engine.Run(order.spec(), order.mechanism(), order.seed(), order.blocks(), order.ordering(),
                    new RunControl(), RunListener.NONE).monitor(new Recorder(a), new Recorder(t)).execute();
            a.writeByte('E');
            t.writeByte('E');
        }
    }

    static DataOutputStream stream(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16), 1 << 16));
    }

    /** Writes every monitor call with its raw arguments. */
    static final class Recorder implements MonitorTrace {
        final DataOutputStream out;

        Recorder(DataOutputStream out) {
            this.out = out;
        }

        private interface Io {
            void run() throws IOException;
        }

        private static void io(Io w) {
            try {
                w.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void arr(double[] a) throws IOException {
            out.writeInt(a.length);
            for (double v : a) {
                out.writeDouble(v);
            }
        }

        @Override
        public void trade(long block, int position, int coldkey, int netuid, boolean buy, long taoRao, long alphaRao,
                          double priceBefore, double priceAfter, long taoReserveAfter) {
            io(() -> {
                out.writeByte('T');
                out.writeLong(block);
                out.writeInt(position);
                out.writeInt(coldkey);
                out.writeInt(netuid);
                out.writeBoolean(buy);
                out.writeLong(taoRao);
                out.writeLong(alphaRao);
                out.writeDouble(priceBefore);
                out.writeDouble(priceAfter);
                out.writeLong(taoReserveAfter);
            });
        }

        @Override
        public void weights(long block, int netuid, int hotkey, int hotkeyOwner, int subnetOwner, double[] row,
                            double ownerShare) {
            io(() -> {
                out.writeByte('W');
                out.writeLong(block);
                out.writeInt(netuid);
                out.writeInt(hotkey);
                out.writeInt(hotkeyOwner);
                out.writeInt(subnetOwner);
                arr(row);
                out.writeDouble(ownerShare);
            });
        }

        @Override
        public void failedTrade(long block, int position, int coldkey, int netuid, boolean buy, long amountRao) {
            io(() -> {
                out.writeByte('F');
                out.writeLong(block);
                out.writeInt(position);
                out.writeInt(coldkey);
                out.writeInt(netuid);
                out.writeBoolean(buy);
                out.writeLong(amountRao);
            });
        }

        @Override
        public void funding(long block, int coldkey, long source, boolean exchange, long rao) {
            io(() -> {
                out.writeByte('N');
                out.writeLong(block);
                out.writeInt(coldkey);
                out.writeLong(source);
                out.writeBoolean(exchange);
                out.writeLong(rao);
            });
        }

        @Override
        public void holderVote(long block, int coldkey, double[] weightsByNetuid) {
            io(() -> {
                out.writeByte('V');
                out.writeLong(block);
                out.writeInt(coldkey);
                arr(weightsByNetuid);
            });
        }

        @Override
        public void rootWeights(long block, int hotkey, int hotkeyOwner, double[] weightsByNetuid) {
            io(() -> {
                out.writeByte('X');
                out.writeLong(block);
                out.writeInt(hotkey);
                out.writeInt(hotkeyOwner);
                arr(weightsByNetuid);
            });
        }

        @Override
        public void rootStake(long block, int coldkey, int hotkey, int hotkeyOwner, long taoRao) {
            io(() -> {
                out.writeByte('R');
                out.writeLong(block);
                out.writeInt(coldkey);
                out.writeInt(hotkey);
                out.writeInt(hotkeyOwner);
                out.writeLong(taoRao);
            });
        }
    }

    /** The recorded calls, decoded once into memory so the replay times the detectors and not the decoding. */
    private interface Call {
        void to(MonitorTrace m);
    }

    static List<Call> load(Path file) throws IOException {
        List<Call> calls = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
            while (true) {
                int k = in.readByte();
                switch (k) {
                    case 'T' -> {
                        long b = in.readLong();
                        int pos = in.readInt();
                        int ck = in.readInt();
                        int n = in.readInt();
                        boolean buy = in.readBoolean();
                        long tao = in.readLong();
                        long alpha = in.readLong();
                        double pb = in.readDouble();
                        double pa = in.readDouble();
                        long res = in.readLong();
                        calls.add(m -> m.trade(b, pos, ck, n, buy, tao, alpha, pb, pa, res));
                    }
                    case 'W' -> {
                        long b = in.readLong();
                        int n = in.readInt();
                        int hk = in.readInt();
                        int ho = in.readInt();
                        int so = in.readInt();
                        double[] row = DevTrace.arr(in);
                        double share = in.readDouble();
                        calls.add(m -> m.weights(b, n, hk, ho, so, row, share));
                    }
                    case 'F' -> {
                        long b = in.readLong();
                        int pos = in.readInt();
                        int ck = in.readInt();
                        int n = in.readInt();
                        boolean buy = in.readBoolean();
                        long amount = in.readLong();
                        calls.add(m -> m.failedTrade(b, pos, ck, n, buy, amount));
                    }
                    case 'N' -> {
                        long b = in.readLong();
                        int ck = in.readInt();
                        long src = in.readLong();
                        boolean ex = in.readBoolean();
                        long rao = in.readLong();
                        calls.add(m -> m.funding(b, ck, src, ex, rao));
                    }
                    case 'V' -> {
                        long b = in.readLong();
                        int ck = in.readInt();
                        double[] w = DevTrace.arr(in);
                        calls.add(m -> m.holderVote(b, ck, w));
                    }
                    case 'X' -> {
                        long b = in.readLong();
                        int hk = in.readInt();
                        int ho = in.readInt();
                        double[] w = DevTrace.arr(in);
                        calls.add(m -> m.rootWeights(b, hk, ho, w));
                    }
                    case 'R' -> {
                        long b = in.readLong();
                        int ck = in.readInt();
                        int hk = in.readInt();
                        int ho = in.readInt();
                        long tao = in.readLong();
                        calls.add(m -> m.rootStake(b, ck, hk, ho, tao));
                    }
                    case 'E' -> {
                        return calls;
                    }
                    default -> throw new IOException("bad tag " + k + " in " + file);
                }
            }
        }
    }

    static void replay(Path file, int repeats, Path dump) throws Exception {
        List<Call> calls = load(file);
        System.out.println(file + ": " + calls.size() + " calls");
        for (int r = 0; r < repeats; r++) {
            for (boolean traced : new boolean[] {false, true}) {
                List<Alarm> live = new ArrayList<>();
                // ONLY=name,name times a subset of the detectors (the digest then covers only those)
                String only = System.getenv().getOrDefault("ONLY", "");
                List<Detector> ds = DetectorBank.standard().stream()
                        .filter(d -> only.isEmpty() || List.of(only.split(",")).contains(d.name())).toList();
                DetectorBank bank = new DetectorBank(ds, Map.of(), live::add, traced);
                // thread CPU time: the machine this is run on is usually shared
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long t0 = mx.getCurrentThreadCpuTime();
                for (Call c : calls) {
                    c.to(bank);
                    thrash();
                }
                double s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                String digest = digest(bank, live);
                System.out.printf("repeat %d traced=%s %.3f CPU-s  digest %s%n", r, traced, s, sha(digest));
                if (dump != null && r == 0) {
                    Files.writeString(dump.resolveSibling(dump.getFileName() + (traced ? ".traced" : ".plain")), digest);
                }
            }
        }
    }

    /**
     * THRASH=N (lines, default 0): after each call, reads N pseudo-random cache lines of a 256 MiB array, so the
     * detectors' state is as cold as between two trades of a real run (the engine's own work in between evicts it);
     * time ONLY=none with the same N for the cost of the thrashing alone.
     */
    private static final int THRASH = Integer.parseInt(System.getenv().getOrDefault("THRASH", "0"));
    private static final long[] COLD = new long[THRASH > 0 ? 32 << 20 : 0];
    private static long seed = 1;
    static long sink;

    private static void thrash() {
        for (int i = 0; i < THRASH; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            sink += COLD[(int) ((seed >>> 33) % COLD.length) & ~7];
        }
    }

    static void evalDigest(Path dir) throws Exception {
        List<Path> files;
        try (var l = Files.list(dir)) {
            files = l.filter(p -> p.toString().endsWith(".bin.gz")).sorted().toList();
        }
        Field f = ScoreTrace.class.getDeclaredField("bySubnet");
        f.setAccessible(true);
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        long alarms = 0;
        for (Path file : files) {
            StringBuilder sb = new StringBuilder(file.getFileName().toString()).append('\n');
            List<Alarm> seen = new ArrayList<>();
            Map<String, ScoreTrace> traces = DevTrace.replay(file, DetectorBank.standard(), seen::add);
            for (Alarm a : seen) {
                sb.append(a).append('\n');
            }
            alarms += seen.size();
            for (var e : traces.entrySet()) {
                @SuppressWarnings("unchecked")
                Map<Integer, TreeMap<Long, Double>> m = (Map<Integer, TreeMap<Long, Double>>) f.get(e.getValue());
                sb.append(e.getKey()).append(' ').append(new TreeMap<>(m)).append('\n');
            }
            all.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : all.digest()) {
            hex.append(String.format("%02x", b));
        }
        System.out.println(dir + ": " + files.size() + " worlds, " + alarms + " alarms, digest " + hex);
    }

    static String digest(DetectorBank bank, List<Alarm> live) throws Exception {
        StringBuilder sb = new StringBuilder();
        WorldDetection d = bank.result();
        for (Alarm a : d.alarms()) {
            sb.append(a).append('\n');
        }
        sb.append("live ").append(live.equals(d.alarms())).append('\n');
        for (var e : new TreeMap<>(d.maxScores()).entrySet()) {
            sb.append(e.getKey()).append(' ').append(new TreeMap<>(e.getValue())).append('\n');
        }
        Field f = ScoreTrace.class.getDeclaredField("bySubnet");
        f.setAccessible(true);
        for (var e : bank.traces().entrySet()) {
            @SuppressWarnings("unchecked")
            Map<Integer, TreeMap<Long, Double>> m = (Map<Integer, TreeMap<Long, Double>>) f.get(e.getValue());
            sb.append("trace ").append(e.getKey()).append(' ').append(new TreeMap<>(m)).append('\n');
        }
        return sb.toString();
    }

    static String sha(String s) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(String.format("%02x", h[i]));
        }
        return sb.toString();
    }
}
