package dev.ffijit.agent.inst;

/**
 * One library ffijit accelerates (JNA, jnr-ffi): which classes it rewrites as they load, and how. Transformation
 * works on bytes only; code that links against the library runs in that library's {@link dev.ffijit.agent.host.HostLoader}.
 */
public interface HostIntegration {
    /** Short name for logs and the report: "jna", "jnr". */
    String name();

    /** A cheap test on every class load: the internal name ({@code a/b/C}) of a class this integration may rewrite. */
    boolean wants(String internalName);

    /**
     * Returns the new class file, or null to leave the class as it is.
     *
     * @param redefining the class when it is being retransformed (late attach), else null: members can then not be added
     */
    byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefining, byte[] classFile)
            throws Exception;
}
