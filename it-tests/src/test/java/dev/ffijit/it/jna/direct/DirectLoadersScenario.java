package dev.ffijit.it.jna.direct;

import dev.ffijit.it.jna.Out;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * The same direct-mapped classes defined by several class loaders (JNA shared from the parent): each copy is
 * registered, rewritten and bound on its own; unregistering one copy leaves the others bound.
 */
public final class DirectLoadersScenario {
    /** Defines this package's classes itself, child first; everything else from the parent. */
    static final class Isolated extends ClassLoader {
        Isolated(ClassLoader parent) {
            super("isolated", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(DirectLoadersScenario.class.getPackageName() + ".") || name.equals(Isolated.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) throw new ClassNotFoundException(name);
                        byte[] b = in.readAllBytes();
                        c = defineClass(name, b, 0, b.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ClassLoader[] loaders = {DirectLoadersScenario.class.getClassLoader(),
                new Isolated(DirectLoadersScenario.class.getClassLoader()), new Isolated(DirectLoadersScenario.class.getClassLoader())};
        for (int i = 0; i < loaders.length; i++) {
            Class<?> objects = Class.forName(DirectObjectsScenario.class.getName(), true, loaders[i]);
            Class<?> primitives = Class.forName(DirectPrimitivesScenario.class.getName(), true, loaders[i]);
            Out.p("loader " + i + " distinct", i == 0 || objects != DirectObjectsScenario.class);
            objects.getDeclaredMethod("run", String.class).invoke(null, "loader" + i + " ");
            primitives.getDeclaredMethod("primitives", String.class).invoke(null, "loader" + i + " ");
        }
        // unregister the second copy only: it fails, the others keep working
        Class<?> second = Class.forName(DirectObjects.class.getName(), true, loaders[1]);
        Class<?> native_ = Class.forName("com.sun.jna.Native");
        native_.getMethod("unregister", Class.class).invoke(null, second);
        Method strlen = second.getMethod("jit_strlen", String.class);
        try {
            Out.p("second after unregister", strlen.invoke(null, "abc"));
        } catch (java.lang.reflect.InvocationTargetException e) {
            Out.p("second after unregister threw", Out.describe(e.getCause()));
        }
        for (int i : new int[] {0, 2}) {
            Class<?> c = Class.forName(DirectObjects.class.getName(), true, loaders[i]);
            Out.p("loader " + i + " still bound", c.getMethod("jit_strlen", String.class).invoke(null, "abcd"));
        }
    }
}
