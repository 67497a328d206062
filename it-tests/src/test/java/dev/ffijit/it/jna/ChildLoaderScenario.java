package dev.ffijit.it.jna;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * JNA and the application loaded by a class loader of their own whose parent knows neither (as in a web
 * application or a fat jar): runs another scenario's main there.
 */
public final class ChildLoaderScenario {
    public static void main(String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        try (URLClassLoader child = new URLClassLoader("child", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            Class<?> scenario = Class.forName(args[0], true, child);
            System.out.println("JNA from the child loader: " + (Class.forName("com.sun.jna.Native", false, child).getClassLoader() == child));
            scenario.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        }
    }
}
