package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;
import dev.ffijit.bench.check.KnownDefect;
import java.util.Optional;

/**
 * The columns of the report: a benchmark class, run with or without the ffijit agent. Classes are
 * named, not referenced, because FfmBench exists only in builds made on JDK 22+.
 */
public enum Style {
    JAVA("Java", "PureJavaBench", false, 17),
    JNI("JNI", "JniBench", false, 17),
    FFM("FFM", "FfmBench", false, 22),
    JNA("JNA", "JnaInterfaceBench", false, 17),
    JNA_FFIJIT("JNA + ffijit", "JnaInterfaceBench", true, 17),
    JNA_DIRECT("JNA direct", "JnaDirectBench", false, 17),
    JNA_DIRECT_FFIJIT("JNA direct + ffijit", "JnaDirectBench", true, 17),
    JNR("jnr-ffi", "JnrFfiBench", false, 17),
    JNR_FFIJIT("jnr-ffi + ffijit", "JnrFfiBench", true, 17);

    static final String PACKAGE = "dev.ffijit.bench.styles.";

    private final String label;
    private final String className;
    private final boolean withAgent;
    private final int minJdk;

    Style(String label, String simpleClassName, boolean withAgent, int minJdk) {
        this.label = label;
        this.className = PACKAGE + simpleClassName;
        this.withAgent = withAgent;
        this.minJdk = minJdk;
    }

    public String label() {
        return label;
    }

    public String className() {
        return className;
    }

    public boolean withAgent() {
        return withAgent;
    }

    public int minJdk() {
        return minJdk;
    }

    /** Whether this build contains the benchmark class (FFM needs a JDK 22+ build). */
    public boolean isCompiledIn() {
        return benchmarkClass().isPresent();
    }

    /** The benchmark class, loaded but not initialized; empty if not in this build or not loadable here. */
    public Optional<Class<?>> benchmarkClass() {
        try {
            return Optional.of(Class.forName(className, false, Style.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** A defect the cell's call is known to have in this style (never with the agent, which must fix it). */
    public Optional<KnownDefect> knownDefect(BenchFunction function) {
        if (withAgent) {
            return Optional.empty();
        }
        return benchmarkClass().flatMap(c -> KnownDefect.find(c, function));
    }

    /** The style measured by benchmark class {@code className} in a run with or without the agent. */
    public static Style of(String className, boolean withAgent) {
        for (Style s : values()) {
            if (s.className.equals(className) && s.withAgent == withAgent) {
                return s;
            }
        }
        throw new IllegalArgumentException("no style for " + className + (withAgent ? " with agent" : ""));
    }
}
