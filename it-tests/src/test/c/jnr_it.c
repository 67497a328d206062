/*
 * C side of the jnr-ffi scenarios. Every function's result depends on every bit of every argument it should see,
 * so a wrong extension, a wrong byte or a missing write-back changes what the scenario prints.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- strings ---- */

size_t jit_strlen(const char *s) { return strlen(s); }

/* A hash over the bytes up to the NUL, so the encoding shows. */
int64_t jit_hash(const char *s) {
    int64_t h = 17;
    for (const unsigned char *p = (const unsigned char *) s; *p; p++) h = h * 31 + *p;
    return h;
}

/* How many NUL bytes follow the string, looking at most 5 bytes from its terminator (jnr-ffi gives 5). */
int jit_trailing_nuls(const char *s) {
    size_t n = strlen(s);
    int k = 0;
    while (k < 5 && s[n + k] == 0) k++;
    return k;
}

int jit_is_null(const void *p) { return p == NULL; }

/* Mixes strings, a pointer-sized and two ints: five parameters. */
int64_t jit_mix_strings(const char *a, const char *b, int64_t c, int d, const char *e) {
    return (jit_hash(a) * 7 + (b ? jit_hash(b) : -1)) * 13 + c * 3 + d + (e ? (int64_t) strlen(e) : -100);
}

static const char *const GREETINGS[] = { "hello", "h\xc3\xa9llo w\xc3\xb6rld", "", "\xe2\x82\xac 5" };

const char *jit_greeting(int which) {
    return which < 0 || which > 3 ? NULL : GREETINGS[which];
}

const char *jit_pick(const char *unused, int which) { (void) unused; return jit_greeting(which); }

/* Writes "filled-N" into buf (capacity n, including the NUL). */
void jit_fill_text(char *buf, int n) {
    const char *t = "filled-";
    int i = 0;
    for (; t[i] && i < n - 2; i++) buf[i] = t[i];
    if (i < n - 1) buf[i++] = (char) ('0' + n % 10);
    buf[i] = 0;
}

/* ---- primitive arrays ---- */

int64_t jit_sum_i8(const int8_t *a, int n) { int64_t t = 0; for (int i = 0; i < n; i++) t = t * 3 + a[i]; return t; }
int64_t jit_sum_i16(const int16_t *a, int n) { int64_t t = 0; for (int i = 0; i < n; i++) t = t * 3 + a[i]; return t; }
int64_t jit_sum_u16(const uint16_t *a, int n) { int64_t t = 0; for (int i = 0; i < n; i++) t = t * 3 + a[i]; return t; }
int64_t jit_sum_i32(const int32_t *a, int n) { int64_t t = 0; for (int i = 0; i < n; i++) t = t * 3 + a[i]; return t; }
int64_t jit_sum_i64(const int64_t *a, int n) { int64_t t = 0; for (int i = 0; i < n; i++) t = t * 3 + a[i]; return t; }
double jit_sum_f32(const float *a, int n) { double t = 0; for (int i = 0; i < n; i++) t = t * 3 + a[i]; return t; }
double jit_sum_f64(const double *a, int n) { double t = 0; for (int i = 0; i < n; i++) t = t * 3 + a[i]; return t; }

/* Reads the element just after the array: jffi NUL-terminates byte arrays it copies in. */
int jit_byte_at(const uint8_t *p, int i) { return p[i]; }

void jit_scale_i8(int8_t *a, int n, int k) { for (int i = 0; i < n; i++) a[i] = (int8_t) (a[i] * k + i); }
void jit_scale_i16(int16_t *a, int n, int k) { for (int i = 0; i < n; i++) a[i] = (int16_t) (a[i] * k + i); }
void jit_scale_u16(uint16_t *a, int n, int k) { for (int i = 0; i < n; i++) a[i] = (uint16_t) (a[i] * k + i); }
void jit_scale_i32(int32_t *a, int n, int k) { for (int i = 0; i < n; i++) a[i] = a[i] * k + i; }
void jit_scale_i64(int64_t *a, int n, int k) { for (int i = 0; i < n; i++) a[i] = a[i] * k + i; }
void jit_scale_f32(float *a, int n, int k) { for (int i = 0; i < n; i++) a[i] = a[i] * k + i; }
void jit_scale_f64(double *a, int n, int k) { for (int i = 0; i < n; i++) a[i] = a[i] * k + i; }

/* Overwrites every element (for @Out, whose memory C must not read). */
void jit_fill_i32(int32_t *a, int n, int v) { for (int i = 0; i < n; i++) a[i] = v + i; }
void jit_fill_u8(uint8_t *a, int n, int v) { for (int i = 0; i < n; i++) a[i] = (uint8_t) (v + i); }

/* Two arrays: the second receives the first, doubled. */
void jit_double_into(const int32_t *in, int32_t *out, int n) { for (int i = 0; i < n; i++) out[i] = 2 * in[i]; }

/* ---- pointers and structs ---- */

/* Five parameters with a pointer: more than jnr-ffi's own stubs take. */
int64_t jit_ptr_sum(const int64_t *p, int n, int a, int b, int c) {
    int64_t t = 0;
    for (int i = 0; i < n; i++) t = t * 5 + p[i];
    return t * 1000 + a * 100 + b * 10 + c;
}

void jit_ptr_fill(int64_t *p, int n, int64_t base, int step, int unused) {
    (void) unused;
    for (int i = 0; i < n; i++) p[i] = base + (int64_t) i * step;
}

struct jit_point { int32_t x; int32_t y; double w; };

void jit_point_move(struct jit_point *p, int dx, int dy, double dw, int times) {
    for (int i = 0; i < times; i++) { p->x += dx; p->y += dy; p->w += dw; }
}

/* A struct and a string: a String is never on jnr-ffi's own stubs. */
int64_t jit_point_hash(const struct jit_point *p, const char *label) {
    return ((int64_t) p->x * 1000003 + p->y) * 31 + (int64_t) (p->w * 8) + jit_hash(label);
}

void jit_point_set(struct jit_point *p, const char *label, int x, int y, double w) {
    p->x = x + (int) strlen(label); p->y = y; p->w = w;
}

static struct jit_point STATIC_POINT = { 3, -4, 2.5 };

struct jit_point *jit_point_static(const char *unused, int null) { (void) unused; return null ? NULL : &STATIC_POINT; }

/* Writes *out and returns how many characters it parsed (a by-reference out parameter). */
int jit_parse_int(const char *s, int32_t *out) {
    int32_t v = 0;
    int n = 0;
    while (s[n] >= '0' && s[n] <= '9') v = v * 10 + (s[n++] - '0');
    *out = v;
    return n;
}

/* ---- errno ---- */

int jit_fail(const char *why, int e) { (void) why; errno = e; return -1; }
int jit_succeed(const char *why) { (void) why; return 0; }

/* ---- numbers ---- */

int64_t jit_sum8(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f, int32_t g, int32_t h) {
    return ((((((a * 3LL + b) * 3 + c) * 3 + d) * 3 + e) * 3 + f) * 3 + g) * 3 + h;
}

int64_t jit_sum3(int64_t a, int32_t b, int16_t c) { return a * 100 + b * 10 + c; }

int64_t jit_sum6_i64(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) {
    return a + 10 * b + 100 * c + 1000 * d + 10000 * e + 100000 * f;
}

int32_t jit_sum6_i32(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f) {
    return a + 10 * b + 100 * c + 1000 * d + 10000 * e + 100000 * f;
}

/* Each argument as C sees it after its own type's conversion: a wrong width or extension changes the sum. */
double jit_widths(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f, int64_t g, uint64_t h,
                  float i, double j) {
    return (double) a + 1e1 * b + 1e3 * c + 1e5 * d + 1e7 * (double) e + 1e9 * (double) f
           + 1e11 * (double) g + 1e13 * (double) h + 3.0 * i + j;
}

/* Seven integers and five doubles, interleaved: more than registers hold on either architecture. */
double jit_mix12(int a, double b, int c, double d, int e, double f, int g, double h, int i, double j, int k, int l) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

long jit_long_sum7(long a, long b, long c, long d, long e, long f, long g) {
    return a - b + c - d + e - f + g * 2;
}

long jit_long_len(const char *s, long extra) { return (long) strlen(s) + extra; }

/* Results wider or narrower than the Java type, with a string to keep them off jnr-ffi's stubs. */
int32_t jit_ret_i32(const char *s, int32_t v) { (void) s; return v; }
uint32_t jit_ret_u32(const char *s, uint32_t v) { (void) s; return v; }
uint8_t jit_ret_u8(const char *s, int32_t v) { (void) s; return (uint8_t) v; }
int8_t jit_ret_i8(const char *s, int32_t v) { (void) s; return (int8_t) v; }
uint16_t jit_ret_u16(const char *s, int32_t v) { (void) s; return (uint16_t) v; }
int64_t jit_ret_i64(const char *s, int64_t v) { (void) s; return v; }
float jit_ret_f32(const char *s, float v) { (void) s; return v * 2; }
double jit_ret_f64(const char *s, double v) { (void) s; return v / 4; }

/* Boxed and address parameters, with a string to keep them off jnr-ffi's stubs. */
int64_t jit_boxed(const char *s, int8_t a, int16_t b, int32_t c, int64_t d, int e, float f, double g, void *h) {
    (void) s;
    return a + 10 * b + 100LL * c + 1000 * d + 10000LL * e + (int64_t) (f * 4) + (int64_t) (g * 8) + (h ? 7 : 0);
}

/* ---- things that stay on jnr-ffi's path ---- */

int jit_enum_code(int e, const char *s) { (void) s; return e * 10; }
int64_t jit_pinned_sum(const int32_t *a, int n, const char *s) { (void) s; return jit_sum_i32(a, n); }
int jit_apply(int (*f)(int), int v, const char *s) { (void) s; return f(v) + 1; }
int jit_bools(const uint8_t *b, int n, const char *s) { (void) s; int t = 0; for (int i = 0; i < n; i++) t = t * 2 + b[i]; return t; }

/* ---- application converters ---- */

/* The second buffer receives the first, doubled; returns the first's sum. The label keeps jnr-ffi off its own stubs. */
int64_t jit_copy_doubled(const int32_t *in, int32_t *out, int n, const char *label) {
    (void) label;
    int64_t t = 0;
    for (int i = 0; i < n; i++) { out[i] = 2 * in[i]; t += in[i]; }
    return t;
}

/* jit_pick and jit_point_static with a pointer beside their arguments, which they ignore. */
const char *jit_pick_beside(const void *ignored, const char *unused, int which) {
    (void) ignored;
    return jit_pick(unused, which);
}

struct jit_point *jit_point_static_beside(const void *ignored, const char *unused, int null) {
    (void) ignored;
    return jit_point_static(unused, null);
}
