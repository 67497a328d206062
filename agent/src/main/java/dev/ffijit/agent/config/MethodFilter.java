package dev.ffijit.agent.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A comma-separated list of globs over {@code library:Owner.method}, where Owner may be written as the simple or
 * the fully qualified class name; {@code *} matches any run of characters, {@code ?} one.
 * Example: {@code c:*.str*,z:*}.
 */
public final class MethodFilter {
    private final String source;
    private final List<Pattern> patterns;

    private MethodFilter(String source, List<Pattern> patterns) {
        this.source = source;
        this.patterns = patterns;
    }

    public static MethodFilter parse(String globs) {
        List<Pattern> ps = new ArrayList<>();
        for (String g : globs.split(",")) {
            String glob = g.trim();
            if (glob.isEmpty()) continue;
            StringBuilder re = new StringBuilder();
            for (char c : glob.toCharArray()) {
                if (c == '*') re.append(".*");
                else if (c == '?') re.append('.');
                else re.append(Pattern.quote(String.valueOf(c)));
            }
            ps.add(Pattern.compile(re.toString()));
        }
        return new MethodFilter(globs.trim(), List.copyOf(ps));
    }

    public boolean isEmpty() { return patterns.isEmpty(); }

    /** Whether any glob matches this method, by either spelling of its owner. */
    public boolean matches(String library, String ownerName, String method) {
        String simple = ownerName.substring(Math.max(ownerName.lastIndexOf('.'), ownerName.lastIndexOf('$')) + 1);
        String full = library + ":" + ownerName + "." + method;
        String brief = library + ":" + simple + "." + method;
        for (Pattern p : patterns) {
            if (p.matcher(full).matches() || p.matcher(brief).matches()) return true;
        }
        return false;
    }

    @Override
    public String toString() { return source; }
}
