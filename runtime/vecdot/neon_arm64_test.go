//go:build !purego

package vecdot

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestNEONQuantBitExact checks that the NEON kernels of the 32-value formats
// and the IQ4 formats (Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, IQ4_NL, IQ4_XS; every
// arm64 implementation in impls but generic) equal the references bit for bit on random and extreme data
// (subnormal and ±65504 fp16 scales, −128, all-ones nibbles and fifth
// bits), odd block and row counts, with guard values around dst: they sum
// the blocks in the references' order, as neon_arm64.s states.
func TestNEONQuantBitExact(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, m := range impls()[1:] {
		for _, typ := range []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q4_1, quant.Q5_0, quant.Q5_1, quant.IQ4_NL, quant.IQ4_XS} {
			at, _ := quant.VecDotType(typ)
			for _, md := range []mode{random, extreme, tame} {
				for _, nb := range blockCounts {
					rows, rb := 1+r.IntN(9), nb*typ.TypeSize()
					w, a := weights(r, typ, rows*nb, md), acts(r, at, nb, md)
					got, check := guarded(t, rows)
					want := make([]float32, rows)
					if err := errors.Join(m.rows(got, typ, w, rb, a), generic.rows(want, typ, w, rb, a)); err != nil {
						t.Fatal(err)
					}
					check()
					for i, v := range want {
						if math.Float32bits(got[i]) != math.Float32bits(v) {
							t.Fatalf("%s %s %s nb=%d row %d: %v (%#x), reference %v (%#x)", m.name, typ, md, nb, i, got[i], math.Float32bits(got[i]), v, math.Float32bits(v))
						}
					}
				}
			}
		}
	}
}
