package dev.ffijit.stubgen.testing;

import dev.ffijit.stubgen.sig.JType;

import java.util.Random;

/** Random carrier values, one in three an edge value: extremes, -1, 0, negative sub-word, NaN, -0.0, infinities. */
public final class RandomValues {
    private final Random random;

    public RandomValues(Random random) {
        this.random = random;
    }

    public Object next(JType carrier) {
        boolean edge = random.nextInt(3) == 0;
        switch (carrier) {
            case BOOLEAN: return random.nextBoolean();
            case BYTE: return edge ? pick((byte) -128, (byte) 127, (byte) -1, (byte) 0, (byte) 1) : (byte) random.nextInt();
            case CHAR: return edge ? pick((char) 0, (char) 0xFFFF, (char) 0x8000, (char) 0x7FFF, (char) 0xFF) : (char) random.nextInt();
            case SHORT: return edge ? pick((short) -32768, (short) 32767, (short) -1, (short) 0, (short) -129) : (short) random.nextInt();
            case INT: return edge ? pick(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 0x80, -129) : random.nextInt();
            case LONG: return edge ? pick(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 0xFFFFFFFFL, 0x80000000L, -2L << 31) : random.nextLong();
            case FLOAT: return edge ? pick(Float.NaN, -0.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                    Float.MIN_VALUE, Float.MAX_VALUE, Float.intBitsToFloat(0x7fc00123)) : Float.intBitsToFloat(random.nextInt());
            case DOUBLE: return edge ? pick(Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    Double.MIN_VALUE, Double.MAX_VALUE, Double.longBitsToDouble(0x7ff8000000000abcL)) : Double.longBitsToDouble(random.nextLong());
            default: throw new IllegalArgumentException(carrier.toString());
        }
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
