package kernels

import "math"

// expf returns e^x in float32 to within about 2 ulp (the standard library's
// float64 math.Exp costs several times more and the extra precision is lost
// in the rounding to float32). x is split as n·ln2 + r with |r| <= ln2/2, e^r
// is a degree-7 Taylor polynomial (truncation error < 6e-9 relative) and
// 2^n is put into the exponent bits. Results below the smallest normal
// float32 flush to 0; above the largest, +Inf; NaN stays NaN.
func expf(x float32) float32 {
	const (
		log2e = 1.44269504088896341
		ln2hi = 0.693145751953125 // ln2 to 16 bits: n·ln2hi is exact
		ln2lo = 1.42860682030941723212e-6
		magic = 12582912 // 1.5·2^23: adding it rounds to an integer
	)
	if !(x > -87.33654) { // also NaN: x > ... is false, returns below
		if x != x {
			return x
		}
		return 0
	}
	if x > 88.72283 {
		return float32(math.Inf(1))
	}
	t := x*log2e + magic
	n := t - magic
	r := x - n*ln2hi - n*ln2lo
	p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720+r*(1.0/5040)))))))
	e := int32(math.Float32bits(t)&0x7fffff) - 0x400000 // n as an integer
	if e > 127 {                                        // x near the top of the range: 2^128 is not a float32
		return p * 2 * math.Float32frombits(uint32(e-1+127)<<23)
	}
	return p * math.Float32frombits(uint32(e+127)<<23) // e >= -126 here
}

// expShift replaces x[i] by e^(x[i]−m) (as expf computes it, for the
// arguments <= 0 that softmax passes) and returns their sum in float64. It
// is expf written into the loop, two values per iteration with independent
// chains, which roughly halves softmax's cost.
func expShift(x []float32, m float32) float64 {
	const (
		log2e = 1.44269504088896341
		ln2hi = 0.693145751953125
		ln2lo = 1.42860682030941723212e-6
		magic = 12582912
		lo    = -87.33654
	)
	var s0, s1 float64
	i := 0
	for ; i+2 <= len(x); i += 2 {
		v := x[i : i+2 : i+2]
		a, b := v[0]-m, v[1]-m
		ok0, ok1 := a > lo, b > lo
		if !ok0 {
			a = 0
		}
		if !ok1 {
			b = 0
		}
		ta, tb := a*log2e+magic, b*log2e+magic
		na, nb := ta-magic, tb-magic
		ra, rb := a-na*ln2hi-na*ln2lo, b-nb*ln2hi-nb*ln2lo
		pa := 1 + ra*(1+ra*(1.0/2+ra*(1.0/6+ra*(1.0/24+ra*(1.0/120+ra*(1.0/720+ra*(1.0/5040)))))))
		pb := 1 + rb*(1+rb*(1.0/2+rb*(1.0/6+rb*(1.0/24+rb*(1.0/120+rb*(1.0/720+rb*(1.0/5040)))))))
		ea := pa * math.Float32frombits(uint32(int32(math.Float32bits(ta)&0x7fffff)-0x400000+127)<<23)
		eb := pb * math.Float32frombits(uint32(int32(math.Float32bits(tb)&0x7fffff)-0x400000+127)<<23)
		if !ok0 {
			ea = 0
		}
		if !ok1 {
			eb = 0
		}
		v[0], v[1] = ea, eb
		s0 += float64(ea)
		s1 += float64(eb)
	}
	for ; i < len(x); i++ {
		e := expf(x[i] - m)
		x[i] = e
		s0 += float64(e)
	}
	return s0 + s1
}

// expPair returns expf(a) and expf(b), computed side by side (two
// independent chains) when both are in expf's normal range, else by expf.
// The result is bit-equal to expf's.
func expPair(a, b float32) (float32, float32) {
	const (
		log2e = 1.44269504088896341
		ln2hi = 0.693145751953125
		ln2lo = 1.42860682030941723212e-6
		magic = 12582912
		lo    = -87.33654
	)
	if !(a > lo && a <= 88 && b > lo && b <= 88) {
		return expf(a), expf(b) // range ends, NaN: rare
	}
	ta, tb := a*log2e+magic, b*log2e+magic
	na, nb := ta-magic, tb-magic
	ra, rb := a-na*ln2hi-na*ln2lo, b-nb*ln2hi-nb*ln2lo
	pa := 1 + ra*(1+ra*(1.0/2+ra*(1.0/6+ra*(1.0/24+ra*(1.0/120+ra*(1.0/720+ra*(1.0/5040)))))))
	pb := 1 + rb*(1+rb*(1.0/2+rb*(1.0/6+rb*(1.0/24+rb*(1.0/120+rb*(1.0/720+rb*(1.0/5040)))))))
	ea := pa * math.Float32frombits(uint32(int32(math.Float32bits(ta)&0x7fffff)-0x400000+127)<<23)
	eb := pb * math.Float32frombits(uint32(int32(math.Float32bits(tb)&0x7fffff)-0x400000+127)<<23)
	return ea, eb
}
