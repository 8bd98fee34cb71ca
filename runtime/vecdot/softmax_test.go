package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestExpShiftSum checks ExpShiftSum and Max on every implementation, on
// lengths around the kernels' 8 and 16 lanes, with arguments from 0 down to
// beyond the float32 range's end: each e^(x−m) is within 3 ulp of float64
// math.Exp where that is a normal float32, at most the smallest normal
// below, and the sum is within float32 rounding of the float64 sum; Max
// equals the plain maximum.
func TestExpShiftSum(t *testing.T) {
	for _, im := range impls() {
		r := rand.New(rand.NewPCG(61, 62))
		for _, n := range []int{1, 7, 8, 15, 16, 17, 33, 100, 513} {
			for _, spread := range []float64{1, 30, 200} {
				x := make([]float32, n)
				for i := range x {
					x[i] = float32(r.NormFloat64() * spread)
				}
				m := im.max(x)
				if want := maxGo(x, x[0]); m != want {
					t.Fatalf("%s n=%d: Max %v, want %v", im.name, n, m, want)
				}
				orig := append([]float32(nil), x...)
				s := im.expShiftSum(x, m)
				var ws, abs float64
				for i, v := range orig {
					want := math.Exp(float64(v - m))
					got := float64(x[i])
					ws += got
					abs += math.Abs(got)
					if want < 0x1p-126 {
						if !(got <= 0x1p-126) {
							t.Fatalf("%s n=%d: e^(%v) = %v, want at most 2⁻¹²⁶", im.name, n, v-m, got)
						}
						continue
					}
					ulp := float64(math.Nextafter32(float32(want), float32(math.Inf(1)))) - float64(float32(want))
					if d := math.Abs(got - want); !(d <= 3*ulp) {
						t.Fatalf("%s n=%d: e^(%v) = %v, want %v (%.1f ulp)", im.name, n, v-m, got, want, d/ulp)
					}
				}
				if d := math.Abs(float64(s) - ws); !(d <= float64(n+16)*0x1p-24*abs) {
					t.Fatalf("%s n=%d: sum %v, want %v", im.name, n, s, ws)
				}
			}
		}
	}
}
