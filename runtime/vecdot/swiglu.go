package vecdot

import "math"

// Expf returns e^x in float32 to within about 2 ulp (the standard library's
// float64 math.Exp costs several times more and the extra precision is lost
// in the rounding to float32). x is split as n·ln2 + r with |r| <= ln2/2, e^r
// is a degree-7 Taylor polynomial (truncation error < 6e-9 relative) and
// 2^n is put into the exponent bits. Results below the smallest normal
// float32 flush to 0; above the largest, +Inf; NaN stays NaN. Every
// operation is a float32 one, unfused, in the order written (SwiGLU's
// kernel repeats them).
func Expf(x float32) float32 {
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
	t := float32(x*log2e) + magic
	n := t - magic
	r := x - float32(n*ln2hi) - float32(n*ln2lo)
	// 1 + r·(1 + r·(1/2 + r·(1/6 + r·(1/24 + r·(1/120 + r·(1/720 + r/5040))))))
	p := float32(r * (1.0 / 5040))
	p = float32(r * (1.0/720 + p))
	p = float32(r * (1.0/120 + p))
	p = float32(r * (1.0/24 + p))
	p = float32(r * (1.0/6 + p))
	p = float32(r * (1.0/2 + p))
	p = float32(r * (1 + p))
	p = 1 + p
	e := int32(math.Float32bits(t)&0x7fffff) - 0x400000 // n as an integer
	if e > 127 {                                        // x near the top of the range: 2^128 is not a float32
		return p * 2 * math.Float32frombits(uint32(e-1+127)<<23)
	}
	return p * math.Float32frombits(uint32(e+127)<<23) // e >= -126 here
}

// SwiGLU computes, for i < len(dst) (gate and up at least as long),
//
//	dst[i] = gate[i] / (1 + Expf(−gate[i])) · up[i]
//
// (SiLU(gate[i])·up[i]), to the bit as that float32 expression evaluates.
// With AVX512 it takes 16 values at a time; the values left over, and each
// vector holding a −gate[i] outside (−87.33654, 88] or NaN, take the
// plain-Go loop. dst may alias gate or up. It allocates nothing.
func SwiGLU(dst, gate, up []float32) { active.swiGLU(dst, gate, up) }

func (m *impl) swiGLU(dst, gate, up []float32) {
	gate, up = gate[:len(dst)], up[:len(dst)]
	i := 0
	if k := m.swiglu; k != nil {
		for len(dst)-i >= 16 {
			i += k(&dst[i], &gate[i], &up[i], len(dst)-i)
			if len(dst)-i < 16 {
				break
			}
			swigluGo(dst[i:i+16], gate[i:i+16], up[i:i+16]) // the vector out of range
			i += 16
		}
	}
	swigluGo(dst[i:], gate[i:], up[i:])
}

// swigluGo is SwiGLU's plain-Go loop.
func swigluGo(dst, gate, up []float32) {
	for i := range dst {
		g := gate[i]
		dst[i] = g / (1 + Expf(-g)) * up[i]
	}
}
