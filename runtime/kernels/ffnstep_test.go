package kernels

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestFFNStep checks that FFNStep gives, to the bit, what MatMulShared and
// MatMulSwiGLU give (dst, and gate and up as they leave them), fused (a
// pool of one to three threads) and not (a nil pool; float down weights),
// for row-major and interleaved gate, up and down weights of the
// _0 and K formats; that it fuses exactly when it should; that it writes
// nothing past its outputs; and that it allocates nothing on a pool.
func TestFFNStep(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 72))
	const cols = 128
	cases := []struct {
		gu, down   quant.Type
		interleave bool // gate, up and (if it can be) down
		hidden     int
		fuses      bool // on a pool
	}{
		{quant.Q8_0, quant.Q8_0, false, 512, true},
		{quant.Q4_0, quant.Q4_0, true, 512, true},
		{quant.Q5_0, quant.Q6_K, true, 512, true},
		{quant.Q5_0, quant.Q4_K, false, 768, true},
		{quant.Q8_0, quant.Q8_0, true, 352, true}, // 11 blocks of 32 values, 22 groups of 16 rows
		{quant.Q4_0, quant.F16, false, 512, false},
	}
	for _, c := range cases {
		for _, threads := range []int{0, 1, 2, 3} {
			name := fmt.Sprintf("%s+%s/interleave=%v/hidden=%d/threads=%d", c.gu, c.down, c.interleave, c.hidden, threads)
			var p *Pool
			if threads > 0 {
				p = NewPool(threads, Quantized)
			}
			matrix := func(typ quant.Type, rows, cols int) Matrix {
				m, _ := quantMatrix(t, r, typ, rows, cols)
				if c.interleave && Interleavable(m) {
					im, err := Interleave(m, make([]byte, len(m.Data)))
					if err != nil {
						t.Fatal(err)
					}
					m = im
				}
				return m
			}
			wg, wu, wd := matrix(c.gu, c.hidden, cols), matrix(c.gu, c.hidden, cols), matrix(c.down, cols, c.hidden)
			x := randVec(r, cols)
			const guards = 5
			buf := func(n int) []float32 {
				b := make([]float32, n+guards)
				for i := n; i < len(b); i++ {
					b[i] = 4321
				}
				return b[:n]
			}
			dst, gate, up := buf(cols), buf(c.hidden), buf(c.hidden)

			fuse, _, _ := p.fusesFFN(dst, x, []Out{{gate, wg}, {up, wu}}, wd)
			want := p != nil && c.fuses
			if c.down == quant.F16 {
				// F16 weights take float products where vecdot has SIMD
				// ones (not under purego): then the step cannot fuse.
				want = p != nil && !floatDirect(quant.F16) && p.quantizedFor(quant.F16)
			}
			if fuse != want {
				t.Errorf("%s: fuses %v, want %v", name, fuse, want)
			}
			p.FFNStep(dst, x, gate, up, wg, wu, wd)

			wantDst, wantGate, wantUp := make([]float32, cols), make([]float32, c.hidden), make([]float32, c.hidden)
			p.MatMulShared(x, 1, Out{wantGate, wg}, Out{wantUp, wu})
			p.MatMulSwiGLU(wantDst, wd, wantGate, wantUp, 1)
			equal(t, name+" dst", wantDst, dst)
			equal(t, name+" gate", wantGate, gate)
			equal(t, name+" up", wantUp, up)
			for _, b := range [][]float32{dst, gate, up} {
				for i, g := range b[len(b) : len(b)+guards] {
					if g != 4321 {
						t.Fatalf("%s: guard value %d after an output overwritten", name, i)
					}
				}
			}
			if p != nil {
				if allocs := testing.AllocsPerRun(5, func() { p.FFNStep(dst, x, gate, up, wg, wu, wd) }); allocs != 0 {
					t.Errorf("%s: allocates %v times", name, allocs)
				}
				p.Close()
			}
		}
	}
}

// TestFFNStepChecks: projections that disagree, or outputs too short,
// panic on the caller before anything runs, and the pool still works.
func TestFFNStepChecks(t *testing.T) {
	r := rand.New(rand.NewPCG(73, 74))
	p := NewPool(2, Quantized)
	defer p.Close()
	wg, _ := quantMatrix(t, r, quant.Q8_0, 256, 64)
	wu, _ := quantMatrix(t, r, quant.Q8_0, 256, 64)
	wd, _ := quantMatrix(t, r, quant.Q8_0, 64, 256)
	short, _ := quantMatrix(t, r, quant.Q8_0, 64, 224)
	x, dst, gate, up := randVec(r, 64), make([]float32, 64), make([]float32, 256), make([]float32, 256)
	for _, c := range []struct {
		what string
		run  func()
	}{
		{"down of other width", func() { p.FFNStep(dst, x, gate, up, wg, wu, short) }},
		{"short dst", func() { p.FFNStep(dst[:10], x, gate, up, wg, wu, wd) }},
		{"short gate", func() { p.FFNStep(dst, x, gate[:100], up, wg, wu, wd) }},
		{"short x", func() { p.FFNStep(dst, x[:32], gate, up, wg, wu, wd) }},
	} {
		mustPanic(t, c.what, c.run)
	}
	want := make([]float32, 64)
	p.FFNStep(dst, x, gate, up, wg, wu, wd)
	g2, u2 := make([]float32, 256), make([]float32, 256)
	p.MatMulShared(x, 1, Out{g2, wg}, Out{u2, wu})
	p.MatMulSwiGLU(want, wd, g2, u2, 1)
	equal(t, "after the panics", want, dst)
}
