package vecdot

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// actInputs returns activation rows of n values that exercise the
// quantizers' edge cases: plain random values, all zeros, exact rounding
// ties (the block maximum 127 makes the scale 1, so k+0.5 is a tie), the
// block's largest magnitude present with both signs (the first must win for
// Q8_K), one huge value among tiny ones, subnormals, and blocks of every
// magnitude from 2⁻¹⁴⁰ to 2¹⁰⁰ (tiny blocks take the plain-Go path).
func actInputs(r *rand.Rand, n int) map[string][]float32 {
	in := map[string][]float32{}
	in["random"] = randFloats(r, n)
	in["zeros"] = make([]float32, n)
	ties := make([]float32, n)
	for i := range ties {
		ties[i] = float32(r.IntN(254)-127) + 0.5
		if i%32 == 0 {
			ties[i] = 127
		}
	}
	in["ties"] = ties
	signs := randFloats(r, n)
	for i := 0; i < n; i += 16 {
		signs[i] = 3
		if i+5 < n {
			signs[i+5] = -3
		}
		if i%64 == 0 {
			signs[i] = -3 // the negative one first in some blocks
		}
	}
	in["signs"] = signs
	spike := make([]float32, n)
	for i := range spike {
		spike[i] = float32(r.NormFloat64()) * 1e-6
	}
	spike[n/2] = 1e6
	in["spike"] = spike
	sub := make([]float32, n)
	for i := range sub {
		sub[i] = math.Float32frombits(uint32(r.IntN(1 << 23)))
		if i%3 == 0 {
			sub[i] = -sub[i]
		}
	}
	in["subnormal"] = sub
	half := randFloats(r, n) // zero blocks next to non-zero ones
	clear(half[:n/2])
	in["half zero"] = half
	wide := make([]float32, n) // magnitudes from 2⁻¹⁴⁰ to 2¹⁰⁰, per block
	for i := range wide {
		e := (i/32*37)%240 - 140
		wide[i] = float32(math.Ldexp(r.NormFloat64(), e+r.IntN(3)))
	}
	in["wide"] = wide
	return in
}

// TestQuantizeActivations checks that QuantizeActivations writes the same
// bytes as runtime/quant's plain-Go quantizers (llama.cpp's) on every input
// kind and on lengths of 1 to 9 blocks, and writes nothing past dst.
func TestQuantizeActivations(t *testing.T) {
	for _, m := range impls() {
		testQuantizeActivations(t, m)
	}
}

func testQuantizeActivations(t *testing.T, m impl) {
	r := rand.New(rand.NewPCG(21, 22))
	for _, at := range []quant.Type{quant.Q8_0, quant.Q8_1, quant.Q8_K} {
		for _, nb := range []int{1, 2, 3, 9, 40} {
			n := nb * at.BlockSize()
			for name, x := range actInputs(r, n) {
				want := make([]byte, nb*at.TypeSize())
				if err := quant.QuantizeActivations(at, x, want); err != nil {
					t.Fatal(err)
				}
				buf := make([]byte, len(want)+64)
				for i := range buf {
					buf[i] = 0xa5
				}
				got := buf[32 : 32+len(want)]
				if err := m.quantize(at, x, got); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					i := 0
					for got[i] == want[i] {
						i++
					}
					t.Fatalf("%s: %s %s nb=%d: byte %d (block %d, offset %d): got %#x, want %#x", m.name, at, name, nb, i, i/at.TypeSize(), i%at.TypeSize(), got[i], want[i])
				}
				for i, b := range buf {
					if (i < 32 || i >= 32+len(want)) && b != 0xa5 {
						t.Fatalf("%s %s nb=%d: byte %d outside dst written", at, name, nb, i-32)
					}
				}
			}
		}
	}
	if err := m.quantize(quant.Q8_0, make([]float32, 31), make([]byte, 34)); err == nil {
		t.Error("31 values: no error")
	}
	if err := m.quantize(quant.Q8_K, make([]float32, 256), make([]byte, 291)); err == nil {
		t.Error("short dst: no error")
	}
	if err := m.quantize(quant.Q4_0, make([]float32, 32), make([]byte, 18)); err == nil {
		t.Error("Q4_0 is not an activation type: no error")
	}
}

// BenchmarkQuantizeActivations converts one row of 4864 values (bytes: the
// float32 input): the selected implementation, the plain-Go one, and
// runtime/quant's reference.
func BenchmarkQuantizeActivations(b *testing.B) {
	r := rand.New(rand.NewPCG(23, 24))
	x := randFloats(r, 4864) // Qwen2.5-0.5B's FFN width
	for _, at := range []quant.Type{quant.Q8_0, quant.Q8_1, quant.Q8_K} {
		dst := make([]byte, len(x)/at.BlockSize()*at.TypeSize())
		for _, m := range impls() {
			if m.name == "avx2+vnni" {
				continue // avx2's quantizers
			}
			b.Run(at.String()+"/"+m.name, func(b *testing.B) {
				cpuLoop(b, int64(4*len(x)), func() { m.quantize(at, x, dst) })
			})
		}
		b.Run(at.String()+"/quant", func(b *testing.B) {
			cpuLoop(b, int64(4*len(x)), func() { quant.QuantizeActivations(at, x, dst) })
		})
	}
}
