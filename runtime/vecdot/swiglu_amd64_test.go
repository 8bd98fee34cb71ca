//go:build !purego

package vecdot

import (
	"math/rand/v2"
	"testing"
)

// TestSwiGLUKernelsTakeInRangeVectors checks that the SwiGLU kernels do the
// work TestSwiGLU checks the results of: on values inside the range they
// take, they return every whole group of 16 (a kernel that always declined
// would pass TestSwiGLU through the plain-Go loop).
func TestSwiGLUKernelsTakeInRangeVectors(t *testing.T) {
	r := rand.New(rand.NewPCG(63, 64))
	for _, m := range impls() {
		if m.swiglu == nil {
			continue
		}
		const n = 40
		g, u, dst := randFloats(r, n), randFloats(r, n), make([]float32, n)
		for i := range g {
			g[i] *= 20
		}
		if done := m.swiglu(&dst[0], &g[0], &u[0], n); done != 32 {
			t.Errorf("%s: kernel did %d of %d in-range values, want 32", m.name, done, n)
		}
		g[20] = 100 // −g = −100: out of range, in the second group
		if done := m.swiglu(&dst[0], &g[0], &u[0], n); done != 16 {
			t.Errorf("%s: with value 20 out of range, kernel did %d, want 16", m.name, done)
		}
	}
}
