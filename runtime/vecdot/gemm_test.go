package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

var gemmTypes = []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K, quant.Q6_K}

// TestRowsPacked checks, for every implementation and tile kernel
// (gemmImpls; the plain-Go references too), that RowsPacked gives every
// token Rows' result for that token within noiseBound (the float32
// summation-order bound), for
// token counts around the 16-token groups and 32-token tiles and row counts
// around the 4-row tiles, on random, extreme and tame data (tame: exactly),
// and that it writes nothing between the tokens' output rows or around them.
func TestRowsPacked(t *testing.T) {
	for _, m := range gemmImpls() {
		r := rand.New(rand.NewPCG(41, 42))
		for _, typ := range gemmTypes {
			for _, md := range []mode{random, extreme, tame} {
				for _, n := range []int{1, 2, 15, 16, 17, 31, 32, 33, 48, 50} {
					nb := []int{1, 2, 7}[r.IntN(3)]
					rows := []int{1, 2, 3, 4, 5, 7, 8, 9}[r.IntN(8)]
					testRowsPacked(t, m, r, typ, md, n, nb, rows)
				}
			}
			// the longest rows (Q8_0: the tile kernel's stack at its end)
			if typ.BlockSize() == 32 {
				testRowsPacked(t, m, r, typ, random, 17, maxPackedBlocks, 5)
			}
		}
	}
}

func testRowsPacked(t *testing.T, m impl, r *rand.Rand, typ quant.Type, md mode, n, nb, rows int) {
	t.Helper()
	stride := rows + 3
	w := weights(r, typ, rows*nb, md)
	rb := nb * typ.TypeSize()
	at, _ := quant.VecDotType(typ)
	ab := nb * at.TypeSize()
	acts := make([]byte, 0, n*ab)
	for k := 0; k < n; k++ {
		acts = append(acts, acts1(r, at, nb, md)...)
	}
	cols := nb * typ.BlockSize()
	packed := make([]byte, PackedSize(typ, cols, n))
	if err := PackTokens(packed, typ, acts, cols, n); err != nil {
		t.Fatal(err)
	}
	dst, check := guarded(t, (n-1)*stride+rows)
	if err := m.rowsPacked(dst, stride, typ, w, rb, rows, packed, n); err != nil {
		t.Fatal(err)
	}
	check()
	one := make([]float32, rows)
	for k := 0; k < n; k++ {
		a := acts[k*ab : (k+1)*ab]
		if err := m.rows(one, typ, w, rb, a); err != nil {
			t.Fatal(err)
		}
		for i, v := range one {
			got := dst[k*stride+i]
			bound := noiseBound(typ, w[i*rb:], a, nb)
			if md == tame {
				bound = 0
			}
			if d := math.Abs(float64(got) - float64(v)); !(d <= bound) {
				t.Fatalf("%s %s %s n=%d nb=%d rows=%d: token %d row %d: RowsPacked %v, Rows %v, |diff| %g > %g", m.name, typ, md, n, nb, rows, k, i, got, v, d, bound)
			}
		}
		if k < n-1 {
			for i := rows; i < stride; i++ {
				if math.Float32bits(dst[k*stride+i]) != math.Float32bits(sentinel) {
					t.Fatalf("%s %s n=%d rows=%d: value between tokens %d and %d overwritten", m.name, typ, n, rows, k, k+1)
				}
			}
		}
	}
}

// TestPackTokensErrors checks that PackTokens and RowsPacked refuse types
// without a packed path and lengths that do not fit.
func TestPackTokensErrors(t *testing.T) {
	acts := make([]byte, 2*34)
	if err := PackTokens(make([]byte, PackedSize(quant.Q8_0, 32, 2)), quant.Q4_1, acts, 32, 2); err == nil {
		t.Error("Q4_1: no error")
	}
	if err := PackTokens(make([]byte, PackedSize(quant.Q8_0, 32, 2)-1), quant.Q8_0, acts, 32, 2); err == nil {
		t.Error("short packed buffer: no error")
	}
	if err := PackTokens(make([]byte, PackedSize(quant.Q8_0, 32, 2)), quant.Q8_0, acts[:67], 32, 2); err == nil {
		t.Error("short activations: no error")
	}
	if PackedSize(quant.Q8_0, 32*maxPackedBlocks, 1) == 0 || PackedSize(quant.Q8_0, 32*(maxPackedBlocks+1), 1) != 0 {
		t.Errorf("PackedSize: Q8_0 rows of %d blocks must pack, of %d not", maxPackedBlocks, maxPackedBlocks+1)
	}
	if PackedSize(quant.Q4_0, 32*(maxPackedBlocks+1), 1) == 0 || PackedSize(quant.Q8_0, 48, 1) != 0 {
		t.Error("PackedSize: Q4_0 rows of any length pack, partial blocks not")
	}
	packed := make([]byte, PackedSize(quant.Q8_0, 32, 2))
	if err := RowsPacked(make([]float32, 4), 2, quant.Q8_0, make([]byte, 68), 34, 2, packed, 2); err != nil {
		t.Errorf("fitting lengths: %v", err)
	}
	if err := RowsPacked(make([]float32, 3), 2, quant.Q8_0, make([]byte, 68), 34, 2, packed, 2); err == nil {
		t.Error("short dst: no error")
	}
	if err := RowsPacked(make([]float32, 4), 1, quant.Q8_0, make([]byte, 68), 34, 2, packed, 2); err == nil {
		t.Error("stride below the row count: no error")
	}
	if err := RowsPacked(make([]float32, 4), 2, quant.Q8_0, make([]byte, 67), 34, 2, packed, 2); err == nil {
		t.Error("short weights: no error")
	}
	if err := RowsPacked(make([]float32, 4), 2, quant.Q5_1, make([]byte, 48), 24, 2, packed, 2); err == nil {
		t.Error("Q5_1: no error")
	}
}

// BenchmarkRowsPacked multiplies 64 rows of 1536 values by 128 tokens (a
// tile of a tiled prefill: kernels' packed token block) with each
// implementation's tile kernel
// ("packed/<impl>", the activations packed beforehand) and with each
// SIMD implementation's RowsTokens ("tokens/<impl>"); besides MB/s and cpu-GB/s (weight bytes times tokens, as in
// BenchmarkRowsTokens) it reports cpu-GOP/s, 2·rows·cols·tokens operations
// per second of the thread's CPU time. "pack" is PackTokens for the 128
// tokens (cpu-GB/s of activation bytes packed).
func BenchmarkRowsPacked(b *testing.B) {
	const rows, ntok = 64, 128
	r := rand.New(rand.NewPCG(43, 44))
	for _, typ := range gemmTypes {
		var w []byte
		for i := 0; i < rows; i++ {
			q, _ := quant.Quantize(typ, randFloats(r, benchCols))
			w = append(w, q...)
		}
		at, _ := quant.VecDotType(typ)
		ab, _ := at.RowSize(benchCols)
		acts := make([]byte, ntok*ab)
		for k := 0; k < ntok; k++ {
			quant.QuantizeActivations(at, randFloats(r, benchCols), acts[k*ab:(k+1)*ab])
		}
		packed := make([]byte, PackedSize(typ, benchCols, ntok))
		if err := PackTokens(packed, typ, acts, benchCols, ntok); err != nil {
			b.Fatal(err)
		}
		rb := len(w) / rows
		dst := make([]float32, ntok*rows)
		ops := float64(2 * rows * benchCols * ntok)
		run := func(b *testing.B, f func()) {
			c0 := threadCPU()
			cpuLoop(b, int64(len(w)*ntok), f)
			if c := threadCPU() - c0; c0 != 0 && c > 0 {
				b.ReportMetric(ops*float64(b.N)/float64(c), "cpu-GOP/s")
			}
		}
		for _, m := range gemmImpls() {
			if m.gemm[typ] == nil {
				continue
			}
			b.Run(typ.String()+"/packed/"+m.name, func(b *testing.B) {
				run(b, func() { m.rowsPacked(dst, rows, typ, w, rb, rows, packed, ntok) })
			})
		}
		for _, m := range impls() {
			if m.name == "generic" {
				continue
			}
			b.Run(typ.String()+"/tokens/"+m.name, func(b *testing.B) {
				run(b, func() { m.rowsTokens(dst, rows, typ, w, rb, rows, acts, ntok) })
			})
		}
		b.Run(typ.String()+"/pack", func(b *testing.B) {
			cpuLoop(b, int64(len(acts)), func() { PackTokens(packed, typ, acts, benchCols, ntok) })
		})
	}
}

// TestPackTokens checks that every implementation's packing writes what
// packTokensGo writes, byte for byte, for token counts around the 16-token
// groups, on random and extreme activations (fp16 scales of every kind),
// and nothing past the packed bytes.
func TestPackTokens(t *testing.T) {
	r := rand.New(rand.NewPCG(45, 46))
	for _, m := range impls() {
		for _, typ := range gemmTypes {
			for _, md := range []mode{random, extreme} {
				for _, n := range []int{1, 7, 16, 17, 40} {
					nb := []int{1, 3, 9}[r.IntN(3)]
					at, _ := quant.VecDotType(typ)
					acts := acts1(r, at, n*nb, md)
					size := PackedSize(typ, nb*typ.BlockSize(), n)
					_, _, pb := packedAct(typ)
					want := make([]byte, size)
					packTokensGo(want, acts, typ, n, nb)
					buf := make([]byte, size+64)
					for i := range buf {
						buf[i] = 0xa5
					}
					got := buf[:size]
					if m.pack != nil {
						m.pack(got, acts, typ, n, nb)
					} else {
						packTokensGo(got, acts, typ, n, nb)
					}
					for i := range want {
						if got[i] != want[i] {
							t.Fatalf("%s %s %s n=%d nb=%d: byte %d (group %d, block %d, offset %d) = %#x, want %#x", m.name, typ, md, n, nb, i, i/(nb*pb), i/pb%nb, i%pb, got[i], want[i])
						}
					}
					for i := size; i < len(buf); i++ {
						if buf[i] != 0xa5 {
							t.Fatalf("%s %s n=%d: byte %d past the packed %d overwritten", m.name, typ, n, i, size)
						}
					}
				}
			}
		}
	}
}
