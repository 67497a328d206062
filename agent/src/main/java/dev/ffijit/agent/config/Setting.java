package dev.ffijit.agent.config;

import java.util.Locale;
import java.util.function.Function;

/**
 * One configuration key: its name (without the {@code ffijit.} prefix), default, parser and the valid choices
 * a warning names when a value does not parse.
 */
public final class Setting<T> {
    public static final String PREFIX = "ffijit.";
    public static final String ENV_PREFIX = "FFIJIT_";

    private final String name;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final String choices;
    private final String description;

    private Setting(String name, T defaultValue, Function<String, T> parser, String choices, String description) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.choices = choices;
        this.description = description;
    }

    public static Setting<Boolean> bool(String name, boolean def, String description) {
        return new Setting<>(name, def, new BooleanParser(), "true, false", description);
    }

    public static <E extends Enum<E>> Setting<E> choice(String name, E def, Class<E> type, String description) {
        StringBuilder choices = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (choices.length() > 0) choices.append(", ");
            choices.append(e.name().toLowerCase(Locale.ROOT));
        }
        return new Setting<>(name, def, new EnumParser<>(type), choices.toString(), description);
    }

    // Parsers are classes, not lambdas: reading the configuration at start-up must not bootstrap invokedynamic,
    // which alone costs a JVM that never uses JNA or jnr-ffi more than 10 ms.

    private static final class BooleanParser implements Function<String, Boolean> {
        @Override
        public Boolean apply(String v) {
            switch (v.trim().toLowerCase(Locale.ROOT)) {
                case "true": return true;
                case "false": return false;
                default: throw new IllegalArgumentException();
            }
        }
    }

    private static final class EnumParser<E extends Enum<E>> implements Function<String, E> {
        private final Class<E> type;

        EnumParser(Class<E> type) {
            this.type = type;
        }

        @Override
        public E apply(String v) {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
        }
    }

    public static <T> Setting<T> of(String name, T def, Function<String, T> parser, String choices, String description) {
        return new Setting<>(name, def, parser, choices, description);
    }

    public String name() { return name; }
    public String propertyName() { return PREFIX + name; }
    /** {@code ffijit.jna.direct.enabled} is {@code FFIJIT_JNA_DIRECT_ENABLED}. */
    public String envName() { return ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'); }
    public T defaultValue() { return defaultValue; }
    public String choices() { return choices; }
    public String description() { return description; }

    T parse(String value) {
        return parser.apply(value);
    }
}
