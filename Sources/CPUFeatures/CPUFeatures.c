#include "CPUFeatures.h"

#if defined(__x86_64__)
#include <cpuid.h>

static unsigned long long xcr0(void) {
    unsigned eax, edx;
    __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    return ((unsigned long long)edx << 32) | eax;
}

static int bit(unsigned word, int n) { return (word >> n) & 1; }

int neuropad_x86_64_level(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 1;
    int fma = bit(c, 12), movbe = bit(c, 22), osxsave = bit(c, 27), avx = bit(c, 28), f16c = bit(c, 29);
    if (!(fma && movbe && osxsave && avx && f16c)) return 1;
    unsigned long long xcr = xcr0();
    if ((xcr & 0x6) != 0x6) return 1;               /* SSE and AVX state */
    if (__get_cpuid_max(0, 0) < 7) return 1;
    __cpuid_count(7, 0, a, b, c, d);
    unsigned leaf7b = b;
    int avx2 = bit(b, 5), bmi1 = bit(b, 3), bmi2 = bit(b, 8);
    if (!__get_cpuid(0x80000001, &a, &b, &c, &d)) return 1;
    int lzcnt = bit(c, 5);
    if (!(avx2 && bmi1 && bmi2 && lzcnt)) return 1;
    int avx512 = bit(leaf7b, 16) && bit(leaf7b, 17) && bit(leaf7b, 28) && bit(leaf7b, 30) && bit(leaf7b, 31);
    if (avx512 && (xcr & 0xe6) == 0xe6) return 4;   /* + opmask, ZMM0-15 upper, ZMM16-31 */
    return 3;
}
#else
int neuropad_x86_64_level(void) { return 0; }
#endif
