package io.dtaolab.bench;

/**
 * Runs the benchmarks. Build the classpath once, then:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.dtaolab.bench.BenchMain            # defaults
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.dtaolab.bench.BenchMain -f 1 -prof stack
 * </pre>
 * Any arguments are passed to JMH ({@code org.openjdk.jmh.Main}); without arguments all benchmarks of this
 * package run with their annotated settings (2 forks × 3 × 2 s measurement, 3 × 2 s warm-up).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String[] a = args.length == 0 ? new String[] {"io.dtaolab.bench.*"} : args;
        org.openjdk.jmh.Main.main(a);
    }
}
