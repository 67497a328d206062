/* Functions for the targeted stub tests: argument positions that broke elsewhere, raw register images, echoes. */
#include <stdint.h>
#include <errno.h>

int64_t pick6(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) { return f; }
int32_t pick6i(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e, int32_t f) { return f; }
int64_t sum6(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) { return a + b + c + d + e + f; }
int64_t pick7(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f, int64_t g) { return g; }
int64_t pick9(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f, int64_t g, int64_t h, int64_t i) { return i; }
double pick9d(double a, double b, double c, double d, double e, double f, double g, double h, double i) { return i; }
float pick10f(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) { return j; }
double weigh16(int32_t a, double b, int64_t c, float d, int8_t e, double f, uint16_t g, double h,
               int32_t i, float j, int64_t k, double l, int16_t m, double n, uint8_t o, double p) {
    return a * 1.0 + b * 2 + c * 3.0 + d * 4 + e * 5.0 + f * 6 + g * 7.0 + h * 8 + i * 9.0 + j * 10
         + k * 11.0 + l * 12 + m * 13.0 + n * 14 + o * 15.0 + p * 16;
}

/* The whole register as the callee sees it. */
uint64_t raw(uint64_t x) { return x; }
uint64_t raw7th(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e, uint64_t f, uint64_t g) { return g; }

int8_t echo_s8(int8_t x) { return x; }
uint8_t echo_u8(uint8_t x) { return x; }
int16_t echo_s16(int16_t x) { return x; }
uint16_t echo_u16(uint16_t x) { return x; }
int32_t echo_s32(int32_t x) { return x; }
uint32_t echo_u32(uint32_t x) { return x; }
int64_t echo_s64(int64_t x) { return x; }
uint64_t echo_u64(uint64_t x) { return x; }
void *echo_ptr(void *x) { return x; }
float echo_f(float x) { return x; }
double echo_d(double x) { return x; }
int64_t last_void_arg;
void set_last(int64_t x) { last_void_arg = x; }

int32_t set_errno(int32_t e) { errno = e; return -e; }
double set_errno_d(int32_t e, double x) { errno = e; return x; }
float set_errno_f(int32_t e, float x) { errno = e; return x; }
int64_t errno_at_entry(void) { return errno; }
