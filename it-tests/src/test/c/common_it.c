/* Shared by the differential scenarios: small functions whose behaviour is easy to print. */
#include <stdint.h>

int64_t it_add_i64(int64_t a, int64_t b) { return a + b; }
