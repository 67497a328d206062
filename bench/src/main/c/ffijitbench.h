/* The benchmark's own C "application library": functions that libc lacks but
 * that exercise argument counts the FFI libraries treat differently. */
#ifndef FFIJITBENCH_H
#define FFIJITBENCH_H

#include <stdint.h>

/* Six integer arguments: all in registers on x86_64 and AArch64, and the most
 * jnr-ffi's x86_64 stub compiler accepts. */
int64_t sum6(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f);

/* Eight integer arguments, ints and longs mixed: on x86_64 two go on the stack,
 * the 32-bit ones must be sign-extended correctly, and jnr-ffi's stub compiler
 * refuses it (more than six integer parameters) so jnr falls back to libffi. */
int64_t sum8(int32_t a, int64_t b, int32_t c, int64_t d,
             int32_t e, int64_t f, int32_t g, int64_t h);

#endif
