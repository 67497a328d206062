package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The merged results of the plain and the with-agent JMH runs, one cell per function × style,
 * and for each cell without a number the reason.
 */
public final class ResultGrid {
    /** Shown where a style has no counterpart for a function (pure Java strlen(Pointer)). */
    public static final String NOT_APPLICABLE = "—";
    public static final String FAILED = "failed";

    private final List<Style> columns;
    private final Map<Style, String> skippedStyles;
    private final Map<Style, Set<BenchFunction>> planned;
    private final Map<BenchFunction, Map<Style, Measurement>> cells = new EnumMap<>(BenchFunction.class);

    /**
     * @param columns       styles shown, in order
     * @param skippedStyles shown styles that were not run, with the text their cells get
     * @param planned       for each style that was run, the functions it was asked to measure
     */
    public ResultGrid(List<Style> columns, Map<Style, String> skippedStyles, Map<Style, Set<BenchFunction>> planned,
                      Collection<Measurement> measurements) {
        this.columns = List.copyOf(columns);
        this.skippedStyles = new LinkedHashMap<>(skippedStyles);
        this.planned = new EnumMap<>(planned);
        for (Measurement m : measurements) {
            cells.computeIfAbsent(m.function(), f -> new EnumMap<>(Style.class)).put(m.style(), m);
        }
    }

    public List<Style> columns() {
        return columns;
    }

    /** Functions with at least one planned or measured cell, in declaration order. */
    public List<BenchFunction> rows() {
        List<BenchFunction> rows = new ArrayList<>();
        for (BenchFunction f : BenchFunction.values()) {
            boolean any = cells.containsKey(f) || planned.values().stream().anyMatch(s -> s.contains(f));
            if (any) {
                rows.add(f);
            }
        }
        return rows;
    }

    public Optional<Measurement> get(BenchFunction f, Style s) {
        return Optional.ofNullable(cells.getOrDefault(f, Map.of()).get(s));
    }

    /** JNI's time for the function: the ratio table's denominator. */
    public Optional<Measurement> baseline(BenchFunction f) {
        return get(f, Style.JNI);
    }

    /**
     * Hand JNI behind JNA's Java types, for the functions whose JNA signature has a Pointer: the ratio to it is what
     * ffijit adds over hand JNI that does the same work, beside the ratio to plain JNI.
     */
    public Optional<Measurement> typedBaseline(BenchFunction f) {
        return get(f, Style.JNI_JNA_TYPES);
    }

    /** Why a cell has no measurement, or empty if it has one. */
    public Optional<String> missingReason(BenchFunction f, Style s) {
        if (get(f, s).isPresent()) {
            return Optional.empty();
        }
        if (skippedStyles.containsKey(s)) {
            return Optional.of(skippedStyles.get(s));
        }
        if (!planned.getOrDefault(s, Set.of()).contains(f)) {
            return Optional.of(NOT_APPLICABLE);
        }
        return Optional.of(FAILED);
    }

    public Map<Style, String> skippedStyles() {
        return skippedStyles;
    }

    /** Cells that were planned but produced no result (the fork failed or the self-check threw). */
    public List<String> failures() {
        List<String> failed = new ArrayList<>();
        for (BenchFunction f : rows()) {
            for (Style s : columns) {
                if (missingReason(f, s).filter(FAILED::equals).isPresent()) {
                    failed.add(f.label() + " / " + s.label());
                }
            }
        }
        return failed;
    }
}
