package dev.ffijit.agent.config;

/**
 * Where the bridge classes ({@code dev.ffijit.bootstrap}) go. The boot class path reaches every class loader, but
 * appending to it at run time makes the JVM print a CDS warning ("Sharing is only supported for boot loader
 * classes...") on stderr, so it is taken only when the library's class loader cannot see the system class path.
 */
public enum BridgePlace {
    /** The system class path, unless the first library seen lives in a loader that does not delegate to it. */
    AUTO,
    /** Always the boot class path: also libraries in loaders beside the system one, at the price of the warning. */
    BOOT
}
