package dev.ffijit.agent.jnr.runtime;

import jnr.ffi.mapper.ToNativeConverter;
import jnr.ffi.provider.converters.CharSequenceParameterConverter;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The String fast path encodes with {@code String.getBytes}; jnr-ffi encodes with a REPLACE-mode encoder. For the
 * charsets the fast path accepts, the bytes must be the same, malformed surrogates included.
 */
class DirectStringEncodingTest {
    private static final Charset[] DIRECT = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};

    @Test
    void getBytesEqualsJnrConverterOutput() {
        Random random = new Random(0x5eed);
        for (Charset cs : DIRECT) {
            ToNativeConverter<CharSequence, ByteBuffer> jnr = CharSequenceParameterConverter.getInstance(cs, null);
            for (int n = 0; n < 3000; n++) {
                String s = randomString(random, n % 40);
                ByteBuffer b = jnr.toNative(s, null);
                byte[] expected = Arrays.copyOf(b.array(), b.limit());
                byte[] fast = s.getBytes(cs);
                // jnr-ffi's buffer: the encoded bytes and four NULs
                assertEquals(fast.length + 4, expected.length, () -> cs + " length for " + escape(s));
                assertArrayEquals(Arrays.copyOf(expected, fast.length), fast, () -> cs + " bytes for " + escape(s));
                assertArrayEquals(new byte[4], Arrays.copyOfRange(expected, fast.length, expected.length));
            }
        }
    }

    /** Mostly ASCII, some Latin-1, BMP, pairs and lone surrogates in every position. */
    private static String randomString(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (r.nextInt(6)) {
                case 0: sb.append((char) (0x20 + r.nextInt(0x5f))); break;
                case 1: sb.append((char) (0x80 + r.nextInt(0x80))); break;
                case 2: sb.append((char) (0x100 + r.nextInt(0xd700))); break;
                case 3: sb.appendCodePoint(0x10000 + r.nextInt(0xfffff)); break;
                case 4: sb.append((char) (0xd800 + r.nextInt(0x800))); break;
                default: sb.append((char) r.nextInt(0x80)); break;
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(String.format("\\u%04x", (int) c));
        return sb.toString();
    }
}
