package dev.ffijit.stubgen.bind;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * Defines small hidden classes that hold nothing but {@code public static native} methods, for stubs to be bound
 * to. Hidden classes unload on their own once unreachable, which is what frees their stubs' code.
 */
public final class NativeHolders {
    private static final int ACC_PUBLIC = 0x0001, ACC_STATIC = 0x0008, ACC_FINAL = 0x0010, ACC_SUPER = 0x0020,
            ACC_NATIVE = 0x0100;
    private static final int CONSTANT_UTF8 = 1, CONSTANT_CLASS = 7;
    private static final int JAVA_17 = 61;

    private NativeHolders() {}

    /** A static native method to declare: name and JNI descriptor. */
    public record Declaration(String name, String descriptor) {}

    /** Defines a hidden holder class in this package and returns a full-privilege lookup on it. */
    public static MethodHandles.Lookup define(List<Declaration> methods) {
        try {
            byte[] bytes = classFile(NativeHolders.class.getPackageName().replace('.', '/') + "/Natives", methods);
            return MethodHandles.lookup().defineHiddenClass(bytes, true);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class file of a final class with only the given static native methods. */
    public static byte[] classFile(String internalName, List<Declaration> methods) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(JAVA_17);
            out.writeShort(5 + 2 * methods.size()); // constant pool count: entries 1..n
            utf8(out, internalName);                                 // #1
            out.writeByte(CONSTANT_CLASS); out.writeShort(1);        // #2
            utf8(out, "java/lang/Object");                           // #3
            out.writeByte(CONSTANT_CLASS); out.writeShort(3);        // #4
            for (Declaration m : methods) {
                utf8(out, m.name());
                utf8(out, m.descriptor());
            }
            out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
            out.writeShort(2);
            out.writeShort(4);
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(methods.size());
            for (int i = 0; i < methods.size(); i++) {
                out.writeShort(ACC_PUBLIC | ACC_STATIC | ACC_NATIVE);
                out.writeShort(5 + 2 * i);
                out.writeShort(6 + 2 * i);
                out.writeShort(0); // attributes
            }
            out.writeShort(0); // class attributes
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void utf8(DataOutputStream out, String s) throws IOException {
        out.writeByte(CONSTANT_UTF8);
        out.writeUTF(s);
    }
}
