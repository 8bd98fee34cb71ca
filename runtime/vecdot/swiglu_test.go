package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSwiGLU checks, for every implementation, that SwiGLU equals swigluGo
// to the bit on lengths around the 16-value vectors, with gates over
// Expf's range (normal values ·20) and, in some vectors, values at and past
// its ends, infinities and NaN (the kernel leaves those vectors to the
// plain loop), that it writes nothing around dst, and that dst may alias
// gate or up.
func TestSwiGLU(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	edges := []float32{87.5, -87.5, 88, -88, 88.5, -88.5, 87.33654, -87.33654, 100, -100, 0, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN())}
	for _, m := range impls() {
		for _, n := range []int{0, 1, 15, 16, 17, 31, 33, 64, 100, 301} {
			for _, withEdges := range []bool{false, true} {
				g, u := randFloats(r, n), randFloats(r, n)
				for i := range g {
					g[i] *= 20
				}
				if withEdges {
					for _, e := range edges {
						if n > 0 {
							g[r.IntN(n)] = e
						}
					}
				}
				want := make([]float32, n)
				swigluGo(want, g, u)
				got, check := guarded(t, n)
				m.swiGLU(got, g, u)
				check()
				same := func(what string, got []float32) {
					t.Helper()
					for i := range want {
						if math.Float32bits(got[i]) != math.Float32bits(want[i]) && !(want[i] != want[i] && got[i] != got[i]) {
							t.Fatalf("%s n=%d %s: g=%v u=%v: %v, want %v", m.name, n, what, g[i], u[i], got[i], want[i])
						}
					}
				}
				same("", got)
				ga := append([]float32(nil), g...)
				m.swiGLU(ga, ga, u)
				same("dst=gate", ga)
				ua := append([]float32(nil), u...)
				m.swiGLU(ua, g, ua)
				same("dst=up", ua)
			}
		}
	}
}

// TestExpf checks Expf against math.Exp within 2 ulp over its range and at
// its ends.
func TestExpf(t *testing.T) {
	for x := float32(-87.3); x < 88.7; x += 0.0137 {
		want := math.Exp(float64(x))
		if d := math.Abs(float64(Expf(x))-want) / want; d > 2.5*0x1p-24 {
			t.Fatalf("Expf(%v) = %v, e^x %v: relative error %g", x, Expf(x), want, d)
		}
	}
	if Expf(-100) != 0 || !math.IsInf(float64(Expf(100)), 1) || Expf(0) != 1 || !math.IsNaN(float64(Expf(float32(math.NaN())))) {
		t.Errorf("Expf(-100, 100, 0, NaN) = %v, %v, %v, %v", Expf(-100), Expf(100), Expf(0), Expf(float32(math.NaN())))
	}
}

// BenchmarkSwiGLU runs SwiGLU on 4864 values (a 0.5B model's FFN row) with
// each implementation (cpu-GB/s of the three arrays).
func BenchmarkSwiGLU(b *testing.B) {
	const n = 4864
	r := rand.New(rand.NewPCG(63, 64))
	g, u, dst := randFloats(r, n), randFloats(r, n), make([]float32, n)
	for _, m := range impls() {
		b.Run(m.name, func(b *testing.B) {
			cpuLoop(b, 3*4*n, func() { m.swiGLU(dst, g, u) })
		})
	}
}
