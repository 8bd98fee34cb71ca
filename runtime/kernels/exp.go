package kernels

import (
	"math"

	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// expf returns e^x in float32 to within about 2 ulp: vecdot.Expf (a
// degree-7 polynomial scaled by 2^n; below the smallest normal float32 0,
// above the largest +Inf, NaN stays NaN).
func expf(x float32) float32 { return vecdot.Expf(x) }

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
		// Every product is rounded to float32 before it is added, as in
		// Expf: without the conversions the compiler may fuse them into
		// multiply-adds (it does on arm64), and the bits would differ.
		ta, tb := float32(a*log2e)+magic, float32(b*log2e)+magic
		na, nb := ta-magic, tb-magic
		ra, rb := a-float32(na*ln2hi)-float32(na*ln2lo), b-float32(nb*ln2hi)-float32(nb*ln2lo)
		pa, pb := poly(ra), poly(rb)
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

// poly is Expf's polynomial, 1 + r·(1 + r·(1/2 + … + r·(1/720 + r/5040))),
// each product rounded to float32 before the next addition (unfused).
func poly(r float32) float32 {
	p := float32(r * (1.0 / 5040))
	p = float32(r * (1.0/720 + p))
	p = float32(r * (1.0/120 + p))
	p = float32(r * (1.0/24 + p))
	p = float32(r * (1.0/6 + p))
	p = float32(r * (1.0/2 + p))
	p = float32(r * (1 + p))
	return 1 + p
}
