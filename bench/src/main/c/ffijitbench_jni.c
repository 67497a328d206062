/* Hand-written JNI for dev.ffijit.bench.bindings.JniCalls: the baseline every
 * other call style is compared with.  Each function does what a careful JNI
 * author would: convert arguments with the cheapest suitable JNI call, make
 * the C call, return.  Pointers travel as jlong addresses. */
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <sys/time.h>
#include <zlib.h>

#include "ffijitbench.h"
#include "dev_ffijit_bench_bindings_JniCalls.h"

#define ADDR(j) ((void *) (intptr_t) (j))

JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_labs(JNIEnv *env, jclass cls, jlong x) {
    return labs((long) x);
}

JNIEXPORT jdouble JNICALL Java_dev_ffijit_bench_bindings_JniCalls_cos(JNIEnv *env, jclass cls, jdouble x) {
    return cos(x);
}

/* GetStringUTFChars copies the string (modified UTF-8; equal to UTF-8 for the
 * benchmark's ASCII text), as JNA and jnr-ffi copy it into native memory. */
JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_strlen__Ljava_lang_String_2(JNIEnv *env, jclass cls, jstring s) {
    const char *utf = (*env)->GetStringUTFChars(env, s, NULL);
    if (utf == NULL) return -1; /* OutOfMemoryError pending */
    size_t n = strlen(utf);
    (*env)->ReleaseStringUTFChars(env, s, utf);
    return (jlong) n;
}

JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_strlen__J(JNIEnv *env, jclass cls, jlong p) {
    return (jlong) strlen(ADDR(p));
}

JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_memset(JNIEnv *env, jclass cls, jlong p, jint c, jlong n) {
    return (jlong) (intptr_t) memset(ADDR(p), c, (size_t) n);
}

JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_sum6(JNIEnv *env, jclass cls,
        jlong a, jlong b, jlong c, jlong d, jlong e, jlong f) {
    return sum6(a, b, c, d, e, f);
}

JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_sum8(JNIEnv *env, jclass cls,
        jint a, jlong b, jint c, jlong d, jint e, jlong f, jint g, jlong h) {
    return sum8(a, b, c, d, e, f, g, h);
}

/* The struct is returned through a Java long[2] {tv_sec, tv_usec}: JNI code
 * hands C results back as Java values, it does not keep a native struct. */
JNIEXPORT jint JNICALL Java_dev_ffijit_bench_bindings_JniCalls_gettimeofday(JNIEnv *env, jclass cls, jlongArray out) {
    struct timeval tv;
    int rc = gettimeofday(&tv, NULL);
    jlong fields[2] = { (jlong) tv.tv_sec, (jlong) tv.tv_usec };
    (*env)->SetLongArrayRegion(env, out, 0, 2, fields);
    return rc;
}

/* GetPrimitiveArrayCritical: no copy for a short, non-blocking C call, which
 * is what a JNI author who cares about speed uses for a byte[] argument. */
JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_crc32(JNIEnv *env, jclass cls, jlong crc, jbyteArray buf, jint len) {
    void *bytes = (*env)->GetPrimitiveArrayCritical(env, buf, NULL);
    if (bytes == NULL) return -1; /* OutOfMemoryError pending */
    uLong r = crc32((uLong) crc, bytes, (uInt) len);
    (*env)->ReleasePrimitiveArrayCritical(env, buf, bytes, JNI_ABORT);
    return (jlong) r;
}

/* Native buffers for the Pointer benchmarks (a JNI app would malloc them too). */
JNIEXPORT jlong JNICALL Java_dev_ffijit_bench_bindings_JniCalls_malloc(JNIEnv *env, jclass cls, jlong size) {
    return (jlong) (intptr_t) malloc((size_t) size);
}

JNIEXPORT void JNICALL Java_dev_ffijit_bench_bindings_JniCalls_free(JNIEnv *env, jclass cls, jlong p) {
    free(ADDR(p));
}

JNIEXPORT void JNICALL Java_dev_ffijit_bench_bindings_JniCalls_getBytes(JNIEnv *env, jclass cls, jlong p, jbyteArray dst) {
    (*env)->SetByteArrayRegion(env, dst, 0, (*env)->GetArrayLength(env, dst), ADDR(p));
}

JNIEXPORT void JNICALL Java_dev_ffijit_bench_bindings_JniCalls_putBytes(JNIEnv *env, jclass cls, jlong p, jbyteArray src) {
    (*env)->GetByteArrayRegion(env, src, 0, (*env)->GetArrayLength(env, src), ADDR(p));
}
