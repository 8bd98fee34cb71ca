//go:build !purego

package vecdot

import (
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"golang.org/x/sys/cpu"
)

// gemmImpls is impls plus the tile kernels the CPU runs but the
// implementations do not choose (the VNNI Q4_0 kernel without GFNI where
// the CPU has GFNI), so that the tests cover every kernel.
func gemmImpls() []impl {
	list := impls()
	if hasVNNI() && cpu.X86.HasAVX512GFNI {
		m := vnni()
		m.name = "avx2+vnni (no gfni)"
		m.gemm[quant.Q4_0] = asmGEMM(gemmQ4_0VNNI)
		list = append(list, m)
	}
	return list
}

// TestGEMMDispatch checks which implementations have tile kernels (avx2:
// Q4_0 and Q5_0; avx2+vnni and avx512: Q8_0, Q4_0, Q5_0, Q4_K and Q6_K;
// generic: none, RowsPacked runs the
// reference) and that HasGEMM reports the active one's.
func TestGEMMDispatch(t *testing.T) {
	want := map[string][]quant.Type{"generic": nil, "avx2": {quant.Q4_0, quant.Q5_0}, "avx2+vnni": {quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K, quant.Q6_K}, "avx512": {quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K, quant.Q6_K}}
	for _, m := range impls() {
		has := map[quant.Type]bool{}
		for _, typ := range want[m.name] {
			has[typ] = true
		}
		for typ := quant.Type(0); typ < numTypes; typ++ {
			if (m.gemm[typ] != nil) != has[typ] {
				t.Errorf("%s %s: tile kernel %v, want %v", m.name, typ, m.gemm[typ] != nil, has[typ])
			}
			if m.name == active.name && HasGEMM(typ) != has[typ] {
				t.Errorf("HasGEMM(%s) = %v on %s", typ, HasGEMM(typ), m.name)
			}
		}
	}
}
