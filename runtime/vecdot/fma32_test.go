package vecdot

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestFMA32 checks the reference kernels' fused multiply-add against a·b+c
// computed exactly (math/big) and rounded once to float32: on random bit
// patterns, and on products of about half an ulp of c built to fall beside
// a float32 half-way point, where rounding to float64 first and then to
// float32 gives the other neighbour (the test counts those cases, so that
// it fails if they stop being built).
func TestFMA32(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	finite := func(x float32) bool { return !math.IsNaN(float64(x)) && !math.IsInf(float64(x), 0) }
	exact := func(a, b, c float32) (float32, bool) {
		x := new(big.Float).SetPrec(400).SetFloat64(float64(a))
		x.Mul(x, new(big.Float).SetFloat64(float64(b)))
		x.Add(x, new(big.Float).SetFloat64(float64(c)))
		f, _ := x.Float32()
		return f, finite(f)
	}
	doubleRounded := 0
	for i := 0; i < 300000; i++ {
		a, b, c := math.Float32frombits(r.Uint32()), math.Float32frombits(r.Uint32()), math.Float32frombits(r.Uint32())
		if i%2 == 1 {
			// a·b = 2^-24 ∓ x²·2^-70: float64 rounds 1.m + a·b onto a float32
			// half-way point, which the exact sum is just beside
			x := float32(r.IntN(1<<9) + 1)
			a, b = (0x1p23+x)*0x1p-23, (0x1p23-x)*0x1p-47
			if r.IntN(2) == 0 {
				b = (0x1p23 + x) * 0x1p-47
			}
			c = 1 + float32(r.IntN(1<<23))*0x1p-23
			if r.IntN(2) == 0 {
				a, c = -a, -c
			}
		}
		if !finite(a) || !finite(b) || !finite(c) {
			continue
		}
		want, ok := exact(a, b, c)
		if !ok {
			continue
		}
		if got := fma32(a, b, c); math.Float32bits(got) != math.Float32bits(want) && !(got == 0 && want == 0) {
			t.Fatalf("fma32(%v, %v, %v) = %v, want %v", a, b, c, got, want)
		}
		if float32(math.FMA(float64(a), float64(b), float64(c))) != want {
			doubleRounded++
		}
	}
	if doubleRounded == 0 {
		t.Fatal("no case where rounding twice differs: the half-way cases are not being built")
	}
}
