package quant

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestFP16KnownValues(t *testing.T) {
	// Bit patterns from the IEEE 754 binary16 definition.
	cases := []struct {
		f float32
		h uint16
	}{
		{0, 0x0000},
		{float32(math.Copysign(0, -1)), 0x8000},
		{1, 0x3c00},
		{-2, 0xc000},
		{0.5, 0x3800},
		{65504, 0x7bff},                    // largest finite half
		{6.103515625e-05, 0x0400},          // 2⁻¹⁴, smallest normal
		{5.960464477539063e-08, 0x0001},    // 2⁻²⁴, smallest subnormal
		{6.097555160522461e-05, 0x03ff},    // 1023·2⁻²⁴, largest subnormal
		{float32(math.Inf(1)), 0x7c00},     //
		{float32(math.Inf(-1)), 0xfc00},    //
		{1 + 1.0/2048, 0x3c00},             // tie between 0x3c00 and 0x3c01: even
		{1 + 3.0/2048, 0x3c02},             // tie between 0x3c01 and 0x3c02: even
		{1 + 1.0/2048 + 1.0/65536, 0x3c01}, // just above the tie
		{65519.99, 0x7bff},                 // below the midpoint to infinity
		{65520, 0x7c00},                    // the midpoint 65504+16 rounds to even = Inf
		{1e6, 0x7c00},                      // overflow
		{2.9802322387695312e-08, 0x0000},   // 2⁻²⁵: tie between 0 and 2⁻²⁴, even is 0
		{2.9802326e-08, 0x0001},            // just above 2⁻²⁵
		{8.940696716308594e-08, 0x0002},    // 1.5·2⁻²⁴: tie between 1 and 2 units, even is 2
		{1e-10, 0x0000},                    // underflow
		{-1e-10, 0x8000},                   //
		{6.1005353927612305e-05, 0x0400},   // 1023.5·2⁻²⁴: tie, rounds up into the smallest normal
		{float32(math.NaN()), 0x7e00},      // ggml's quiet NaN
		{math.Float32frombits(0xff800001), 0xfe00},
	}
	for _, c := range cases {
		if got := Float32ToFP16(c.f); got != c.h {
			t.Errorf("Float32ToFP16(%g) = %#04x, want %#04x", c.f, got, c.h)
		}
	}
	dec := map[uint16]float32{
		0x3c00: 1, 0xc000: -2, 0x7bff: 65504, 0x0001: 5.960464477539063e-08,
		0x03ff: 6.097555160522461e-05, 0x0400: 6.103515625e-05, 0x3555: 0.333251953125,
		0x7c00: float32(math.Inf(1)), 0xfc00: float32(math.Inf(-1)),
	}
	for h, f := range dec {
		if got := FP16ToFloat32(h); got != f {
			t.Errorf("FP16ToFloat32(%#04x) = %g, want %g", h, got, f)
		}
	}
	if b := math.Float32bits(FP16ToFloat32(0x8000)); b != 0x80000000 {
		t.Errorf("FP16ToFloat32(0x8000) bits %#x, want -0", b)
	}
	for _, h := range []uint16{0x7e00, 0x7c01, 0xfe00, 0x7fff} {
		if f := FP16ToFloat32(h); f == f {
			t.Errorf("FP16ToFloat32(%#04x) = %g, want NaN", h, f)
		}
	}
}

// Every half that is not a NaN survives half → float32 → half unchanged.
func TestFP16RoundTripAll(t *testing.T) {
	for i := 0; i < 1<<16; i++ {
		h := uint16(i)
		if h&0x7c00 == 0x7c00 && h&0x3ff != 0 {
			continue
		}
		if got := Float32ToFP16(FP16ToFloat32(h)); got != h {
			t.Fatalf("half %#04x → %g → %#04x", h, FP16ToFloat32(h), got)
		}
	}
}

// Float32ToFP16 picks the nearest half (ties to the even one) for random
// float32s across the whole half range, checked against the neighbours.
func TestFP16NearestEven(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		// Exponents from far below the subnormals to beyond the range.
		f := float32(math.Ldexp(r.Float64()+0.5, r.IntN(50)-30))
		if r.IntN(2) == 0 {
			f = -f
		}
		h := Float32ToFP16(f)
		x := float64(f)
		got := float64(FP16ToFloat32(h))
		if math.IsInf(got, 0) {
			if math.Abs(x) < 65520 {
				t.Fatalf("%g rounded to Inf", f)
			}
			continue
		}
		d := math.Abs(x - got)
		for _, nb := range []uint16{h + 1, h - 1} {
			if nb&0x7fff >= 0x7c00 || (nb^h)&0x8000 != 0 {
				continue
			}
			dn := math.Abs(x - float64(FP16ToFloat32(nb)))
			if dn < d || dn == d && h&1 == 1 {
				t.Fatalf("%g → %#04x (%g), but %#04x (%g) is nearer or an even tie", f, h, got, nb, FP16ToFloat32(nb))
			}
		}
		if math.Abs(x) >= 65520 {
			t.Fatalf("%g should overflow to Inf, got %#04x", f, h)
		}
	}
}

func TestBF16(t *testing.T) {
	cases := []struct {
		bits uint32
		h    uint16
	}{
		{0x3f800000, 0x3f80}, // 1
		{0x3f808000, 0x3f80}, // 1 + 2⁻⁸: tie, even
		{0x3f818000, 0x3f82}, // 1 + 3·2⁻⁸: tie, even
		{0x3f808001, 0x3f81}, // just above the tie
		{0xc0490fdb, 0xc049}, // −π
		{0x7f7fffff, 0x7f80}, // MaxFloat32 rounds to Inf
		{0x7f800000, 0x7f80}, // Inf
		{0x00000001, 0x0000}, // smallest subnormal rounds to 0
		{0x00018000, 0x0002}, // subnormal tie, even
		{0x7f800001, 0x7fc0}, // signalling NaN becomes quiet
		{0xffa00000, 0xffe0}, // negative NaN keeps sign and payload top
		{0x7fc00000, 0x7fc0}, // quiet NaN
	}
	for _, c := range cases {
		if got := Float32ToBF16(math.Float32frombits(c.bits)); got != c.h {
			t.Errorf("Float32ToBF16(%#08x) = %#04x, want %#04x", c.bits, got, c.h)
		}
	}
	if f := BF16ToFloat32(0x3f80); f != 1 {
		t.Errorf("BF16ToFloat32(0x3f80) = %g", f)
	}
	if f := BF16ToFloat32(0xc049); f != -3.140625 {
		t.Errorf("BF16ToFloat32(0xc049) = %g", f)
	}
	if f := BF16ToFloat32(0x7fc1); f == f {
		t.Errorf("BF16ToFloat32(0x7fc1) = %g, want NaN", f)
	}
	for i := 0; i < 1<<16; i++ {
		h := uint16(i)
		if h&0x7f80 == 0x7f80 && h&0x7f != 0 {
			continue
		}
		if got := Float32ToBF16(BF16ToFloat32(h)); got != h {
			t.Fatalf("bf16 %#04x does not round-trip: %#04x", h, got)
		}
	}
}

// Dequantize(F16) has its own inlined path for normal halves; it must agree
// with FP16ToFloat32 bit for bit on all 65536 halves.
func TestDequantizeF16AllHalves(t *testing.T) {
	src := make([]byte, 2<<16)
	for i := 0; i < 1<<16; i++ {
		src[2*i], src[2*i+1] = byte(i), byte(i>>8)
	}
	dst := make([]float32, 1<<16)
	if err := Dequantize(F16, src, dst); err != nil {
		t.Fatal(err)
	}
	for i, v := range dst {
		if want := FP16ToFloat32(uint16(i)); math.Float32bits(v) != math.Float32bits(want) {
			t.Fatalf("half %#04x: Dequantize gives %#08x, FP16ToFloat32 %#08x", i, math.Float32bits(v), math.Float32bits(want))
		}
	}
}

// Quantize(F16) has its own inlined path for normal halves; it must agree
// with Float32ToFP16 on random bit patterns and on every exponent's edges.
func TestQuantizeF16MatchesFloat32ToFP16(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	var x []float32
	for e := uint32(0); e < 256; e++ {
		for _, m := range []uint32{0, 1, 0xfff, 0x1000, 0x1001, 0x2000 + 0x1000, 0x7fe000, 0x7fefff, 0x7ff000, 0x7fffff} {
			x = append(x, math.Float32frombits(e<<23|m), math.Float32frombits(1<<31|e<<23|m))
		}
	}
	for i := 0; i < 1<<18; i++ {
		x = append(x, math.Float32frombits(r.Uint32()))
	}
	q, err := Quantize(F16, x)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range x {
		got := uint16(q[2*i]) | uint16(q[2*i+1])<<8
		if want := Float32ToFP16(v); got != want {
			t.Fatalf("%#08x: Quantize gives %#04x, Float32ToFP16 %#04x", math.Float32bits(v), got, want)
		}
	}
}

// BenchmarkFloat32ToFP16 converts 4,096 random normal values (as a KV cache
// store does): the rounding of the dropped bits is a coin toss per value.
func BenchmarkFloat32ToFP16(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	x := make([]float32, 4096)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	dst := make([]uint16, len(x))
	b.SetBytes(int64(4 * len(x)))
	for b.Loop() {
		for i, v := range x {
			dst[i] = Float32ToFP16(v)
		}
	}
}
