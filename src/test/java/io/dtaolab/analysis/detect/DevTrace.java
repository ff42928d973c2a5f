package io.dtaolab.analysis.detect;

import io.dtaolab.engine.AgentOutcome;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.experiment.detect.AttackFamily;
import io.dtaolab.experiment.detect.AttackGenerator;
import io.dtaolab.experiment.detect.EvalWorld;
import io.dtaolab.experiment.detect.GeneratedCase;
import io.dtaolab.experiment.detect.HonestStress;
import io.dtaolab.experiment.detect.Variant;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Dev tool (not a test): records what the monitor sees of generated evaluation cases to disk once, so detectors can be
 * replayed on them in seconds. Usage: DevTrace record SEED ATTACKS HONEST THREADS DIR
 */
public final class DevTrace {
    /** Records every event the bank hands to detectors. */
    static final class Recorder implements Detector {
        final DataOutputStream out;

        Recorder(DataOutputStream out) {
            this.out = out;
        }

        public String name() {
            return "recorder";
        }

        public double defaultThreshold() {
            return 1e9;
        }

        public void onTrade(TradeEvent t, AlarmGate g) {
            try {
                out.writeByte('T');
                out.writeLong(t.block());
                out.writeInt(t.position());
                out.writeInt(t.coldkey());
                out.writeInt(t.netuid());
                out.writeBoolean(t.buy());
                out.writeDouble(t.tao());
                out.writeDouble(t.alpha());
                out.writeDouble(t.priceBefore());
                out.writeDouble(t.priceAfter());
                out.writeDouble(t.taoReserve());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void onWeights(WeightEvent w, AlarmGate g) {
            try {
                out.writeByte('W');
                out.writeLong(w.block());
                out.writeInt(w.netuid());
                out.writeInt(w.hotkey());
                out.writeInt(w.hotkeyOwner());
                out.writeInt(w.subnetOwner());
                arr(w.row());
                out.writeDouble(w.ownerShare());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void arr(double[] a) throws IOException {
            out.writeInt(a.length);
            for (double v : a) {
                out.writeDouble(v);
            }
        }

        public void onFailedTrade(FailedTradeEvent f, AlarmGate g) {
            try {
                out.writeByte('F');
                out.writeLong(f.block());
                out.writeInt(f.position());
                out.writeInt(f.coldkey());
                out.writeInt(f.netuid());
                out.writeBoolean(f.buy());
                out.writeDouble(f.amount());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void onFunding(FundingEvent f, AlarmGate g) {
            try {
                out.writeByte('N');
                out.writeLong(f.block());
                out.writeInt(f.coldkey());
                out.writeLong(f.source());
                out.writeBoolean(f.exchange());
                out.writeDouble(f.tao());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void onVote(VoteEvent v, AlarmGate g) {
            try {
                out.writeByte('V');
                out.writeLong(v.block());
                out.writeInt(v.coldkey());
                out.writeInt(v.hotkey());
                arr(v.weightsByNetuid());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void onRootStake(RootStakeEvent s, AlarmGate g) {
            try {
                out.writeByte('R');
                out.writeLong(s.block());
                out.writeInt(s.coldkey());
                out.writeInt(s.hotkey());
                out.writeInt(s.hotkeyOwner());
                out.writeDouble(s.tao());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("alarms")) {
            replay(Path.of(args[1]), DetectorBank.standard(), a -> {
                if (a.detector().equals(args[2])) {
                    System.out.println(a);
                }
            });
            return;
        }
        if (args[0].equals("record")) {
            record(Long.parseLong(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]), args.length > 6 ? args[6] : "");
        }
    }

    static void record(long seed, int attacks, int honest, int threads, Path dir, String only) throws Exception {
        Files.createDirectories(dir);
        List<GeneratedCase> cases = new AttackGenerator(seed).cases(attacks, honest);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        for (GeneratedCase c : cases) {
            if (!only.isEmpty() && (c.honest() || !Arrays.asList(only.split(",")).contains(c.truths().get(0).family().id()))) {
                continue;
            }
            jobs.add(pool.submit(() -> {
                one(c, dir);
                return null;
            }));
        }
        int done = 0;
        for (Future<?> f : jobs) {
            f.get();
            if (++done % 20 == 0) {
                System.err.println(done + " / " + jobs.size());
            }
        }
        pool.shutdown();
    }

    static void one(GeneratedCase c, Path dir) throws Exception {
        Path tmpA = dir.resolve(c.id() + ".attack.tmp");
        Path tmpT = dir.resolve(c.id() + ".twin.tmp");
        try (DataOutputStream a = stream(tmpA); DataOutputStream t = c.spec().twin() ? stream(tmpT) : null) {
            RunOrder order = RunOrder.of(c.spec(), c.spec().mechanism(), c.runSeed(), c.spec().blocks()).withWorldThreads(1);
            DetectorBank ab = new DetectorBank(List.of(new Recorder(a)), Map.of(), AlarmSink.NONE, false);
            DetectorBank tb = t == null ? null : new DetectorBank(List.of(new Recorder(t)), Map.of(), AlarmSink.NONE, false);
            RunPipeline.Result r = RunPipeline.execute(order, new RunControl(), RunListener.NONE, ab, tb);
            a.writeByte('E');
            if (t != null) {
                t.writeByte('E');
            }
            StringBuilder meta = new StringBuilder();
            meta.append(c.id()).append('\t').append(c.stress().name()).append('\n');
            for (GeneratedCase.Truth tr : c.truths()) {
                long start = r.data().targets().stream().filter(x -> x.adversaryId().equals(tr.adversaryId()))
                        .mapToLong(RunData.Target::startBlock).findFirst().orElseThrow();
                long executed = r.data().outcomes().stream()
                        .filter(o -> o.world().equals("attack") && o.id().equals(tr.adversaryId()))
                        .mapToLong(AgentOutcome::executed).sum();
                meta.append(tr.family().name()).append('\t').append(tr.variant().name()).append('\t').append(tr.adversaryId())
                        .append('\t').append(tr.target()).append('\t').append(tr.startOffset()).append('\t')
                        .append(tr.stopOffset()).append('\t').append(start).append('\t').append(executed).append('\n');
            }
            Files.writeString(dir.resolve(c.id() + ".meta"), meta);
        }
        Files.move(tmpA, dir.resolve(c.id() + ".attack.bin.gz"), StandardCopyOption.REPLACE_EXISTING);
        if (c.spec().twin()) {
            Files.move(tmpT, dir.resolve(c.id() + ".twin.bin.gz"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static DataOutputStream stream(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16), 1 << 16));
    }

    // ---------------------------------------------------------------- replay

    /** Replays one recorded world through fresh detectors; returns their traces by name. */
    public static Map<String, ScoreTrace> replay(Path file, List<Detector> detectors, AlarmSink sink) throws IOException {
        Map<String, ScoreTrace> traces = new LinkedHashMap<>();
        List<AlarmGate> gates = new ArrayList<>();
        for (Detector d : detectors) {
            ScoreTrace tr = new ScoreTrace();
            traces.put(d.name(), tr);
            gates.add(new AlarmGate(d.name(), d.defaultThreshold(), sink, tr));
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
            while (true) {
                int k = in.readByte();
                switch (k) {
                    case 'T' -> {
                        TradeEvent t = new TradeEvent(in.readLong(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean(),
                                in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
                        for (int i = 0; i < detectors.size(); i++) {
                            detectors.get(i).onTrade(t, gates.get(i));
                        }
                    }
                    case 'W' -> {
                        WeightEvent w = new WeightEvent(in.readLong(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                                arr(in), in.readDouble());
                        for (int i = 0; i < detectors.size(); i++) {
                            detectors.get(i).onWeights(w, gates.get(i));
                        }
                    }
                    case 'F' -> {
                        FailedTradeEvent f = new FailedTradeEvent(in.readLong(), in.readInt(), in.readInt(), in.readInt(),
                                in.readBoolean(), in.readDouble());
                        for (int i = 0; i < detectors.size(); i++) {
                            detectors.get(i).onFailedTrade(f, gates.get(i));
                        }
                    }
                    case 'N' -> {
                        FundingEvent f = new FundingEvent(in.readLong(), in.readInt(), in.readLong(), in.readBoolean(), in.readDouble());
                        for (int i = 0; i < detectors.size(); i++) {
                            detectors.get(i).onFunding(f, gates.get(i));
                        }
                    }
                    case 'V' -> {
                        VoteEvent v = new VoteEvent(in.readLong(), in.readInt(), in.readInt(), arr(in));
                        for (int i = 0; i < detectors.size(); i++) {
                            detectors.get(i).onVote(v, gates.get(i));
                        }
                    }
                    case 'R' -> {
                        RootStakeEvent s = new RootStakeEvent(in.readLong(), in.readInt(), in.readInt(), in.readInt(), in.readDouble());
                        for (int i = 0; i < detectors.size(); i++) {
                            detectors.get(i).onRootStake(s, gates.get(i));
                        }
                    }
                    case 'E' -> {
                        return traces;
                    }
                    default -> throw new IOException("bad tag " + k + " in " + file);
                }
            }
        }
    }

    static double[] arr(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    /** All recorded worlds of a directory as evaluation worlds, detectors replayed (fresh per world). */
    public static List<EvalWorld> worlds(Path dir, java.util.function.Supplier<List<Detector>> detectors, int threads) throws Exception {
        List<Path> metas;
        try (var s = Files.list(dir)) {
            metas = s.filter(p -> p.toString().endsWith(".meta")).sorted(Comparator.comparing(DevTrace::order)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<EvalWorld>>> jobs = new ArrayList<>();
        for (Path m : metas) {
            jobs.add(pool.submit(() -> load(m, detectors)));
        }
        List<EvalWorld> out = new ArrayList<>();
        for (var f : jobs) {
            out.addAll(f.get());
        }
        pool.shutdown();
        return out;
    }

    static String order(Path p) {
        String n = p.getFileName().toString();
        String[] parts = n.replace(".meta", "").split("-");
        return String.format("%s-%06d", parts[0], Integer.parseInt(parts[2]));
    }

    static List<EvalWorld> load(Path meta, java.util.function.Supplier<List<Detector>> detectors) throws IOException {
        List<String> lines = Files.readAllLines(meta);
        String[] head = lines.get(0).split("\t");
        String id = head[0];
        HonestStress stress = HonestStress.valueOf(head[1]);
        List<EvalWorld.Attack> attacks = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t");
            GeneratedCase.Truth t = new GeneratedCase.Truth(AttackFamily.valueOf(f[0]), Variant.valueOf(f[1]), f[2],
                    Integer.parseInt(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]));
            attacks.add(new EvalWorld.Attack(t, Long.parseLong(f[6]), Long.parseLong(f[7])));
        }
        Path dir = meta.getParent();
        List<EvalWorld> out = new ArrayList<>();
        out.add(new EvalWorld(id, false, stress, attacks, replay(dir.resolve(id + ".attack.bin.gz"), detectors.get(), AlarmSink.NONE)));
        Path twin = dir.resolve(id + ".twin.bin.gz");
        if (Files.exists(twin)) {
            out.add(new EvalWorld(id, true, stress, List.of(), replay(twin, detectors.get(), AlarmSink.NONE)));
        }
        return out;
    }
}
