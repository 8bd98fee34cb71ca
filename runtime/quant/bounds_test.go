package quant_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// blockStats describes one block of original values.
type blockStats struct {
	amax, smax float64 // the largest magnitude, and the first value that has it
	lo, hi     float64 // the smallest and largest value
}

func statsOf(x []float32) blockStats {
	st := blockStats{lo: math.Inf(1), hi: math.Inf(-1)}
	for _, w := range x {
		if a := math.Abs(float64(w)); a > st.amax {
			st.amax, st.smax = a, float64(w)
		}
		st.lo, st.hi = math.Min(st.lo, float64(w)), math.Max(st.hi, float64(w))
	}
	return st
}

// Per-value error bounds of quantize → dequantize, from each format's
// definition, given the statistics of the value's block and the value v.
//
//   - F16: half an ulp: |x|·2⁻¹¹ for normal halves, 2⁻²⁵ below 2⁻¹⁴.
//   - BF16: half an ulp: |x|·2⁻⁸.
//   - Q8_0: d = amax/127; |err| ≤ d/2 + 127·|d − fp16(d)|.
//   - Q4_0: d = max/−8 (max: the value of largest magnitude); a value with
//     x/d ≤ 7.5 is within |d|/2, one above it (the side opposite max, which
//     level 15 cannot reach) within |d|; plus 8·|d − fp16(d)|.
//   - Q5_0: the same with 16 and 15.5.
//   - Q4_1, Q5_1: d = (max−min)/(2ᵇ−1); |err| ≤ d/2 + (2ᵇ−1)·|d − fp16(d)| +
//     |min − fp16(min)|.
//   - K types (per 256-value super-block of magnitude amax): one and a half
//     steps of a b-bit grid spanning [−amax, amax], 1.5·2·amax/(2ᵇ−1). The
//     half step beyond one covers the quantization of the sub-block scales
//     (4, 6 or 8 bits against the super-block's largest), after which values
//     are re-rounded or clamped. Plus the absolute resolution of the fp16
//     super-block scales, 2⁻²⁵ per unit of (scale level × quant level): it
//     matters only where d is an fp16 subnormal (tiny weights).
//
// A small slack (1e-6 of the block's magnitude) covers float32 arithmetic.
func errorBound(ty quant.Type, st blockStats, v float64) float64 {
	r16 := func(f float64) float64 { return float64(quant.FP16ToFloat32(quant.Float32ToFP16(float32(f)))) }
	amax, smax, lo, hi := st.amax, st.smax, st.lo, st.hi
	slack := 1e-6 * amax
	switch ty {
	case quant.F16:
		if math.Abs(v) < 0x1p-14 {
			return 0x1p-25
		}
		return math.Abs(v) * 0x1p-11
	case quant.BF16:
		return math.Abs(v) * 0x1p-8
	case quant.Q8_0:
		d := amax / 127
		return d/2 + 127*math.Abs(d-r16(d)) + slack
	case quant.Q4_0, quant.Q5_0:
		half := 8.0
		if ty == quant.Q5_0 {
			half = 16
		}
		d := smax / -half
		e := math.Abs(d) / 2
		if d != 0 && v/d > half-0.5 {
			e = math.Abs(d)
		}
		return e + half*math.Abs(d-r16(d)) + slack
	case quant.Q4_1, quant.Q5_1:
		n := 15.0
		if ty == quant.Q5_1 {
			n = 31
		}
		d := (hi - lo) / n
		return d/2 + n*math.Abs(d-r16(d)) + math.Abs(lo-r16(lo)) + slack
	case quant.Q2_K:
		return 1.5*2*amax/3 + (15*3+15)*0x1p-25 + slack
	case quant.Q3_K:
		return 1.5*2*amax/7 + 32*4*0x1p-25 + slack
	case quant.Q4_K:
		return 1.5*2*amax/15 + (63*15+63)*0x1p-25 + slack
	case quant.Q5_K:
		return 1.5*2*amax/31 + (63*31+63)*0x1p-25 + slack
	case quant.Q6_K:
		return 1.5*2*amax/63 + 128*32*0x1p-25 + slack
	}
	panic(fmt.Sprintf("no error bound for %s", ty))
}

// checkBounds verifies every value of got against errorBound over the blocks
// of x (K types: 256-value super-blocks; F16/BF16: single values), and
// returns the relative RMS error ‖got − x‖/‖x‖.
func checkBounds(t *testing.T, what string, ty quant.Type, x, got []float32) float64 {
	t.Helper()
	bs := ty.BlockSize()
	var e2, x2 float64
	bad := 0
	for b := 0; b < len(x); b += bs {
		blk := x[b : b+bs]
		st := statsOf(blk)
		for i := range blk {
			e := math.Abs(float64(got[b+i] - blk[i]))
			e2 += e * e
			x2 += float64(blk[i]) * float64(blk[i])
			if bound := errorBound(ty, st, float64(blk[i])); e > bound {
				if bad++; bad <= 5 {
					t.Errorf("%s %s: value %d: %g decoded as %g, error %.3g > bound %.3g", what, ty, b+i, blk[i], got[b+i], e, bound)
				}
			}
		}
	}
	if bad > 5 {
		t.Errorf("%s %s: %d values out of bounds", what, ty, bad)
	}
	if x2 == 0 {
		return 0
	}
	return math.Sqrt(e2 / x2)
}

// maxRelRMSE is the largest relative RMS error accepted for Gaussian data:
// about 1.25× what llama.cpp's reference quantizers give (measured on the
// tiny fixtures: Q8_0 0.0053, Q4_0 0.086, Q4_1 0.078, Q5_0 0.043, Q5_1 0.038,
// Q2_K 0.30, Q3_K 0.15, Q4_K 0.071, Q5_K 0.036, Q6_K 0.018), so a quantizer
// that got a quarter worse fails.
var maxRelRMSE = map[quant.Type]float64{
	quant.F16: 3e-4, quant.BF16: 2.2e-3, quant.Q8_0: 0.0067,
	quant.Q4_0: 0.108, quant.Q4_1: 0.098, quant.Q5_0: 0.054, quant.Q5_1: 0.048,
	quant.Q2_K: 0.37, quant.Q3_K: 0.19, quant.Q4_K: 0.089, quant.Q5_K: 0.045, quant.Q6_K: 0.022,
}

var roundTripTypes = []quant.Type{quant.F16, quant.BF16, quant.Q8_0, quant.Q4_0, quant.Q4_1,
	quant.Q5_0, quant.Q5_1, quant.Q2_K, quant.Q3_K, quant.Q4_K, quant.Q5_K, quant.Q6_K}

// randomRows returns n values per distribution: Gaussian, uniform in
// [−1, 1), Gaussian with 1% outliers ×20, all positive, all negative, tiny
// (1e-6 scale), and a row with all-zero and constant blocks.
func randomRows(r *rand.Rand, n int) map[string][]float32 {
	gen := func(f func(i int) float64) []float32 {
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(f(i))
		}
		return x
	}
	return map[string][]float32{
		"gauss":   gen(func(int) float64 { return r.NormFloat64() }),
		"uniform": gen(func(int) float64 { return 2*r.Float64() - 1 }),
		"outlier": gen(func(int) float64 {
			if r.IntN(100) == 0 {
				return 20 * r.NormFloat64()
			}
			return r.NormFloat64()
		}),
		"positive": gen(func(int) float64 { return 0.5 + r.Float64() }),
		"negative": gen(func(int) float64 { return -0.5 - r.Float64() }),
		"tiny":     gen(func(int) float64 { return 1e-3 * r.NormFloat64() }),
		"flat": gen(func(i int) float64 {
			switch (i / 256) % 3 {
			case 0:
				return 0
			case 1:
				return 0.25
			}
			return r.NormFloat64()
		}),
	}
}

// roundTrip quantizes x to ty and returns the bytes and their decoding.
func roundTrip(t *testing.T, ty quant.Type, x []float32) ([]byte, []float32) {
	t.Helper()
	q, err := quant.Quantize(ty, x)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]float32, len(x))
	if err := quant.Dequantize(ty, q, got); err != nil {
		t.Fatal(err)
	}
	return q, got
}

func TestRoundTripBounds(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	rows := randomRows(r, 256*64)
	for _, ty := range roundTripTypes {
		for name, x := range rows {
			_, got := roundTrip(t, ty, x)
			rel := checkBounds(t, name, ty, x, got)
			if name == "gauss" && rel > maxRelRMSE[ty] {
				t.Errorf("%s %s: relative RMS error %.4g > %.4g", name, ty, rel, maxRelRMSE[ty])
			}
			if name == "flat" {
				// Zero blocks decode to exact zeros, constant blocks to
				// within their bound (checked above).
				for i := 0; i < len(x); i += 3 * 256 {
					for j := i; j < i+256; j++ {
						if got[j] != 0 {
							t.Fatalf("%s: all-zero block decoded %g at %d", ty, got[j], j)
						}
					}
				}
			}
		}
	}
}

// Quantizing is deterministic and QuantizeInto writes what Quantize returns,
// whatever dst held before.
func TestQuantizeIntoMatchesQuantize(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	x := randomRows(r, 512)["outlier"]
	for _, ty := range append(roundTripTypes, quant.F32, quant.Q8_1, quant.Q8_K) {
		a, err := quant.Quantize(ty, x)
		if err != nil {
			t.Fatal(err)
		}
		b := make([]byte, len(a))
		for i := range b {
			b[i] = 0xa5
		}
		if err := quant.QuantizeInto(ty, x, b); err != nil {
			t.Fatal(err)
		}
		if string(a) != string(b) {
			t.Errorf("%s: QuantizeInto over garbage differs from Quantize", ty)
		}
	}
}
