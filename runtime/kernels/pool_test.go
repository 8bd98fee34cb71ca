package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestPoolCoversEveryIndexOnce runs operations of many sizes on pools of 1
// to 4 threads under both schedules and checks that each index is handed
// out exactly once, that chunk boundaries respect the alignment, that thread
// ids are in range, and that the shares schedule cuts the range into one
// share per thread: chunks of n/threads rounded up to the alignment, the
// last one shorter.
func TestPoolCoversEveryIndexOnce(t *testing.T) {
	for _, threads := range []int{1, 2, 3, 4} {
		p := NewPool(threads, Exact)
		for _, sched := range []schedule{guided, shares} {
			for _, n := range []int{1, 2, 7, 64, 1000, 4097} {
				for _, align := range []int{1, 8, 64} {
					seen := make([]atomic.Int32, n)
					var badThread, badAlign, badShare atomic.Bool
					share := ((n+threads-1)/threads + align - 1) / align * align
					o := p.begin()
					o.n = n
					p.run(o, func(o *opArgs, lo, hi, th int) {
						if th < 0 || th >= threads {
							badThread.Store(true)
						}
						if lo%align != 0 || (hi%align != 0 && hi != o.n) {
							badAlign.Store(true)
						}
						if sched == shares && (lo%share != 0 || hi != min(n, lo+share)) {
							badShare.Store(true)
						}
						for i := lo; i < hi; i++ {
							seen[i].Add(1)
						}
					}, n, 1<<30, align, sched)
					for i := range seen {
						if c := seen[i].Load(); c != 1 {
							t.Fatalf("threads %d schedule %d n %d: index %d handed out %d times", threads, sched, n, i, c)
						}
					}
					if badThread.Load() || badAlign.Load() {
						t.Fatalf("threads %d schedule %d n %d align %d: thread id out of range or misaligned chunk", threads, sched, n, align)
					}
					if badShare.Load() {
						t.Fatalf("threads %d n %d align %d: a chunk other than a share of %d", threads, n, align, share)
					}
				}
			}
		}
		p.Close()
		p.Close() // idempotent
		// A closed pool still computes, on the caller.
		dst := make([]float32, 3)
		p.MatVec(dst, Matrix{Type: quant.F32, Rows: 3, Cols: 1, Data: f32Bytes([]float32{1, 2, 3})}, []float32{2})
		if dst[0] != 2 || dst[1] != 4 || dst[2] != 6 {
			t.Fatalf("closed pool MatVec = %v", dst)
		}
	}
}

// TestPoolWaitsForSlowWorkers makes the workers' chunks slower than the
// caller's polling time (spinTime), so that the caller parks on the channel
// and the last worker must wake it, and pauses between operations so that
// the workers park too: every index must be done when run returns, through
// every combination of who waits for whom, under both schedules.
func TestPoolWaitsForSlowWorkers(t *testing.T) {
	p := NewPool(3, Exact)
	defer p.Close()
	for it, slow := range []time.Duration{3 * spinTime, 0, 3 * spinTime, spinTime / 2, 0, 3 * spinTime, 0} {
		const n = 24
		var done atomic.Int32
		var worked atomic.Bool
		sched := schedule(it % 2) // guided, shares, …
		o := p.begin()
		p.run(o, func(o *opArgs, lo, hi, th int) {
			if th != 0 {
				worked.Store(true)
				time.Sleep(slow)
			} else {
				// Hold the caller's first chunk until a worker has one.
				for start := time.Now(); !worked.Load() && time.Since(start) < time.Second; {
					runtime.Gosched()
				}
			}
			done.Add(int32(hi - lo))
		}, n, 1<<30, 1, sched)
		if d := done.Load(); d != n {
			t.Fatalf("operation %d (schedule %d, workers %v slower): run returned with %d of %d indices done", it, sched, slow, d, n)
		}
		time.Sleep(3 * spinTime) // the workers park
	}
}

func f32Bytes(v []float32) []byte {
	b := make([]byte, 0, 4*len(v))
	for _, x := range v {
		u := math.Float32bits(x)
		b = append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	return b
}

// TestPoolConcurrentCallers shares one pool between goroutines (run with
// -race): every product must equal the single-threaded one to the bit.
func TestPoolConcurrentCallers(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	w, _ := quantMatrix(t, r, quant.Q8_0, 300, 256)
	const n = 5
	x := randVec(r, n*256)
	want := make([]float32, n*300)
	MatMul(want, w, x, n)
	p := NewPool(3, Exact)
	defer p.Close()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			got := make([]float32, n*300)
			for it := 0; it < 20; it++ {
				p.MatMul(got, w, x, n)
				for i := range got {
					if got[i] != want[i] {
						t.Errorf("goroutine %d: product differs at %d", g, i)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestPooledKernelsEqualSerial checks MatVec, MatMul, SwiGLU and Attention on
// a 4-thread pool against the same calls on the caller alone, bit for bit,
// and that none of them allocates on the pool.
func TestPooledKernelsEqualSerial(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	p := NewPool(4, Exact)
	defer p.Close()
	for _, typ := range []quant.Type{quant.F32, quant.F16, quant.Q4_K, quant.Q6_K} {
		w, _ := quantMatrix(t, r, typ, 203, 512)
		x := randVec(r, 7*512)
		a, b := make([]float32, 7*203), make([]float32, 7*203)
		MatMul(a, w, x, 7)
		p.MatMul(b, w, x, 7)
		equal(t, typ.String()+" MatMul", a, b)
		MatVec(a[:203], w, x[:512])
		p.MatVec(b[:203], w, x[:512])
		equal(t, typ.String()+" MatVec", a[:203], b[:203])
		if allocs := testing.AllocsPerRun(10, func() { p.MatMul(b, w, x, 7); p.MatVec(b[:203], w, x[:512]) }); allocs != 0 {
			t.Errorf("%s: pooled products allocate %v times", typ, allocs)
		}
	}
	g, u := randVec(r, 5000), randVec(r, 5000)
	a, b := make([]float32, 5000), make([]float32, 5000)
	SwiGLU(a, g, u)
	p.SwiGLU(b, g, u)
	equal(t, "SwiGLU", a, b)

	s := AttentionShape{Heads: 8, KVHeads: 2, HeadDim: 16, Scale: DefaultScale(16)}
	const start, n = 50, 9
	q := randVec(r, n*8*16)
	kv, _ := NewKVCache(2, 16, start+n, quant.F32)
	kv.Store(0, randVec(r, (start+n)*32), randVec(r, (start+n)*32), start+n)
	a, b = make([]float32, n*8*16), make([]float32, n*8*16)
	Attention(a, q, kv, s, start, n)
	p.Attention(b, q, kv, s, start, n)
	equal(t, "Attention", a, b)
	if allocs := testing.AllocsPerRun(10, func() { p.Attention(b, q, kv, s, start, n) }); allocs != 0 {
		t.Errorf("pooled attention allocates %v times", allocs)
	}
}

func equal(t *testing.T, what string, a, b []float32) {
	t.Helper()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("%s: index %d: %v != %v", what, i, a[i], b[i])
		}
	}
}

// TestDotVariantsAgree checks, on every length up to 70, that the plain-Go
// many-row product sums in Dot's order exactly, that dotRows (SIMD where the
// CPU has it) gives each row the same result whether it is computed alone or
// with others, and that both are within float32 rounding of float64 sums.
func TestDotVariantsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for n := 1; n <= 70; n++ {
		rows := randVec(r, 3*n)
		x := randVec(r, n)
		g, d := make([]float32, 3), make([]float32, 3)
		dotRowsGo(g, rows, n, x)
		dotRows(d, rows, n, x)
		for i := range d {
			want := Dot(rows[i*n:(i+1)*n], x)
			if g[i] != want {
				t.Fatalf("n %d row %d: dotRowsGo %v, Dot %v", n, i, g[i], want)
			}
			one := make([]float32, 1)
			dotRows(one, rows[i*n:(i+1)*n], n, x)
			if one[0] != d[i] {
				t.Fatalf("n %d row %d: dotRows alone %v, with others %v", n, i, one[0], d[i])
			}
			var ref float64
			for j := 0; j < n; j++ {
				ref += float64(rows[i*n+j]) * float64(x[j])
			}
			close32(t, "Dot", want, ref, 1e-5*float64(n))
			close32(t, "dotRows", d[i], ref, 1e-5*float64(n))
		}
	}
}

// TestExpf compares expf with math.Exp over the float32 range softmax and
// SiLU use: within 3 ulp where the result is normal, 0 below, +Inf above.
func TestExpf(t *testing.T) {
	worst := 0.0
	for x := float32(-87); x < 88.7; x += 0.0137 {
		got := float64(expf(x))
		want := math.Exp(float64(x))
		ulp := float64(math.Nextafter32(float32(want), float32(math.Inf(1)))) - float64(float32(want))
		if e := math.Abs(got-want) / ulp; e > worst {
			worst = e
		}
	}
	if worst > 3 {
		t.Errorf("expf error %.2f ulp, want <= 3", worst)
	}
	if expf(-100) != 0 || !math.IsInf(float64(expf(100)), 1) || expf(0) != 1 {
		t.Errorf("expf(-100, 100, 0) = %v, %v, %v", expf(-100), expf(100), expf(0))
	}
	if nan := float32(math.NaN()); !math.IsNaN(float64(expf(nan))) {
		t.Error("expf(NaN) is not NaN")
	}
	t.Logf("expf max error %.2f ulp", worst)
}

// TestKVCacheF16 checks that an F16 cache stores keys and values rounded to
// half precision and that Grow keeps the stored positions, in both types.
func TestKVCacheF16(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	for _, typ := range []quant.Type{quant.F32, quant.F16} {
		c, err := NewKVCache(2, 4, 1, typ)
		if err != nil {
			t.Fatal(err)
		}
		k, v := randVec(r, 3*8), randVec(r, 3*8)
		c.Grow(2, 0)
		c.Store(0, k[:16], v[:16], 2)
		c.Grow(5, 2)
		c.Store(2, k[16:], v[16:], 1)
		if c.Cap() != 5 || c.Type() != typ {
			t.Fatalf("%s: cap %d type %s", typ, c.Cap(), c.Type())
		}
		round := func(x float32) float32 {
			if typ == quant.F16 {
				return quant.FP16ToFloat32(quant.Float32ToFP16(x))
			}
			return x
		}
		for p := 0; p < 3; p++ {
			for g := 0; g < 2; g++ {
				for i := 0; i < 4; i++ {
					var gk, gv float32
					ko, vo := (g*4+i)*c.cap+p, (g*c.cap+p)*4+i // keys transposed, values by position
					if typ == quant.F16 {
						gk, gv = quant.FP16ToFloat32(c.k16[ko]), quant.FP16ToFloat32(c.v16[vo])
					} else {
						gk, gv = c.k[ko], c.v[vo]
					}
					if gk != round(k[p*8+g*4+i]) || gv != round(v[p*8+g*4+i]) {
						t.Fatalf("%s: position %d head %d dim %d: got %v/%v", typ, p, g, i, gk, gv)
					}
				}
			}
		}
	}
	if _, err := NewKVCache(2, 4, 1, quant.Q8_0); err == nil {
		t.Error("Q8_0 KV cache accepted")
	}
}

// TestSoftmaxMatchesExpf checks that softmax's inlined exponential equals
// expf to the bit, on lengths with and without a tail, including arguments
// below expf's underflow bound.
func TestSoftmaxMatchesExpf(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for _, n := range []int{1, 2, 3, 17, 200} {
		x := randVec(r, n)
		for i := range x {
			x[i] *= 30
		}
		x[0] = -200 // underflows to 0 after the shift
		m := x[0]
		for _, v := range x {
			m = max(m, v)
		}
		want := make([]float32, n)
		var sum float64
		for i, v := range x {
			want[i] = expf(v - m)
			sum += float64(want[i])
		}
		got := append([]float32(nil), x...)
		s := expShift(got, m)
		equal(t, "expShift", want, got)
		if math.Abs(s-sum) > 1e-12*sum {
			t.Fatalf("n %d: sum %v, want %v", n, s, sum)
		}
	}
}

// TestQuantizedProductsMatchLlama checks the Quantized products on every
// block format: MatMul equals MatVec to the bit, and each output equals the
// float64 sum of the dequantized weights times the dequantized quantized
// activations (what llama.cpp's integer block products compute exactly) to
// float32 rounding. F16 weights take the float product in both modes.
func TestQuantizedProductsMatchLlama(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 34))
	p := NewPool(3, Quantized)
	defer p.Close()
	for _, typ := range []quant.Type{quant.Q4_0, quant.Q4_1, quant.Q5_0, quant.Q5_1, quant.Q8_0,
		quant.Q2_K, quant.Q3_K, quant.Q4_K, quant.Q5_K, quant.Q6_K, quant.F16} {
		const rows, cols, n = 45, 512, 4
		w, want := quantMatrix(t, r, typ, rows, cols)
		x := randVec(r, n*cols)
		got := make([]float32, n*rows)
		p.MatMul(got, w, x, n)
		one := make([]float32, rows)
		at, _ := quant.VecDotType(typ)
		for tok := 0; tok < n; tok++ {
			xt := x[tok*cols : (tok+1)*cols]
			p.MatVec(one, w, xt)
			a := xt
			if at != quant.F16 {
				size, err := at.RowSize(cols)
				if err != nil {
					t.Fatal(err)
				}
				qa := make([]byte, size)
				if err := quant.QuantizeActivations(at, xt, qa); err != nil {
					t.Fatal(err)
				}
				a = make([]float32, cols)
				if err := quant.Dequantize(at, qa, a); err != nil {
					t.Fatal(err)
				}
			}
			for i := 0; i < rows; i++ {
				var s, mag float64
				for j := 0; j < cols; j++ {
					s += float64(want[i][j]) * float64(a[j])
					mag += math.Abs(float64(want[i][j]) * float64(a[j]))
				}
				tol := 1e-5
				if at == quant.Q8_1 {
					// Q8_1 carries Σq·d rounded to fp16 for the weights' minimum term.
					tol = 3e-4
				}
				if d := math.Abs(float64(one[i]) - s); d > tol*mag {
					t.Fatalf("%s row %d: %v, want %v (|Δ| %.3g of magnitude %.3g)", typ, i, one[i], s, d, mag)
				}
				if got[tok*rows+i] != one[i] {
					t.Fatalf("%s: MatMul %v != MatVec %v", typ, got[tok*rows+i], one[i])
				}
			}
		}
	}
}

// TestMatMulShared checks that products sharing their input equal separate
// MatMul calls to the bit, for matrices that share an activation type (Q4_K
// and Q6_K both take Q8_K), float ones, and a mix that falls back to separate
// calls, on one token and on several, and that it allocates nothing.
func TestMatMulShared(t *testing.T) {
	r := rand.New(rand.NewPCG(35, 36))
	p := NewPool(3, Quantized)
	defer p.Close()
	for _, types := range [][]quant.Type{
		{quant.Q4_K, quant.Q6_K, quant.Q4_K},
		{quant.F16, quant.F32},
		{quant.F16, quant.F16, quant.F16}, // 40 and 64 rows: whole groups of 8
		{quant.Q8_0, quant.Q4_K},
		{quant.Q4_0, quant.Q8_0, quant.Q4_0, quant.Q8_0},
	} {
		const cols = 512
		var ws []Matrix
		for i, typ := range types {
			w, _ := quantMatrix(t, r, typ, 40+24*i, cols)
			ws = append(ws, w)
		}
		for _, n := range []int{1, 5, 13} {
			x := randVec(r, n*cols)
			outs := make([]Out, len(ws))
			for i, w := range ws {
				outs[i] = Out{Dst: make([]float32, n*w.Rows), W: w}
			}
			p.MatMulShared(x, n, outs...)
			for i, w := range ws {
				want := make([]float32, n*w.Rows)
				p.MatMul(want, w, x, n)
				equal(t, fmt.Sprintf("%v n=%d matrix %d", types, n, i), want, outs[i].Dst)
			}
			if a := testing.AllocsPerRun(10, func() { p.MatMulShared(x, n, outs...) }); a != 0 {
				t.Errorf("%v n=%d: %v allocations", types, n, a)
			}
		}
	}
}

// TestSwiGLUMatchesSiLU checks the paired exponential of SwiGLU against
// SiLU(g)·u to the bit, including arguments at and beyond expf's range ends
// and NaN.
func TestSwiGLUMatchesSiLU(t *testing.T) {
	r := rand.New(rand.NewPCG(37, 38))
	g := randVec(r, 301)
	for i := range g {
		g[i] *= 20
	}
	g = append(g, 87.5, -87.5, 88.5, -88.5, 100, -100, 0, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 1)
	u := randVec(r, len(g))
	got := make([]float32, len(g))
	SwiGLU(got, g, u)
	for i := range g {
		want := SiLU(g[i]) * u[i]
		if got[i] != want && !(math.IsNaN(float64(got[i])) && math.IsNaN(float64(want))) {
			t.Fatalf("g=%v: SwiGLU %v, SiLU·u %v", g[i], got[i], want)
		}
	}
}

// TestMatMulSwiGLU checks MatMulSwiGLU against SwiGLU followed by MatMul,
// bit for bit, for the fused quantized path (one token, a few tokens, and
// enough for the packed tile kernels) and the float and exact ones, on one
// and three threads, with guard values after dst; and that gate ends as the
// activation and up is left alone.
func TestMatMulSwiGLU(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	const rows, cols = 203, 512
	for _, products := range []Products{Quantized, Exact} {
		for _, threads := range []int{1, 3} {
			p := NewPool(threads, products)
			for _, typ := range []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q4_K, quant.Q6_K, quant.F16, quant.F32} {
				w, _ := quantMatrix(t, r, typ, rows, cols)
				for _, n := range []int{1, 3, 17} {
					name := fmt.Sprintf("%s/%d threads/%s/n=%d", products, threads, typ, n)
					g, u := randVec(r, n*cols), randVec(r, n*cols)
					wantAct := make([]float32, n*cols)
					SwiGLU(wantAct, g, u)
					want := make([]float32, n*rows)
					p.MatMul(want, w, wantAct, n)
					upCopy := append([]float32(nil), u...)
					got := make([]float32, n*rows+3)
					for i := n * rows; i < len(got); i++ {
						got[i] = 1234.5
					}
					p.MatMulSwiGLU(got, w, g, u, n)
					equal(t, name+" product", want, got[:n*rows])
					equal(t, name+" gate", wantAct, g)
					equal(t, name+" up", upCopy, u)
					for i := n * rows; i < len(got); i++ {
						if got[i] != 1234.5 {
							t.Fatalf("%s: guard value %d overwritten", name, i-n*rows)
						}
					}
				}
			}
			w, _ := quantMatrix(t, r, quant.Q4_0, rows, cols)
			g, u, dst := randVec(r, cols), randVec(r, cols), make([]float32, rows)
			if allocs := testing.AllocsPerRun(10, func() { p.MatMulSwiGLU(dst, w, g, u, 1) }); allocs != 0 {
				t.Errorf("%s/%d threads: MatMulSwiGLU allocates %v times", products, threads, allocs)
			}
			p.Close()
		}
	}
}
