package quant

// F32, F16 and BF16: one value per "block", little-endian.
//
//	F32:  IEEE binary32, 4 bytes.
//	F16:  IEEE binary16 (ggml_fp16_t), 2 bytes: sign, 5 exponent bits (bias
//	      15), 10 mantissa bits.
//	BF16: bfloat16 (ggml_bf16_t), 2 bytes: the top half of a binary32.
//
// Conversions to the 16-bit formats round to nearest, ties to even, as
// ggml's GGML_FP32_TO_FP16 (F16C's _cvtss_sh) and GGML_FP32_TO_BF16 do.

import (
	"encoding/binary"
	"math"
)

// FP16ToFloat32 converts an IEEE half-precision value to float32. The
// conversion is exact: subnormals, infinities and NaNs (payload kept) map to
// the same value in float32.
func FP16ToFloat32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	man := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f: // infinity or NaN
		return math.Float32frombits(sign | 0x7f800000 | man<<13)
	case exp != 0: // normal
		return math.Float32frombits(sign | (exp+127-15)<<23 | man<<13)
	default: // zero or subnormal: man × 2⁻²⁴, exact in float32
		f := float32(man) * (1.0 / (1 << 24))
		return math.Float32frombits(sign | math.Float32bits(f))
	}
}

// Float32ToFP16 converts f to IEEE half precision, rounding to nearest with
// ties to even. Values beyond the half range become ±Inf, values below half
// its smallest subnormal become ±0, and every NaN becomes the quiet NaN
// 0x7E00 with f's sign (as ggml does).
func Float32ToFP16(f float32) uint16 {
	b := math.Float32bits(f)
	if e := b >> 23 & 0xff; e-113 < 30 {
		return normalFP16(b, e)
	}
	return float32ToFP16Rare(b)
}

// normalFP16 is Float32ToFP16 for the float32 bits b, of biased exponent e,
// of a value whose half is normal (or rounds up to Inf: 113 ≤ e < 143), the
// common case, with no branch on the value: rebias the exponent (−112),
// keep 10 mantissa bits and round the 13 dropped ones to nearest even; a
// carry propagates into the exponent. (Branching on the dropped bits costs
// a misprediction on every other value of real data.)
func normalFP16(b, e uint32) uint16 {
	h := (b>>13)&0x3ff | (e-112)<<10
	h += (b&0x1fff + h&1 + 0xfff) >> 13 // 1 iff rem > half, or = half and h odd
	return uint16(b>>16)&0x8000 | uint16(h)
}

// float32ToFP16Rare is Float32ToFP16 for the float32 bits b of a value
// whose half is zero, subnormal, infinite or NaN.
func float32ToFP16Rare(b uint32) uint16 {
	sign := uint16(b>>16) & 0x8000
	exp := int32(b>>23) & 0xff
	man := b & 0x7fffff
	if exp == 0xff {
		if man != 0 {
			return sign | 0x7e00
		}
		return sign | 0x7c00
	}
	e := exp - 127 + 15 // the half's biased exponent
	if e >= 0x1f {
		return sign | 0x7c00
	}
	if e <= 0 {
		// A half subnormal (or zero): count units of 2⁻²⁴.
		if e < -10 {
			return sign // below 2⁻²⁵: rounds to zero
		}
		m := man | 0x800000 // 24-bit significand, value m × 2^(exp-150)
		shift := uint32(14 - e)
		q := m >> shift
		rem := m & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || rem == half && q&1 == 1 {
			q++ // may carry into the smallest normal, which is correct
		}
		return sign | uint16(q)
	}
	q := uint32(e)<<10 | man>>13
	rem := man & 0x1fff
	if rem > 0x1000 || rem == 0x1000 && q&1 == 1 {
		q++ // a carry out of the mantissa bumps the exponent, up to Inf
	}
	return sign | uint16(q)
}

// BF16ToFloat32 converts a bfloat16 value to float32 (exact).
func BF16ToFloat32(h uint16) float32 { return math.Float32frombits(uint32(h) << 16) }

// Float32ToBF16 converts f to bfloat16, rounding to nearest with ties to
// even; a NaN stays a NaN and is made quiet, keeping its sign and the top of
// its payload (as ggml does).
func Float32ToBF16(f float32) uint16 {
	b := math.Float32bits(f)
	if b&0x7fffffff > 0x7f800000 {
		return uint16(b>>16) | 0x40
	}
	return uint16((b + 0x7fff + (b>>16)&1) >> 16)
}

func dequantF32(src []byte, dst []float32) {
	src = src[:len(dst)*4]
	for i := range dst {
		dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(src[4*i:]))
	}
}

func quantF32(src []float32, dst []byte) {
	dst = dst[:len(src)*4]
	for i, v := range src {
		binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(v))
	}
}

func dequantF16(src []byte, dst []float32) {
	src = src[:len(dst)*2]
	for i := range dst {
		h := binary.LittleEndian.Uint16(src[2*i:])
		if e := h & 0x7c00; e != 0 && e != 0x7c00 {
			// Normal half, the common case, inlined: rebias the exponent
			// (+112) and widen the mantissa.
			dst[i] = math.Float32frombits(uint32(h&0x8000)<<16 | (uint32(h&0x7fff)+(127-15)<<10)<<13)
			continue
		}
		dst[i] = FP16ToFloat32(h)
	}
}

func quantF16(src []float32, dst []byte) {
	dst = dst[:len(src)*2]
	for i, v := range src {
		h := uint16(0)
		if b := math.Float32bits(v); b>>23&0xff-113 < 30 {
			h = normalFP16(b, b>>23&0xff) // inlined: the common case
		} else {
			h = float32ToFP16Rare(b)
		}
		binary.LittleEndian.PutUint16(dst[2*i:], h)
	}
}

func dequantBF16(src []byte, dst []float32) {
	src = src[:len(dst)*2]
	for i := range dst {
		dst[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(src[2*i:])) << 16)
	}
}

func quantBF16(src []float32, dst []byte) {
	dst = dst[:len(src)*2]
	for i, v := range src {
		binary.LittleEndian.PutUint16(dst[2*i:], Float32ToBF16(v))
	}
}

// fp16 reads the little-endian half at b[0:2] as float32.
func fp16(b []byte) float32 { return FP16ToFloat32(uint16(b[0]) | uint16(b[1])<<8) }

// putFP16 stores f as a little-endian half at b[0:2].
func putFP16(b []byte, f float32) {
	h := Float32ToFP16(f)
	b[0], b[1] = byte(h), byte(h>>8)
}
