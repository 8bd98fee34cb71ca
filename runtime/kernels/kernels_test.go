package kernels

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

func randVec(r *rand.Rand, n int) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	return x
}

// randMatrix returns a matrix of type t (F32, F16 or BF16) with random values
// that the type represents exactly, and the same values as float64 rows.
func randMatrix(r *rand.Rand, t quant.Type, rows, cols int) (Matrix, [][]float64) {
	m := Matrix{Type: t, Rows: rows, Cols: cols}
	want := make([][]float64, rows)
	for i := range want {
		want[i] = make([]float64, cols)
		for j := range want[i] {
			v := float32(r.NormFloat64())
			switch t {
			case quant.F32:
				m.Data = binary.LittleEndian.AppendUint32(m.Data, math.Float32bits(v))
			case quant.BF16:
				b := uint16(math.Float32bits(v) >> 16)
				v = math.Float32frombits(uint32(b) << 16)
				m.Data = binary.LittleEndian.AppendUint16(m.Data, b)
			case quant.F16:
				// sign, exponent 13..17 (2^-2 .. 2^2), 10 mantissa bits.
				s, e, f := uint16(r.IntN(2)), uint16(13+r.IntN(5)), uint16(r.IntN(1024))
				v = float32(math.Ldexp(1+float64(f)/1024, int(e)-15))
				if s == 1 {
					v = -v
				}
				m.Data = binary.LittleEndian.AppendUint16(m.Data, s<<15|e<<10|f)
			}
			want[i][j] = float64(v)
		}
	}
	return m, want
}

func close32(t *testing.T, what string, got float32, want float64, tol float64) {
	t.Helper()
	if math.Abs(float64(got)-want) > tol*max(1, math.Abs(want)) || math.IsNaN(float64(got)) {
		t.Fatalf("%s = %v, want %v", what, got, want)
	}
}

func TestMatVecMatMul(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, ty := range []quant.Type{quant.F32, quant.F16, quant.BF16} {
		// Odd sizes, a row longer than one scratch chunk, and enough work to run in parallel.
		for _, sz := range [][2]int{{1, 1}, {3, 7}, {37, 1100}, {129, 300}} {
			rows, cols := sz[0], sz[1]
			w, want := randMatrix(r, ty, rows, cols)
			if err := w.Check(); err != nil {
				t.Fatal(err)
			}
			// 5 tokens: MatMul equals MatVec bit for bit; 13: float
			// weights may take vecdot's tiles, another order of additions.
			for _, n := range []int{5, 13} {
				checkMatMul(t, fmt.Sprintf("%s %dx%d", ty, rows, cols), w, want, randVec(r, n*cols), n, n < 6)
			}
		}
	}
}

// checkMatMul checks MatMul of w by the n tokens of x, and MatVec on each
// token, against the float64 products of want (w's values) to 1e-4, and,
// if bitEqual, that MatMul equals MatVec bit for bit.
func checkMatMul[F float32 | float64](t *testing.T, name string, w Matrix, want [][]F, x []float32, n int, bitEqual bool) {
	t.Helper()
	rows, cols := w.Rows, w.Cols
	got := make([]float32, n*rows)
	MatMul(got, w, x, n)
	one := make([]float32, rows)
	for tok := 0; tok < n; tok++ {
		MatVec(one, w, x[tok*cols:(tok+1)*cols])
		for i := 0; i < rows; i++ {
			var s float64
			for j := 0; j < cols; j++ {
				s += float64(want[i][j]) * float64(x[tok*cols+j])
			}
			close32(t, name+" MatVec", one[i], s, 1e-4)
			close32(t, name+" MatMul", got[tok*rows+i], s, 1e-4)
			if bitEqual && one[i] != got[tok*rows+i] {
				t.Fatalf("%s: MatMul row %d token %d = %v, MatVec = %v", name, i, tok, got[tok*rows+i], one[i])
			}
		}
	}
}

func TestMatrixCheck(t *testing.T) {
	if err := (Matrix{Type: quant.F32, Rows: 2, Cols: 3, Data: make([]byte, 23)}).Check(); err == nil {
		t.Error("short data accepted")
	}
	if err := (Matrix{Type: quant.Type(99), Rows: 1, Cols: 1, Data: make([]byte, 4)}).Check(); err == nil {
		t.Error("unknown type accepted")
	}
	if err := (Matrix{Type: quant.F32, Rows: 2, Cols: 3, Data: make([]byte, 24)}).Check(); err != nil {
		t.Error(err)
	}
}

func TestRMSNorm(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	x, w := randVec(r, 37), randVec(r, 37)
	got := make([]float32, 37)
	RMSNorm(got, x, w, 1e-6)
	var ss float64
	for _, v := range x {
		ss += float64(v) * float64(v)
	}
	scale := 1 / math.Sqrt(ss/37+1e-6)
	for i := range x {
		close32(t, "RMSNorm", got[i], float64(x[i])*scale*float64(w[i]), 1e-6)
	}
	// eps matters: an all-zero-but-tiny vector is dominated by it.
	tiny := []float32{1e-4, 0}
	RMSNorm(got[:2], tiny, []float32{1, 1}, 1e-6)
	close32(t, "RMSNorm eps", got[0], 1e-4/math.Sqrt(0.5e-8+1e-6), 1e-6)
}

func TestSoftmaxSwiGLUTopK(t *testing.T) {
	x := []float32{1, 3, -2, 3, 0.5}
	s := append([]float32(nil), x...)
	Softmax(s)
	var z float64
	for _, v := range x {
		z += math.Exp(float64(v))
	}
	for i, v := range x {
		close32(t, "Softmax", s[i], math.Exp(float64(v))/z, 1e-6)
	}
	out := make([]float32, 3)
	SwiGLU(out, []float32{-1, 0, 2}, []float32{2, 5, 3})
	for i, g := range []float64{-1, 0, 2} {
		close32(t, "SwiGLU", out[i], g/(1+math.Exp(-g))*[]float64{2, 5, 3}[i], 1e-6)
	}
	close32(t, "Sigmoid", Sigmoid(0.3), 1/(1+math.Exp(-0.3)), 1e-6)
	idx := make([]int, 3)
	TopK(idx, x)
	if idx[0] != 1 || idx[1] != 3 || idx[2] != 0 {
		t.Errorf("TopK = %v, want [1 3 0]", idx)
	}
	TopK(idx[:1], []float32{-5, -1, -3})
	if idx[0] != 1 {
		t.Errorf("TopK of negatives = %d, want 1", idx[0])
	}
	d := []float32{1, 2}
	Add(d, []float32{3, 4})
	AddScaled(d, []float32{1, 1}, 0.5)
	if d[0] != 4.5 || d[1] != 6.5 {
		t.Errorf("Add/AddScaled = %v", d)
	}
}

// refYaRN is ggml's rope_yarn for one pair, written out as in ggml-cpu.c.
func refYaRN(pos, i, d int, base, freqScale, orig float64, yarn bool) (c, s float64) {
	thetaExtrap := float64(pos) * math.Pow(base, -2*float64(i)/float64(d))
	thetaInterp := freqScale * thetaExtrap
	theta, mscale := thetaInterp, 1.0
	if yarn {
		corr := func(b float64) float64 { return float64(d) * math.Log(orig/(b*2*math.Pi)) / (2 * math.Log(base)) }
		low := math.Max(0, math.Floor(corr(32)))
		high := math.Min(float64(d-1), math.Ceil(corr(1)))
		y := (float64(i) - low) / math.Max(0.001, high-low)
		ramp := 1 - math.Min(1, math.Max(0, y))
		theta = thetaInterp*(1-ramp) + thetaExtrap*ramp
		mscale *= 1 + 0.1*math.Log(1/freqScale)
	}
	return math.Cos(theta) * mscale, math.Sin(theta) * mscale
}

func TestRoPE(t *testing.T) {
	for _, c := range []struct {
		p    RoPEParams
		yarn bool
	}{
		{RoPEParams{HeadDim: 64, Base: 1e6}, false},
		{RoPEParams{HeadDim: 64, Base: 1e6, FreqScale: 0.25, YaRN: true, OrigContext: 32}, true},
		{RoPEParams{HeadDim: 128, Base: 1e6, FreqScale: 0.25, YaRN: true, OrigContext: 32768}, true},
		{RoPEParams{HeadDim: 16, Base: 10000, FreqScale: 0.5}, false},
	} {
		r, err := NewRoPE(c.p)
		if err != nil {
			t.Fatal(err)
		}
		h := c.p.HeadDim / 2
		cos, sin := make([]float32, h), make([]float32, h)
		fs := c.p.FreqScale
		if fs == 0 {
			fs = 1
		}
		for _, pos := range []int{0, 1, 7, 100, 5000} {
			r.CosSin(pos, cos, sin)
			for i := 0; i < h; i++ {
				wc, ws := refYaRN(pos, i, c.p.HeadDim, c.p.Base, fs, float64(c.p.OrigContext), c.yarn)
				close32(t, "cos", cos[i], wc, 1e-5)
				close32(t, "sin", sin[i], ws, 1e-5)
			}
		}
	}
	if r, _ := NewRoPE(RoPEParams{HeadDim: 64, Base: 1e6, FreqScale: 0.25, YaRN: true, OrigContext: 32}); math.Abs(r.mscale-1.1386294) > 1e-6 {
		t.Errorf("YaRN mscale = %v, want 1.1386", r.mscale)
	}
	if _, err := NewRoPE(RoPEParams{HeadDim: 63, Base: 1e4}); err == nil {
		t.Error("odd head dim accepted")
	}
	if _, err := NewRoPE(RoPEParams{HeadDim: 64, Base: 1e4, YaRN: true}); err == nil {
		t.Error("YaRN without original context accepted")
	}

	// NeoX pairing: dimension i rotates with i + d/2, in every head.
	x := []float32{1, 2, 3, 4, 5, 6, 7, 8}
	cos := []float32{0.6, 1}
	sin := []float32{0.8, 0}
	ApplyRoPE(x, 4, cos, sin)
	want := []float32{1*0.6 - 3*0.8, 2, 1*0.8 + 3*0.6, 4, 5*0.6 - 7*0.8, 6, 5*0.8 + 7*0.6, 8}
	for i := range x {
		close32(t, "ApplyRoPE", x[i], float64(want[i]), 1e-6)
	}
}

// TestAttention compares Attention with a float64 softmax over the cache's
// stored (for F16, rounded) keys and values, on odd head counts and sizes,
// groups of 1 to 18 query heads per KV head, and lengths within one piece
// and across two or three (attnPiece positions each, the last one partial),
// one token and several; and checks that one token alone gets the same bits
// as within several.
func TestAttention(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, typ := range []quant.Type{quant.F32, quant.F16} {
		for _, c := range []struct {
			s        AttentionShape
			start, n int
		}{
			{AttentionShape{Heads: 6, KVHeads: 2, HeadDim: 8}, 3, 4},
			{AttentionShape{Heads: 14, KVHeads: 2, HeadDim: 64}, 0, 1},
			{AttentionShape{Heads: 14, KVHeads: 2, HeadDim: 64}, attnPiece - 1, 1},
			{AttentionShape{Heads: 7, KVHeads: 7, HeadDim: 13}, 2*attnPiece + 6, 1},
			{AttentionShape{Heads: 18, KVHeads: 1, HeadDim: 24}, 2*attnPiece - 3, 5},
			{AttentionShape{Heads: 12, KVHeads: 4, HeadDim: 5}, attnPiece + 17, 3},
		} {
			c.s.Scale = DefaultScale(c.s.HeadDim)
			testAttention(t, r, typ, c.s, c.start, c.n)
		}
	}
}

func testAttention(t *testing.T, r *rand.Rand, typ quant.Type, s AttentionShape, start, n int) {
	t.Helper()
	qDim, kvDim := s.Heads*s.HeadDim, s.KVHeads*s.HeadDim
	q := randVec(r, n*qDim)
	k := randVec(r, (start+n)*kvDim)
	v := randVec(r, (start+n)*kvDim)
	out := make([]float32, n*qDim)
	cache, err := NewKVCache(s.KVHeads, s.HeadDim, 2, typ)
	if err != nil {
		t.Fatal(err)
	}
	cache.Grow(start+n, 0)
	cache.Store(0, k, v, start+n)
	if typ == quant.F16 {
		for i := range k {
			k[i] = quant.FP16ToFloat32(quant.Float32ToFP16(k[i]))
			v[i] = quant.FP16ToFloat32(quant.Float32ToFP16(v[i]))
		}
	}
	Attention(out, q, cache, s, start, n)
	group := s.Heads / s.KVHeads
	for tok := 0; tok < n; tok++ {
		for h := 0; h < s.Heads; h++ {
			kv := h / group
			np := start + tok + 1
			sc := make([]float64, np)
			var z, m float64 = 0, math.Inf(-1)
			for p := range sc {
				for d := 0; d < s.HeadDim; d++ {
					sc[p] += float64(q[tok*qDim+h*s.HeadDim+d]) * float64(k[p*kvDim+kv*s.HeadDim+d])
				}
				sc[p] *= float64(s.Scale)
				m = math.Max(m, sc[p])
			}
			for p := range sc {
				sc[p] = math.Exp(sc[p] - m)
				z += sc[p]
			}
			for d := 0; d < s.HeadDim; d++ {
				var want float64
				for p := range sc {
					want += sc[p] / z * float64(v[p*kvDim+kv*s.HeadDim+d])
				}
				close32(t, fmt.Sprintf("%s %+v start %d token %d head %d dim %d", typ, s, start, tok, h, d), out[tok*qDim+h*s.HeadDim+d], want, 1e-5)
			}
		}
		if n > 1 {
			one := make([]float32, qDim)
			Attention(one, q[tok*qDim:(tok+1)*qDim], cache, s, start+tok, 1)
			equal(t, fmt.Sprintf("%s %+v start %d: token %d alone", typ, s, start, tok), out[tok*qDim:(tok+1)*qDim], one)
		}
	}
}
