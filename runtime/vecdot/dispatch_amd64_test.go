//go:build !purego

package vecdot

import (
	"testing"

	"golang.org/x/sys/cpu"
)

// TestDispatch checks that a CPU with AVX2, FMA and F16C gets the assembly
// kernels (so that the comparisons in the other tests are SIMD against the
// references), and that every supported type has one.
func TestDispatch(t *testing.T) {
	if !(cpu.X86.HasAVX2 && cpu.X86.HasFMA && cpu.X86.HasF16C) {
		if Impl() != "generic" {
			t.Fatalf("Impl() = %q on a CPU without AVX2/FMA/F16C", Impl())
		}
		return
	}
	if Impl() != "avx2" {
		t.Fatalf("Impl() = %q, want avx2", Impl())
	}
	m := avx2()
	for _, typ := range quantTypes {
		if m.quantFor(typ) == nil {
			t.Errorf("%s: no kernel", typ)
		}
	}
	for _, typ := range floatTypes {
		if m.floatFor(typ) == nil {
			t.Errorf("%s: no kernel", typ)
		}
	}
}
