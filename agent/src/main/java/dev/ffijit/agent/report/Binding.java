package dev.ffijit.agent.report;

import java.util.concurrent.atomic.LongAdder;

/** One bound function in the report. */
public final class Binding {
    public enum Path { PENDING, ACCELERATED, FALLBACK }

    private final String host;
    private final String library;
    private final String owner;
    private final String method;
    private final LongAdder calls = new LongAdder();
    private volatile Path path = Path.PENDING;
    private volatile String detail = "";

    Binding(String host, String library, String owner, String method) {
        this.host = host;
        this.library = library;
        this.owner = owner;
        this.method = method;
    }

    public String host() { return host; }
    public String library() { return library; }
    public String owner() { return owner; }
    public String method() { return method; }
    public Path path() { return path; }
    public String detail() { return detail; }
    public String name() { return library + ":" + owner + "." + method; }

    /** Counted by generated code and by fallback hooks, only when the report counts. */
    public LongAdder counter() { return calls; }
    public long calls() { return calls.sum(); }

    public Binding accelerated(String how) {
        this.detail = how;
        this.path = Path.ACCELERATED;
        return this;
    }

    public Binding fallback(String why) {
        this.detail = why;
        this.path = Path.FALLBACK;
        return this;
    }
}
