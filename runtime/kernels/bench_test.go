package kernels

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/internal/cpuclock"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// The benchmarks report bytes per second (b.SetBytes: weights or cache
// read) or GFLOP/s (2 per multiply-add), so that a regression shows as a
// lower rate. Shapes are Qwen2.5-0.5B's (hidden 896, FFN 4864, 14 heads of
// 64, 2 KV heads).

// BenchmarkReadBandwidth streams a 1 GiB float32 matrix (larger than any
// cache) through the SIMD row product on 1 and 2 threads: the memory read
// bandwidth a decode step can reach, against which its speed is judged.
func BenchmarkReadBandwidth(b *testing.B) {
	const cols = 4096
	rows := (1 << 30) / (4 * cols)
	data := make([]byte, rows*cols*4)
	for i := range data {
		data[i] = byte(i>>12) & 0x3f // small exponents: finite floats, pages touched
	}
	w := Matrix{Type: quant.F32, Rows: rows, Cols: cols, Data: data}
	x := make([]float32, cols)
	dst := make([]float32, rows)
	for _, threads := range []int{1, 2} {
		b.Run(fmt.Sprintf("threads=%d", threads), func(b *testing.B) {
			p := NewPool(threads, Quantized)
			defer p.Close()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				p.MatVec(dst, w, x)
			}
		})
	}
}

// BenchmarkPoolOverhead is the cost of one operation too small to split
// (fn runs on the caller) and of one that wakes the workers.
func BenchmarkPoolOverhead(b *testing.B) {
	p := NewPool(2, Quantized)
	defer p.Close()
	nop := func(o *opArgs, lo, hi, th int) {}
	b.Run("serial", func(b *testing.B) {
		for b.Loop() {
			p.run(p.begin(), nop, 64, 1, 1, guided)
		}
	})
	b.Run("parallel", func(b *testing.B) {
		for b.Loop() {
			p.run(p.begin(), nop, 64, 1<<30, 1, guided)
		}
	})
}

func BenchmarkPooledMatVec(b *testing.B) {
	r := rand.New(rand.NewPCG(21, 22))
	for _, typ := range []quant.Type{quant.F32, quant.F16, quant.Q8_0, quant.Q4_0, quant.Q4_K, quant.Q6_K} {
		// The FFN down projection: 896 rows of 4864.
		w, _ := quantMatrix(b, r, typ, 896, 4864)
		x := randVec(r, 4864)
		dst := make([]float32, 896)
		for _, threads := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/threads=%d", typ, threads), func(b *testing.B) {
				p := NewPool(threads, Quantized)
				defer p.Close()
				b.SetBytes(int64(len(w.Data)))
				for b.Loop() {
					p.MatVec(dst, w, x)
				}
			})
		}
	}
}

// BenchmarkMatMul is a 64-token prefill tile of the FFN down projection.
func BenchmarkMatMul(b *testing.B) {
	r := rand.New(rand.NewPCG(23, 24))
	const n = 64
	for _, typ := range []quant.Type{quant.F32, quant.F16, quant.Q8_0, quant.Q4_0, quant.Q4_K} {
		w, _ := quantMatrix(b, r, typ, 896, 4864)
		x := randVec(r, n*4864)
		dst := make([]float32, n*896)
		b.Run(typ.String(), func(b *testing.B) {
			p := NewPool(2, Quantized)
			defer p.Close()
			for b.Loop() {
				p.MatMul(dst, w, x, n)
			}
			b.ReportMetric(2*float64(n*896*4864)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

// BenchmarkAttentionDecode is one token's attention (0.5B shape) over a
// cache of 65 or 2,048 positions, F32 and F16, on a 2-thread pool and on the
// caller alone ("serial"); bytes are the keys and values read. cpu-µs/op is
// the process's CPU time per token (all threads, waiting included), which
// other processes sharing the machine do not inflate: multiplied by 24
// layers, it is the 0.5B model's attention CPU time per token. The
// "memory" runs go through 96 layers' F16 caches in turn (about 100 MB at
// 2,048 positions), so that the keys and values come from memory as in a
// decoding step, where the weights streamed in between evict them; ns/op
// is then per layer.
func BenchmarkAttentionDecode(b *testing.B) {
	r := rand.New(rand.NewPCG(25, 26))
	s := AttentionShape{Heads: 14, KVHeads: 2, HeadDim: 64, Scale: DefaultScale(64)}
	q, out := randVec(r, 14*64), make([]float32, 14*64)
	for _, depth := range []int{65, 100, 2048} {
		for _, typ := range []quant.Type{quant.F32, quant.F16} {
			kv, _ := NewKVCache(2, 64, depth, typ)
			kv.Store(0, randVec(r, depth*128), randVec(r, depth*128), depth)
			for _, threads := range []int{2, 1} {
				name := fmt.Sprintf("depth=%d/%s", depth, typ)
				var p *Pool
				if threads > 1 {
					p = NewPool(threads, Quantized)
					defer p.Close()
				} else {
					name += "/serial"
				}
				b.Run(name, func(b *testing.B) {
					b.SetBytes(int64(kv.Bytes()))
					c0 := cpuclock.Process()
					for b.Loop() {
						p.Attention(out, q, kv, s, depth-1, 1)
					}
					if c := cpuclock.Process() - c0; c0 != 0 {
						b.ReportMetric(float64(c)/1e3/float64(b.N), "cpu-µs/op")
					}
				})
			}
		}
	}
	const depth, layers = 2048, 96
	kvs := make([]*KVCache, layers)
	k, v := randVec(r, depth*128), randVec(r, depth*128)
	for l := range kvs {
		kvs[l], _ = NewKVCache(2, 64, depth, quant.F16)
		kvs[l].Store(0, k, v, depth)
	}
	p := NewPool(2, Quantized)
	defer p.Close()
	b.Run(fmt.Sprintf("depth=%d/F16/memory", depth), func(b *testing.B) {
		b.SetBytes(int64(kvs[0].Bytes()))
		l := 0
		for b.Loop() {
			p.Attention(out, q, kvs[l], s, depth-1, 1)
			l = (l + 1) % layers
		}
	})
}

// BenchmarkAttentionPrefill is a 512-token causal prefill's attention.
func BenchmarkAttentionPrefill(b *testing.B) {
	r := rand.New(rand.NewPCG(27, 28))
	s := AttentionShape{Heads: 14, KVHeads: 2, HeadDim: 64, Scale: DefaultScale(64)}
	const n = 512
	kv, _ := NewKVCache(2, 64, n, quant.F32)
	kv.Store(0, randVec(r, n*128), randVec(r, n*128), n)
	q, out := randVec(r, n*14*64), make([]float32, n*14*64)
	p := NewPool(2, Quantized)
	defer p.Close()
	c0 := cpuclock.Process()
	for b.Loop() {
		p.Attention(out, q, kv, s, 0, n)
	}
	// Causal: Σ_t (t+1) positions, QK and AV, 2 flops each per dimension.
	flops := float64(14*64*4*n*(n+1)/2) * float64(b.N)
	b.ReportMetric(flops/b.Elapsed().Seconds()/1e9, "GFLOP/s")
	if c := cpuclock.Process() - c0; c0 != 0 && c > 0 {
		b.ReportMetric(flops/float64(c), "cpu-GFLOP/s") // per second of CPU time, all threads
	}
}

// BenchmarkVectorOps covers the per-token float kernels on one token's
// worth of values (bytes: the values read).
func BenchmarkVectorOps(b *testing.B) {
	r := rand.New(rand.NewPCG(29, 30))
	x, w, dst := randVec(r, 4864), randVec(r, 4864), make([]float32, 4864)
	rope, _ := NewRoPE(RoPEParams{HeadDim: 64, Base: 1e6})
	cos, sin := make([]float32, 32), make([]float32, 32)
	rope.CosSin(100, cos, sin)
	for _, c := range []struct {
		name string
		n    int
		fn   func()
	}{
		{"RMSNorm", 896, func() { RMSNorm(dst[:896], x[:896], w[:896], 1e-6) }},
		{"SwiGLU", 4864, func() { SwiGLU(dst, x, w) }},
		{"Softmax", 2048, func() { copy(dst[:2048], x[:2048]); Softmax(dst[:2048]) }},
		{"RoPE", 896, func() { ApplyRoPE(dst[:896], 64, cos, sin) }},
		{"Add", 896, func() { Add(dst[:896], x[:896]) }},
		{"AddScaled", 896, func() { AddScaled(dst[:896], x[:896], 0.5) }},
		{"Dot", 4864, func() { dst[0] = Dot(x, w) }},
		{"expf", 4864, func() {
			for i, v := range x {
				dst[i] = expf(v)
			}
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(4 * c.n))
			for b.Loop() {
				c.fn()
			}
		})
	}
}

// BenchmarkAttentionStep is one layer's attention block of a decoding step
// up to the output projection (Q8_0 projections, F16 cache, position 64) on
// a 2-thread pool: AttentionStep fused by KV head ("fused") against the
// calls it stands for ("separate": MatMulShared, biases, RoPE and the cache
// store on the caller, Attention). The weights and the cache stay in the
// CPU's caches here, where the two run about as fast (35–39 against 33–36 µs
// on the development machine); the fusion pays in a decoding step, where
// the cached keys and values arrive from memory while the products run
// (see the CHANGELOG). Bytes are the projections' weights.
func BenchmarkAttentionStep(b *testing.B) {
	r := rand.New(rand.NewPCG(29, 30))
	s := AttentionShape{Heads: 14, KVHeads: 2, HeadDim: 64, Scale: DefaultScale(64)}
	const cols, pos = 896, 64
	Q, KV := s.Heads*s.HeadDim, s.KVHeads*s.HeadDim
	wq, _ := quantMatrix(b, r, quant.Q8_0, Q, cols)
	wk, _ := quantMatrix(b, r, quant.Q8_0, KV, cols)
	wv, _ := quantMatrix(b, r, quant.Q8_0, KV, cols)
	kv, _ := NewKVCache(s.KVHeads, s.HeadDim, 128, quant.F16)
	kv.Store(0, randVec(r, pos*KV), randVec(r, pos*KV), pos)
	rope, err := NewRoPE(RoPEParams{HeadDim: s.HeadDim, Base: 1e6})
	if err != nil {
		b.Fatal(err)
	}
	a := AttentionStep{
		X: randVec(r, cols), Wq: wq, Wk: wk, Wv: wv,
		Bq: randVec(r, Q), Bk: randVec(r, KV), Bv: randVec(r, KV),
		Cos: make([]float32, s.HeadDim/2), Sin: make([]float32, s.HeadDim/2),
		Q: make([]float32, Q), K: make([]float32, KV), V: make([]float32, KV), Out: make([]float32, Q),
		KV: kv, Shape: s, Pos: pos,
	}
	rope.CosSin(pos, a.Cos, a.Sin)
	p := NewPool(2, Quantized)
	defer p.Close()
	bytes := int64(len(wq.Data) + len(wk.Data) + len(wv.Data))
	b.Run("fused", func(b *testing.B) {
		b.SetBytes(bytes)
		for b.Loop() {
			p.AttentionStep(a)
		}
	})
	b.Run("separate", func(b *testing.B) {
		b.SetBytes(bytes)
		for b.Loop() {
			p.MatMulShared(a.X, 1, Out{Dst: a.Q, W: a.Wq}, Out{Dst: a.K, W: a.Wk}, Out{Dst: a.V, W: a.Wv})
			biasRoPE(&a, 0, s.KVHeads)
			a.KV.Store(a.Pos, a.K, a.V, 1)
			p.Attention(a.Out, a.Q, a.KV, s, a.Pos, 1)
		}
	})
}

// BenchmarkFFNStep is one decoding step's FFN on the 0.5B Q4_K_M file's
// shapes and types (Q5_0 gate and up of 4,864×896, a Q4_K down projection
// of 896×4,864, whose Q8_K activation has 19 blocks of 256 values) on a
// 2-thread pool, row-major ("mapped") and with the gate and up matrices
// interleaved where the CPU has the layout. The same 6.5 MB of weights are
// read at every call (from the level-3 cache, as far as it holds them), so
// the rate is not a decoding step's; the benchmark compares the kernels and
// the split between the threads. cpu-µs/op is the process's CPU time per
// step (both threads, waiting included). Bytes are the weights read.
func BenchmarkFFNStep(b *testing.B) {
	r := rand.New(rand.NewPCG(31, 32))
	const cols, hidden = 896, 4864
	wg, _ := quantMatrix(b, r, quant.Q5_0, hidden, cols)
	wu, _ := quantMatrix(b, r, quant.Q5_0, hidden, cols)
	wd, _ := quantMatrix(b, r, quant.Q4_K, cols, hidden)
	x, dst := randVec(r, cols), make([]float32, cols)
	gate, up := make([]float32, hidden), make([]float32, hidden)
	p := NewPool(2, Quantized)
	defer p.Close()
	igate, err := Interleave(wg, make([]byte, len(wg.Data)))
	if err != nil {
		b.Fatal(err)
	}
	iup, err := Interleave(wu, make([]byte, len(wu.Data)))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		wg, wu Matrix
	}{{"mapped", wg, wu}, {"interleaved", igate, iup}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(wg.Data) + len(wu.Data) + len(wd.Data)))
			c0 := cpuclock.Process()
			for b.Loop() {
				p.FFNStep(dst, x, gate, up, c.wg, c.wu, wd)
			}
			if c := cpuclock.Process() - c0; c0 != 0 {
				b.ReportMetric(float64(c)/1e3/float64(b.N), "cpu-µs/op")
			}
		})
	}
}
