/* Functions the JNA differential scenarios call: each returns or prints back what C received, so the scenario's
 * stdout shows every bit that crossed the boundary. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <math.h>

/* ---- primitives: C reports what arrived, widened to 64 bits ---- */
int64_t jit_i8(int8_t v) { return v; }
int64_t jit_i16(int16_t v) { return v; }
int64_t jit_i32(int32_t v) { return v; }
int64_t jit_i64(int64_t v) { return v; }
uint64_t jit_wchar(wchar_t v) { return (uint64_t)(uint32_t) v; }
int64_t jit_bool(int v) { return v; }
double jit_f32(float v) { return v; }
double jit_f64(double v) { return v; }
int64_t jit_mix(int8_t a, int16_t b, int32_t c, int64_t d, float e, double f, wchar_t g, int h) {
    return a + b * 3 + c * 5 + d * 7 + (int64_t)(e * 11) + (int64_t)(f * 13) + (int64_t) g * 17 + h * 19;
}
/* more arguments than registers: the tail travels on the stack */
double jit_many(int64_t a, double b, int32_t c, float d, int64_t e, double f, int32_t g, float h, int64_t i, double j,
                int32_t k, float l, int64_t m, double n, int32_t o, float p, int64_t q, double r, int8_t s, int16_t t) {
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 + m * 13 + n * 14
        + o * 15 + p * 16 + q * 17 + r * 18 + s * 19 + t * 20;
}
/* results wider than the Java type: JNA narrows in Java */
int32_t jit_ret_i32(int32_t v) { return v; }
int64_t jit_ret_i64(int64_t v) { return v; }
float jit_ret_f32(float v) { return v; }
double jit_ret_f64(double v) { return v; }
void jit_void(int32_t v) { (void) v; }

/* ---- strings ---- */
int64_t jit_strlen(const char *s) { return s ? (int64_t) strlen(s) : -1; }
/* the bytes C sees, as a number per byte, into out (up to n), returns the length */
int32_t jit_bytes(const char *s, int32_t *out, int32_t n) {
    if (!s) return -1;
    int32_t len = (int32_t) strlen(s);
    for (int32_t i = 0; i < len && i < n; i++) out[i] = (unsigned char) s[i];
    return len;
}
int32_t jit_strcmp2(const char *a, const char *b) { return (!a || !b) ? 99 : strcmp(a, b); }
const char *jit_echo(const char *s) { return s; }
static const char LATIN1[] = { 'c', 'a', 'f', (char) 0xE9, 0 };
static const char UTF8[] = { 'c', 'a', 'f', (char) 0xC3, (char) 0xA9, 0 };
const char *jit_static_latin1(void) { return LATIN1; }
const char *jit_static_utf8(void) { return UTF8; }
const char *jit_null_string(void) { return NULL; }
int64_t jit_wcslen(const wchar_t *s) { return s ? (int64_t) wcslen(s) : -1; }
int64_t jit_wchar_at(const wchar_t *s, int32_t i) { return (uint32_t) s[i]; }
const wchar_t *jit_wecho(const wchar_t *s) { return s; }
/* strtok keeps a pointer into its first argument between calls */
char *jit_strtok(char *s, const char *delim) { return strtok(s, delim); }

/* ---- pointers ---- */
int64_t jit_addr(void *p) { return (int64_t)(intptr_t) p; }
void *jit_offset(void *p, int64_t off) { return p ? (char *) p + off : NULL; }
void *jit_null_pointer(void) { return NULL; }
void jit_set_i8(int8_t *p, int8_t v) { *p = v; }
void jit_set_i16(int16_t *p, int16_t v) { *p = v; }
void jit_set_i32(int32_t *p, int32_t v) { *p = v; }
void jit_set_i64(int64_t *p, int64_t v) { *p = v; }
void jit_set_f32(float *p, float v) { *p = v; }
void jit_set_f64(double *p, double v) { *p = v; }
void jit_set_long(long *p, long v) { *p = v; }
void jit_set_ptr(void **p, void *v) { *p = v; }
int32_t jit_get_i32(int32_t *p) { return p ? *p : -1; }

/* ---- integer types ---- */
long jit_long(long v) { return v; }
uint64_t jit_u64(uint64_t v) { return v; }
uint32_t jit_u32(uint32_t v) { return v; }
uint16_t jit_u16(uint16_t v) { return v; }
int64_t jit_widened(int64_t v) { return v; } /* declared int64: shows the whole register of a narrow argument */
void *jit_handle(int64_t v) { return (void *)(intptr_t) v; }

/* ---- arrays: read, then modify in place ---- */
int64_t jit_bytes_sum_inc(int8_t *a, int32_t n) { int64_t s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i]++; } return s; }
int64_t jit_shorts_sum_inc(int16_t *a, int32_t n) { int64_t s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i]++; } return s; }
int64_t jit_chars_sum_inc(uint16_t *a, int32_t n) { int64_t s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i]++; } return s; }
int64_t jit_ints_sum_inc(int32_t *a, int32_t n) { int64_t s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i]++; } return s; }
int64_t jit_longs_sum_inc(int64_t *a, int32_t n) { int64_t s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i]++; } return s; }
double jit_floats_sum_inc(float *a, int32_t n) { double s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i] += 1; } return s; }
double jit_doubles_sum_inc(double *a, int32_t n) { double s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i] += 1; } return s; }
/* dst and src may be the same Java array: JNA copies each argument separately */
void jit_copy_ints(int32_t *dst, const int32_t *src, int32_t n) { for (int i = 0; i < n; i++) dst[i] = src[i] * 2; }

/* ---- structures ---- */
typedef struct { int32_t i; int64_t l; double d; int8_t b; int16_t s; float f; int32_t flag; wchar_t c; } jit_simple;
int64_t jit_simple_sum(jit_simple *p) {
    if (!p) return -1;
    int64_t r = p->i + p->l + (int64_t) p->d + p->b + p->s + (int64_t) p->f + p->flag + (int64_t) p->c;
    p->i += 1; p->l *= 2; p->d += 0.5; p->b = -p->b; p->s += 3; p->f *= 2; p->flag = p->flag ? 0 : 7; p->c += 1;
    return r;
}
typedef struct { int32_t x; int32_t y; } jit_point;
typedef union { int32_t i; float f; int64_t l; } jit_number;
typedef struct { jit_point origin; int32_t counts[4]; jit_number n; char name[8]; jit_point *next; } jit_nested;
int64_t jit_nested_touch(jit_nested *p) {
    int64_t r = p->origin.x * 10 + p->origin.y + p->counts[0] + p->counts[3] + p->n.i;
    p->origin.x += 1; p->origin.y -= 1; for (int i = 0; i < 4; i++) p->counts[i] *= 3; p->n.l = 0x100000002LL;
    strcpy(p->name, "nested"); if (p->next) { p->next->x = 42; }
    return r;
}
static jit_point STATIC_POINT = { 11, 22 };
jit_point *jit_point_static(void) { return &STATIC_POINT; }
jit_point *jit_point_null(void) { return NULL; }
void jit_point_move(jit_point *p, int32_t dx) { if (p) { p->x += dx; p->y += 2 * dx; } }
int32_t jit_points_sum(jit_point *p, int32_t n) { int32_t s = 0; for (int i = 0; i < n; i++) { s += p[i].x + p[i].y; p[i].x = -p[i].x; } return s; }
typedef struct { int64_t sec; int64_t usec; } jit_time;
int32_t jit_time_fill(jit_time *t, void *unused) { if (!t) return -1; t->sec = 1700000000; t->usec = 123456; return unused ? 1 : 0; }
typedef struct { long sec; long usec; uint32_t u; int16_t s; } jit_ntime;
int64_t jit_ntime_bump(jit_ntime *t) {
  if (!t) return -1;
  t->sec += 1; t->usec *= 2; t->u = t->u * 3 + 1; t->s -= 7;
  return (int64_t)t->sec + t->usec + t->u + t->s;
}

/* ---- errno ---- */
int32_t jit_set_errno(int32_t e, int32_t ret) { errno = e; return ret; }
double jit_set_errno_d(int32_t e, double ret) { errno = e; return ret; }
int32_t jit_errno_at_entry(void) { return errno; }
void jit_set_errno_fill(int32_t e, int32_t *a, int32_t n) { for (int i = 0; i < n; i++) a[i] = e; errno = e; }
int32_t jit_set_errno_struct(int32_t e, jit_point *p) { p->x = e; errno = e; return e; }

/* ---- for the fallback scenario ---- */
int32_t jit_point_byval(jit_point p) { return p.x * 100 + p.y; }
jit_point jit_point_make(int32_t x, int32_t y) { jit_point p = { x, y }; return p; }
int32_t jit_strings_count(char **a) { int32_t n = 0; while (a && a[n]) n++; if (n > 1) { char *t = a[0]; a[0] = a[n - 1]; a[n - 1] = t; } return n; }
int32_t jit_call(int32_t (*f)(int32_t), int32_t v) { return f(v) + 1; }
int32_t jit_bools(uint8_t *a, int32_t n) { int32_t s = 0; for (int i = 0; i < n; i++) { s += a[i]; a[i] = !a[i]; } return s; }
int32_t jit_sum_var(int32_t n, ...);
#include <stdarg.h>
int32_t jit_sum_var(int32_t n, ...) { va_list ap; va_start(ap, n); int32_t s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, int32_t); va_end(ap); return s; }
#include <unistd.h>
int32_t jit_sleep_ms(int32_t ms) { usleep((useconds_t) ms * 1000); return ms; }
