package dev.ffijit.agent.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * ffijit's settings, each from the first source that has it: system property {@code ffijit.x}, environment variable
 * {@code FFIJIT_X}, agent argument {@code -javaagent:ffijit-agent.jar=x=v,y=w}, default. An unknown key or a value
 * that does not parse yields one warning naming the valid choices, and the default is used.
 */
public final class Config {
    public static final Setting<Boolean> ENABLED = Setting.bool("enabled", true, "master switch");
    public static final Setting<Boolean> JNA_ENABLED = Setting.bool("jna.enabled", true,
            "accelerate JNA interface mapping (Native.load)");
    public static final Setting<Boolean> JNA_DIRECT_ENABLED = Setting.bool("jna.direct.enabled", true,
            "accelerate JNA direct mapping (Native.register)");
    public static final Setting<Boolean> JNR_ENABLED = Setting.bool("jnr.enabled", true,
            "accelerate jnr-ffi methods it sends to its slower paths");
    public static final Setting<Boolean> JNR_REPLACE_STUBS = Setting.bool("jnr.replaceStubs", false,
            "also take over methods jnr-ffi compiles to its own stubs (fixes jnr-ffi #181)");
    public static final Setting<MethodFilter> INCLUDE = Setting.of("include", MethodFilter.parse(""),
            new FilterParser(), "comma-separated globs over library:Owner.method", "only these methods (empty: all)");
    public static final Setting<MethodFilter> EXCLUDE = Setting.of("exclude", MethodFilter.parse(""),
            new FilterParser(), "comma-separated globs over library:Owner.method", "never these methods");
    public static final Setting<LogLevel> LOG = Setting.choice("log", LogLevel.WARN, LogLevel.class,
            "what ffijit writes to stderr");
    public static final Setting<String> REPORT = Setting.of("report", "", new OffParser(),
            "stderr, or a file path", "at exit, each bound function, its path and call count");
    public static final Setting<BridgePlace> BRIDGE = Setting.choice("bridge", BridgePlace.AUTO, BridgePlace.class,
            "where the bridge classes go: the system class path (auto) or the boot class path (boot)");
    public static final Setting<String> DUMP = Setting.of("dump", "", new OffParser(),
            "a directory", "write generated classes and machine code there");

    public static final List<Setting<?>> SETTINGS = List.of(ENABLED, JNA_ENABLED, JNA_DIRECT_ENABLED, JNR_ENABLED,
            JNR_REPLACE_STUBS, INCLUDE, EXCLUDE, LOG, REPORT, DUMP, BRIDGE);

    private final Map<Setting<?>, Object> values;
    private final List<String> warnings;

    private Config(Map<Setting<?>, Object> values, List<String> warnings) {
        this.values = values;
        this.warnings = List.copyOf(warnings);
    }

    public static Config defaults() {
        return load(null, Map.of(), Map.of());
    }

    /**
     * @param agentArgs  the {@code -javaagent:...=} string, or null
     * @param env        environment variables
     * @param properties system properties
     */
    public static Config load(String agentArgs, Map<String, String> env, Map<?, ?> properties) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> args = parseAgentArgs(agentArgs, warnings);
        Map<String, Setting<?>> byName = new LinkedHashMap<>();
        for (Setting<?> s : SETTINGS) byName.put(s.name(), s);

        for (Object k : properties.keySet()) {
            String key = String.valueOf(k);
            if (key.startsWith(Setting.PREFIX) && !byName.containsKey(key.substring(Setting.PREFIX.length()))) {
                warnings.add("unknown configuration key '" + key + "' (system property) ignored; valid keys: " + validKeys());
            }
        }
        for (String key : env.keySet()) {
            if (key.startsWith(Setting.ENV_PREFIX) && !isEnvName(key)) {
                warnings.add("unknown configuration key '" + key + "' (environment) ignored; valid keys: " + validKeys());
            }
        }
        for (String key : args.keySet()) {
            if (!byName.containsKey(key)) {
                warnings.add("unknown configuration key '" + key + "' (agent argument) ignored; valid keys: " + validKeys());
            }
        }

        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (Setting<?> s : SETTINGS) {
            Object p = properties.get(s.propertyName());
            String raw = null, source = null;
            if (p != null) { raw = String.valueOf(p); source = "system property " + s.propertyName(); }
            else if (env.get(s.envName()) != null) { raw = env.get(s.envName()); source = "environment " + s.envName(); }
            else if (args.get(s.name()) != null) { raw = args.get(s.name()); source = "agent argument " + s.name(); }
            values.put(s, raw == null ? s.defaultValue() : parse(s, raw, source, warnings));
        }
        return new Config(values, warnings);
    }

    private static <T> T parse(Setting<T> s, String raw, String source, List<String> warnings) {
        try {
            return s.parse(raw);
        } catch (RuntimeException e) {
            warnings.add("invalid value '" + raw + "' for " + s.propertyName() + " (" + source + "); valid: "
                    + s.choices() + "; using the default '" + describe(s.defaultValue()) + "'");
            return s.defaultValue();
        }
    }

    /** {@code k=v,k=v}; keys may carry the {@code ffijit.} prefix. */
    private static Map<String, String> parseAgentArgs(String agentArgs, List<String> warnings) {
        Map<String, String> args = new LinkedHashMap<>();
        if (agentArgs == null || agentArgs.isBlank()) return args;
        for (String part : agentArgs.split(",")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0) {
                warnings.add("agent argument '" + part + "' is not key=value; ignored");
                continue;
            }
            String key = part.substring(0, eq).trim();
            if (key.startsWith(Setting.PREFIX)) key = key.substring(Setting.PREFIX.length());
            args.put(key, part.substring(eq + 1).trim());
        }
        return args;
    }

    // Classes rather than method references: no invokedynamic at start-up (see Setting).

    private static final class OffParser implements java.util.function.Function<String, String> {
        @Override
        public String apply(String v) {
            String t = v.trim();
            return t.equalsIgnoreCase("off") || t.equalsIgnoreCase("false") ? "" : t;
        }
    }

    private static final class FilterParser implements java.util.function.Function<String, MethodFilter> {
        @Override
        public MethodFilter apply(String globs) {
            return MethodFilter.parse(globs);
        }
    }

    private static String validKeys() {
        StringJoiner j = new StringJoiner(", ");
        for (Setting<?> s : SETTINGS) j.add(s.propertyName());
        return j.toString();
    }

    private static String describe(Object v) {
        return v instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : String.valueOf(v);
    }

    private static boolean isEnvName(String key) {
        for (Setting<?> s : SETTINGS) {
            if (s.envName().equals(key)) return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> s) {
        return (T) values.get(s);
    }

    /** Whether a method may be accelerated under {@code ffijit.include}/{@code ffijit.exclude}. */
    public boolean accepts(String library, String ownerName, String method) {
        if (get(EXCLUDE).matches(library, ownerName, method)) return false;
        MethodFilter include = get(INCLUDE);
        return include.isEmpty() || include.matches(library, ownerName, method);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
