package dev.ffijit.it.jna;

/**
 * Two copies of JNA in one JVM: another scenario's main runs first with JNA from the system class loader, then
 * again in a loader whose parent is the platform loader ({@link ChildLoaderScenario}), with that loader's own JNA.
 */
public final class TwoLoadersScenario {
    public static void main(String[] args) throws Exception {
        System.out.println("-- system class loader");
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        System.out.println("-- a loader beside it");
        ChildLoaderScenario.main(args);
    }
}
