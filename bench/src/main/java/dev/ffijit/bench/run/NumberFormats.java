package dev.ffijit.bench.run;

import java.util.Locale;

/** Number formatting shared by the reports: about three significant digits, locale-independent. */
final class NumberFormats {
    private NumberFormats() {
    }

    static String time(double ns) {
        return String.format(Locale.ROOT, pattern(ns), ns);
    }

    /** "12.3 ± 0.4"; the error uses the value's decimals, and is left out when JMH could not compute it. */
    static String timeWithError(double ns, double error) {
        if (Double.isNaN(error) || Double.isInfinite(error)) {
            return time(ns);
        }
        String p = pattern(ns);
        return String.format(Locale.ROOT, p + " ± " + p, ns, error);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, r < 10 ? "%.2f×" : "%.1f×", r);
    }

    static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "?";
        }
        // JMH reports tiny non-zero values for allocation-free code (profiler noise over many calls)
        return String.format(Locale.ROOT, "%.0f", Math.max(0, b));
    }

    private static String pattern(double v) {
        double a = Math.abs(v);
        return a < 10 ? "%.2f" : a < 100 ? "%.1f" : "%.0f";
    }
}
