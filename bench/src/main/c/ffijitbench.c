#include "ffijitbench.h"

int64_t sum6(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) {
    return a + b + c + d + e + f;
}

int64_t sum8(int32_t a, int64_t b, int32_t c, int64_t d,
             int32_t e, int64_t f, int32_t g, int64_t h) {
    return (int64_t) a + b + c + d + e + f + g + h;
}
