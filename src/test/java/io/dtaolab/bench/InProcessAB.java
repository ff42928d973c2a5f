package io.dtaolab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two chain layers in one JVM, each in its own class loader, stepped in alternating chunks (A B, B A, …) after a
 * warm-up; the thread CPU time per block of each chunk, the ratio A/B per chunk pair, medians quoted. Less noisy on
 * a shared machine than whole processes: both versions see the same load at nearly the same time. The order the
 * two are built and warmed in still matters by a few percent, so run it both ways round. Usage (each directory as
 * {@code block-loop-ab.sh} builds it: {@code classes/} and {@code strategies/networks/}):
 * {@code java -cp DIR_A/classes io.dtaolab.bench.InProcessAB DIR_A DIR_B [chunks=60] [chunkBlocks=4000] [warm=40000]};
 * {@code -Dloop.rootHolders}, {@code -Dloop.keepShare} as for {@link BlockLoopProfile}.
 */
public final class InProcessAB {
    private InProcessAB() {
    }

    public static void main(String[] args) throws Exception {
        int chunks = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int chunk = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
        int warm = args.length > 4 ? Integer.parseInt(args[4]) : 40_000;
        Object a = build(Path.of(args[0]));
        Object b = build(Path.of(args[1]));
        Method stepA = a.getClass().getMethod("step");
        Method stepB = b.getClass().getMethod("step");
        for (int i = 0; i < warm; i++) {
            stepA.invoke(a);
            stepB.invoke(b);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] usA = new double[chunks];
        double[] usB = new double[chunks];
        double[] ratio = new double[chunks];
        for (int c = 0; c < chunks; c++) {
            for (int k = 0; k < 2; k++) {
                boolean isA = (k == 0) == (c % 2 == 0);
                Object net = isA ? a : b;
                Method step = isA ? stepA : stepB;
                long t0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < chunk; i++) {
                    step.invoke(net);
                }
                double us = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / chunk;
                if (isA) {
                    usA[c] = us;
                } else {
                    usB[c] = us;
                }
            }
            ratio[c] = usA[c] / usB[c];
        }
        System.out.printf("%d chunks of %d blocks after %d warm-up blocks: median A %.2f us/block, B %.2f us/block, "
                + "A/B per chunk pair %.3f (%.3f-%.3f)%n", chunks, chunk, warm, median(usA), median(usB),
                median(ratio), min(ratio), max(ratio));
        long hashA = (long) a.getClass().getMethod("stateHash").invoke(a);
        long hashB = (long) b.getClass().getMethod("stateHash").invoke(b);
        System.out.printf("state hash A %016x B %016x%s%n", hashA, hashB, hashA == hashB ? "" : " (differ)");
    }

    /** The mainnet network of {@link MainnetSnapshot} built by the chain layer under {@code dir}. */
    private static Object build(Path dir) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Class<?> presets = loader.loadClass("io.dtaolab.chain.Presets");
        Object current = presets.getField("CURRENT").get(null);
        Object mechanism = presets.getMethod("get", current.getClass()).invoke(null, current);
        Method build = null;
        for (Method m : loader.loadClass("io.dtaolab.bench.MainnetSnapshot").getDeclaredMethods()) {
            if (m.getName().equals("build")) {
                build = m;
            }
        }
        build.setAccessible(true);
        return build.invoke(null, mechanism, dir.resolve(MainnetSnapshot.DEFAULT_PATH).toString());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
