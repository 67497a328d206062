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
        return new Setting<>(name, def, v -> {
            switch (v.trim().toLowerCase(Locale.ROOT)) {
                case "true": return true;
                case "false": return false;
                default: throw new IllegalArgumentException();
            }
        }, "true, false", description);
    }

    public static <E extends Enum<E>> Setting<E> choice(String name, E def, Class<E> type, String description) {
        StringBuilder choices = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (choices.length() > 0) choices.append(", ");
            choices.append(e.name().toLowerCase(Locale.ROOT));
        }
        return new Setting<>(name, def, v -> Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT)), choices.toString(),
                description);
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
