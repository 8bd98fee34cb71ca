package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// stepCase is one AttentionStep setup: projections of the given types
// (query and key of qk, value of v), a KV cache of kvType holding pos
// random positions; without biases when noBias is set.
type stepCase struct {
	qk, v      quant.Type
	interleave bool
	kvType     quant.Type
	pos        int
	noBias     bool
}

// stepOperands builds the operands of c for a pool with the given
// threads; out-of-range writes land in guard values after each output
// (guarded reports whether any changed). The KV caches returned are two
// identical copies.
func stepOperands(t *testing.T, r *rand.Rand, c stepCase) (a AttentionStep, kv2 *KVCache, guarded func(AttentionStep) bool) {
	t.Helper()
	s := AttentionShape{Heads: 6, KVHeads: 2, HeadDim: 64, Scale: DefaultScale(64)}
	const cols, capacity = 128, 1200
	Q, KV := s.Heads*s.HeadDim, s.KVHeads*s.HeadDim
	matrix := func(typ quant.Type, rows int) Matrix {
		m, _ := quantMatrix(t, r, typ, rows, cols)
		if c.interleave {
			im, err := Interleave(m, make([]byte, len(m.Data)))
			if err != nil {
				t.Fatal(err)
			}
			m = im
		}
		return m
	}
	const guards = 8
	buf := func(n int) []float32 {
		b := make([]float32, n+guards)
		for i := n; i < n+guards; i++ {
			b[i] = 12345
		}
		return b[:n]
	}
	a = AttentionStep{
		X:  randVec(r, cols),
		Wq: matrix(c.qk, Q), Wk: matrix(c.qk, KV), Wv: matrix(c.v, KV),
		Bq: randVec(r, Q), Bk: randVec(r, KV), Bv: randVec(r, KV),
		Q: buf(Q), K: buf(KV), V: buf(KV), Out: buf(Q),
		Shape: s, Pos: c.pos,
	}
	if c.noBias {
		a.Bq, a.Bk, a.Bv = nil, nil, nil
	}
	a.Cos, a.Sin = make([]float32, s.HeadDim/2), make([]float32, s.HeadDim/2)
	rope, err := NewRoPE(RoPEParams{HeadDim: s.HeadDim, Base: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	rope.CosSin(c.pos, a.Cos, a.Sin)
	if a.KV, err = NewKVCache(s.KVHeads, s.HeadDim, capacity, c.kvType); err != nil {
		t.Fatal(err)
	}
	kv2, _ = NewKVCache(s.KVHeads, s.HeadDim, capacity, c.kvType)
	if c.pos > 0 {
		k, v := randVec(r, c.pos*KV), randVec(r, c.pos*KV)
		a.KV.Store(0, k, v, c.pos)
		kv2.Store(0, k, v, c.pos)
	}
	guarded = func(a AttentionStep) bool {
		for _, b := range [][]float32{a.Q, a.K, a.V, a.Out} {
			for _, g := range b[len(b) : len(b)+guards] {
				if g != 12345 {
					return true
				}
			}
		}
		return false
	}
	return a, kv2, guarded
}

// TestAttentionStep checks that AttentionStep gives, to the bit, what the
// separate calls it stands for give (MatMulShared, the biases, ApplyRoPE,
// KVCache.Store, Attention), fused (one and two threads) and not (three
// threads for two KV heads, a nil pool): Q, K, V, Out and the whole cache,
// for quantized, interleaved, mixed and float projections, F32 and F16
// caches, at position 0, inside the first attention piece, in the second
// and in the third (without biases there); that it fuses exactly when it
// should; that it writes nothing past its outputs; and that it allocates
// nothing on a pool.
func TestAttentionStep(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	cases := []stepCase{
		{qk: quant.Q8_0, v: quant.Q8_0, kvType: quant.F32, pos: 0},
		{qk: quant.Q8_0, v: quant.Q8_0, kvType: quant.F16, pos: 37},
		{qk: quant.Q4_0, v: quant.Q4_0, kvType: quant.F32, pos: 600},
		{qk: quant.Q5_0, v: quant.Q8_0, kvType: quant.F16, pos: 513},
		{qk: quant.Q8_0, v: quant.Q8_0, interleave: true, kvType: quant.F32, pos: 100},
		{qk: quant.Q4_0, v: quant.Q4_0, interleave: true, kvType: quant.F16, pos: 511},
		{qk: quant.F16, v: quant.F16, kvType: quant.F32, pos: 9},
		{qk: quant.F32, v: quant.F32, kvType: quant.F16, pos: 1},
		{qk: quant.Q8_0, v: quant.Q8_0, kvType: quant.F16, pos: 1100, noBias: true},
	}
	for _, c := range cases {
		for _, threads := range []int{0, 1, 2, 3} {
			name := fmt.Sprintf("%s+%s/interleave=%v/%s/pos=%d/threads=%d", c.qk, c.v, c.interleave, c.kvType, c.pos, threads)
			var p *Pool
			if threads > 0 {
				p = NewPool(threads, Quantized)
			}
			a, kv2, guarded := stepOperands(t, r, c)
			// Fused: on one or two threads (two KV heads), when the
			// projections share one operation (float ones need SIMD
			// kernels: not under purego).
			shared, _, _, _ := p.sharedKind(a.X, 1, []Out{{a.Q, a.Wq}, {a.K, a.Wk}, {a.V, a.Wv}})
			if c.qk != quant.F16 && c.qk != quant.F32 && p != nil && !shared {
				t.Fatalf("%s: quantized projections that MatMulShared does not share", name)
			}
			got, _, _ := p.fusesStep(&a, []Out{{a.Q, a.Wq}, {a.K, a.Wk}, {a.V, a.Wv}})
			if want := (threads == 1 || threads == 2) && shared; got != want {
				t.Errorf("%s: fuses %v, want %v", name, got, want)
			}
			p.AttentionStep(a)

			// The separate calls on copies of the operands.
			b := a
			b.Q, b.K, b.V, b.Out, b.KV = make([]float32, len(a.Q)), make([]float32, len(a.K)), make([]float32, len(a.V)), make([]float32, len(a.Out)), kv2
			p.MatMulShared(b.X, 1, Out{Dst: b.Q, W: b.Wq}, Out{Dst: b.K, W: b.Wk}, Out{Dst: b.V, W: b.Wv})
			if !c.noBias {
				Add(b.Q, b.Bq)
				Add(b.K, b.Bk)
				Add(b.V, b.Bv)
			}
			ApplyRoPE(b.Q, b.Shape.HeadDim, b.Cos, b.Sin)
			ApplyRoPE(b.K, b.Shape.HeadDim, b.Cos, b.Sin)
			b.KV.Store(b.Pos, b.K, b.V, 1)
			p.Attention(b.Out, b.Q, b.KV, b.Shape, b.Pos, 1)

			for _, o := range []struct {
				what      string
				got, want []float32
			}{{"Q", a.Q, b.Q}, {"K", a.K, b.K}, {"V", a.V, b.V}, {"Out", a.Out, b.Out}} {
				if i := firstBitDiff(o.got, o.want); i >= 0 {
					t.Errorf("%s: %s[%d] = %g, separate calls give %g", name, o.what, i, o.got[i], o.want[i])
				}
			}
			for g := 0; g < a.Shape.KVHeads; g++ {
				if !slices.Equal(a.KV.keyBytes(g, 0), kv2.keyBytes(g, 0)) || !slices.Equal(a.KV.valueBytes(g, 0, a.KV.Cap()), kv2.valueBytes(g, 0, kv2.Cap())) {
					t.Errorf("%s: KV head %d's cache differs from the separate calls'", name, g)
				}
			}
			if guarded(a) {
				t.Errorf("%s: a guard value after an output was overwritten", name)
			}
			if p != nil {
				if n := testing.AllocsPerRun(5, func() { p.AttentionStep(a) }); n != 0 {
					t.Errorf("%s: %v allocations per step", name, n)
				}
				p.Close()
			}
		}
	}
}

// TestAttentionStepChecks checks that AttentionStep panics on the calling
// goroutine, before any worker runs, when the position does not fit in the
// cache or the projections disagree with the shape.
func TestAttentionStepChecks(t *testing.T) {
	r := rand.New(rand.NewPCG(63, 64))
	p := NewPool(2, Quantized)
	defer p.Close()
	for _, bad := range []struct {
		what   string
		change func(*AttentionStep)
	}{
		{"position at the capacity", func(a *AttentionStep) { a.Pos = a.KV.Cap() }},
		{"negative position", func(a *AttentionStep) { a.Pos = -1 }},
		{"short key bias", func(a *AttentionStep) { a.Bk = a.Bk[:5] }},
		{"value rows", func(a *AttentionStep) { a.Wv.Rows--; a.Wv.Data = a.Wv.Data[:len(a.Wv.Data)-a.Wv.RowBytes()] }},
		{"cache of other heads", func(a *AttentionStep) { a.KV, _ = NewKVCache(1, 64, 16, quant.F32) }},
	} {
		a, _, _ := stepOperands(t, r, stepCase{qk: quant.Q8_0, v: quant.Q8_0, kvType: quant.F32, pos: 3})
		bad.change(&a)
		mustPanic(t, bad.what, func() { p.AttentionStep(a) })
	}
	// The pool still works.
	a, _, _ := stepOperands(t, r, stepCase{qk: quant.Q8_0, v: quant.Q8_0, kvType: quant.F32, pos: 3})
	p.AttentionStep(a)
	if math.IsNaN(float64(a.Out[0])) || a.Out[0] == 0 {
		t.Errorf("a step after the panics gave %g", a.Out[0])
	}
}

// firstBitDiff returns the first index where a and b differ in their bits,
// or −1.
func firstBitDiff(a, b []float32) int {
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return i
		}
	}
	return -1
}

// mustPanic reports an error (named what) unless fn panics.
func mustPanic(t *testing.T, what string, fn func()) {
	t.Helper()
	defer func() {
		if recover() == nil {
			t.Errorf("%s: no panic", what)
		}
	}()
	fn()
}
