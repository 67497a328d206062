package dev.ffijit.agent.jna;

/**
 * The fields ffijit adds to a JDK proxy class of a JNA library interface: one per interface method, typed as the
 * interface, holding the fast implementation once the method is accelerated. The rewriter names them and the
 * runtime finds them by the same rule, from the method's name and descriptor.
 */
public final class ProxySlots {
    private static final String PREFIX = "ffijit$";

    private ProxySlots() {}

    public static String fieldName(String method, String descriptor) {
        return PREFIX + method + "$" + Integer.toHexString(descriptor.hashCode());
    }

    /** The JVM descriptor of a method given its parameter and return classes. */
    public static String descriptor(Class<?>[] params, Class<?> result) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : params) sb.append(p.descriptorString());
        return sb.append(')').append(result.descriptorString()).toString();
    }
}
