package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;
import dev.ffijit.bench.check.KnownDefect;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the report: a benchmark class, run with or without the ffijit agent. Classes are
 * named, not referenced, because FfmBench exists only in builds made on JDK 22+.
 */
public enum Style {
    JAVA("Java", "PureJavaBench", false, 17),
    JNI("JNI", "JniBench", false, 17),
    /** Hand JNI taking and returning JNA's Pointer: the like-for-like reference for signatures with one. */
    JNI_JNA_TYPES("JNI with JNA's types", "JniJnaTypesBench", false, 17),
    FFM("FFM", "FfmBench", false, 22),
    JNA("JNA", "JnaInterfaceBench", false, 17),
    JNA_FFIJIT("JNA + ffijit", "JnaInterfaceBench", true, 17),
    JNA_DIRECT("JNA direct", "JnaDirectBench", false, 17),
    JNA_DIRECT_FFIJIT("JNA direct + ffijit", "JnaDirectBench", true, 17),
    JNR("jnr-ffi", "JnrFfiBench", false, 17),
    JNR_FFIJIT("jnr-ffi + ffijit", "JnrFfiBench", true, 17),
    /** jnr-ffi's own stubs replaced too (off by default): shows the cost and the jnr/jnr-ffi#181 fix. */
    JNR_FFIJIT_ALL("jnr-ffi + ffijit replaceStubs", "JnrFfiBench", true, 17, "ffijit.jnr.replaceStubs=true");

    static final String PACKAGE = "dev.ffijit.bench.styles.";

    private final String label;
    private final String className;
    private final boolean withAgent;
    private final int minJdk;
    private final List<String> agentProperties;

    Style(String label, String simpleClassName, boolean withAgent, int minJdk, String... agentProperties) {
        this.label = label;
        this.className = PACKAGE + simpleClassName;
        this.withAgent = withAgent;
        this.minJdk = minJdk;
        this.agentProperties = List.of(agentProperties);
    }

    /** {@code key=value} system properties the agent forks of this style get, beyond the agent itself. */
    public List<String> agentProperties() {
        return agentProperties;
    }

    /** Styles sharing a fork group run in the same JMH invocation, with the same JVM arguments. */
    String forkGroup() {
        return withAgent ? "agent " + String.join(" ", agentProperties) : "plain";
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

    /** A defect the cell's call is known to have in this style, unless this style's agent settings fix it. */
    public Optional<KnownDefect> knownDefect(BenchFunction function) {
        return benchmarkClass().flatMap(c -> KnownDefect.find(c, function))
                .filter(d -> !(withAgent && agentProperties.contains(d.fixedBy())));
    }

    /** The style measured by benchmark class {@code className} in the fork group {@code group}. */
    public static Style of(String className, String group) {
        for (Style s : values()) {
            if (s.className.equals(className) && s.forkGroup().equals(group)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no style for " + className + " in " + group);
    }
}
