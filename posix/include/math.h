/* Mote POSIX layer: math.h (the libm crate underneath) */
#ifndef _MATH_H
#define _MATH_H
#define HUGE_VAL (__builtin_huge_val())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
#define M_PI 3.14159265358979323846
#define M_E 2.7182818284590452354
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define signbit(x) __builtin_signbit(x)
double sin(double), cos(double), tan(double), asin(double), acos(double), atan(double);
double sinh(double), cosh(double), tanh(double), exp(double), exp2(double), log(double);
double log10(double), log2(double), log1p(double), expm1(double), sqrt(double), cbrt(double);
double fabs(double), floor(double), ceil(double), round(double), trunc(double);
double atan2(double, double), pow(double, double), fmod(double, double), hypot(double, double);
double fmin(double, double), fmax(double, double);
float sqrtf(float), fabsf(float);
#endif
