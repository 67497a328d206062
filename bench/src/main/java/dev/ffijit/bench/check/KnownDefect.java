package dev.ffijit.bench.check;

import java.util.Optional;

/**
 * Calls known to return wrong results without the agent, through no fault of the benchmark. They
 * are still timed (the cost of the call is real) and flagged in the report. Plain forks tolerate
 * them, except where the fork runs with the agent setting that fixes the defect: there the agent must
 * make the call right.
 */
public enum KnownDefect {
    /**
     * jnr-ffi's X86_64StubCompiler loads the 6th integer argument from {@code [rsp + 8 + (4 - 5) * 8]},
     * i.e. the return address, instead of {@code [rsp + 16]} (jnr/jnr-ffi#181, open since 2018).
     */
    JNR_SIXTH_INTEGER_ARGUMENT("JnrFfiBench", BenchFunction.SUM6, "amd64",
            "jnr-ffi's x86_64 stub compiler passes a corrupt 6th integer argument (jnr/jnr-ffi#181);"
                    + " ffijit leaves jnr-ffi's stubs alone unless ffijit.jnr.replaceStubs=true",
            "ffijit.jnr.replaceStubs=true");

    /** Set to true in forks that may tolerate known defects (the harness's plain forks). */
    public static final String TOLERATE_PROPERTY = "bench.tolerateKnownDefects";

    private final String styleClassSimpleName;
    private final BenchFunction function;
    private final String arch;
    private final String description;
    private final String fixedBy;

    KnownDefect(String styleClassSimpleName, BenchFunction function, String arch, String description, String fixedBy) {
        this.styleClassSimpleName = styleClassSimpleName;
        this.function = function;
        this.arch = arch;
        this.description = description;
        this.fixedBy = fixedBy;
    }

    /** The ffijit agent setting, {@code key=value}, under which the call must be right. */
    public String fixedBy() {
        return fixedBy;
    }

    /** Whether this JVM was started with the setting that fixes the defect. */
    public boolean fixedInThisJvm() {
        int eq = fixedBy.indexOf('=');
        return fixedBy.substring(eq + 1).equals(System.getProperty(fixedBy.substring(0, eq)));
    }

    public String description() {
        return description;
    }

    public static Optional<KnownDefect> find(Class<?> styleClass, BenchFunction function) {
        String os = System.getProperty("os.arch");
        for (KnownDefect d : values()) {
            if (d.function == function && d.arch.equals(os) && d.styleClassSimpleName.equals(styleClass.getSimpleName())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
