package dev.ffijit.it.smoke;

/** A program that never touches JNA or jnr-ffi. */
public final class AgentStartsQuietly {
    public static void main(String[] args) {
        System.out.println("hello, " + args.length + " args");
    }
}
