package dev.ffijit.agent.log;

import dev.ffijit.agent.config.LogLevel;

/** ffijit's own lines on stderr, each prefixed {@code [ffijit]}; nothing at all below the configured level. */
public final class Log {
    private static volatile LogLevel level = LogLevel.WARN;

    private Log() {}

    public static void setLevel(LogLevel l) { level = l; }

    public static boolean enabled(LogLevel l) {
        return l != LogLevel.OFF && level.compareTo(l) >= 0;
    }

    public static void warn(String msg) { write(LogLevel.WARN, msg, null); }
    public static void warn(String msg, Throwable t) { write(LogLevel.WARN, msg, t); }
    public static void info(String msg) { write(LogLevel.INFO, msg, null); }
    public static void debug(String msg) { write(LogLevel.DEBUG, msg, null); }

    private static void write(LogLevel l, String msg, Throwable t) {
        if (!enabled(l)) return;
        StringBuilder sb = new StringBuilder("[ffijit] ").append(l.name()).append(' ').append(msg);
        if (t != null) {
            sb.append(": ").append(t);
            // The stack only at debug: a warning stays one line.
            if (enabled(LogLevel.DEBUG)) {
                java.io.StringWriter w = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(w));
                sb.append('\n').append(w);
            }
        }
        System.err.println(sb);
    }
}
