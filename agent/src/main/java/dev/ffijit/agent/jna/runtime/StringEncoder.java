package dev.ffijit.agent.jna.runtime;

import java.nio.charset.Charset;

/**
 * A function's string encoding ({@code Function.encoding}) as JNA applies it to String arguments:
 * {@code String.getBytes(charset)} plus one NUL byte. {@link #asciiLimit} marks the characters that the charset
 * encodes as themselves in one byte, which are written without calling the encoder.
 */
final class StringEncoder {
    final String encoding;
    final Charset charset;
    /** Every char below this encodes to the byte of the same value, alone. */
    final char asciiLimit;

    private StringEncoder(String encoding, Charset charset, char asciiLimit) {
        this.encoding = encoding;
        this.charset = charset;
        this.asciiLimit = asciiLimit;
    }

    /** The encoder, or null when the JVM knows no such charset (JNA then warns on every call: its own path). */
    static StringEncoder forEncoding(String encoding) {
        Charset cs;
        try {
            cs = Charset.forName(encoding);
        } catch (IllegalArgumentException e) { // also IllegalCharsetName, UnsupportedCharset
            return null;
        }
        return new StringEncoder(encoding, cs, asciiLimit(cs));
    }

    /** 0x100 for ISO-8859-1, 0x80 for charsets that keep ASCII as is, 0 for the others (UTF-16, EBCDIC, ...). */
    private static char asciiLimit(Charset cs) {
        for (char limit : new char[] {0x100, 0x80}) {
            StringBuilder all = new StringBuilder(limit);
            for (char c = 0; c < limit; c++) all.append(c);
            byte[] b = all.toString().getBytes(cs);
            if (b.length != limit) continue;
            boolean same = true;
            for (int i = 0; i < limit && same; i++) same = (b[i] & 0xFF) == i;
            if (same) return limit;
        }
        return 0;
    }
}
