package vecdot

import (
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// cpuLoop runs f b.N times on a locked OS thread and, besides the wall-clock
// MB/s that b.SetBytes gives, reports cpu-GB/s: bytes per second of the
// thread's own CPU time, which other processes sharing the machine do not
// inflate (on Linux; omitted elsewhere). Use it to compare kernels on a busy
// machine.
func cpuLoop(b *testing.B, bytes int64, f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(bytes)
	c0 := threadCPU()
	for b.Loop() {
		f()
	}
	if c := threadCPU() - c0; c0 != 0 && c > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/float64(c), "cpu-GB/s")
	}
}

// Benchmarks: 512 rows of 1536 values (Qwen2.5-1.5B's hidden size), weights
// quantized by runtime/quant, one activation row; SetBytes counts the weight
// bytes read, so MB/s is the weight bandwidth one core sustains. Each type
// runs every implementation the CPU has (impls: generic, avx2, avx2+vnni).
const benchRows, benchCols = 512, 1536

func BenchmarkRows(b *testing.B) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, typ := range quantTypes {
		at, _ := quant.VecDotType(typ)
		var w []byte
		for i := 0; i < benchRows; i++ {
			q, err := quant.Quantize(typ, randFloats(r, benchCols))
			if err != nil {
				b.Fatal(err)
			}
			w = append(w, q...)
		}
		a := make([]byte, benchCols/at.BlockSize()*at.TypeSize())
		if err := quant.QuantizeActivations(at, randFloats(r, benchCols), a); err != nil {
			b.Fatal(err)
		}
		rb := len(w) / benchRows
		nb := rb / typ.TypeSize()
		dst := make([]float32, benchRows)
		for _, m := range impls() {
			f := m.quantFor(typ)
			b.Run(typ.String()+"/"+m.name, func(b *testing.B) {
				cpuLoop(b, int64(len(w)), func() { f(dst, w, rb, a, nb) })
			})
			if g := m.inter[typ]; g != nil {
				b.Run(typ.String()+"/"+m.name+"/interleaved", func(b *testing.B) {
					cpuLoop(b, int64(len(w)), func() { g(dst, w, GroupRows*rb, a, nb) })
				})
			}
		}
	}
	for _, typ := range floatTypes {
		w, _ := floatRow(r, typ, benchRows*benchCols, random)
		x := randFloats(r, benchCols)
		rb := benchCols * typ.TypeSize()
		dst := make([]float32, benchRows)
		for _, m := range impls() {
			if m.name == "avx2+vnni" {
				continue // the float kernels are avx2's
			}
			f := m.floatFor(typ)
			b.Run(typ.String()+"/"+m.name, func(b *testing.B) {
				cpuLoop(b, int64(len(w)), func() { f(dst, w, rb, x, benchCols) })
			})
		}
	}
}

// BenchmarkRowsTokens multiplies 64 rows of 1536 values (a tile that stays
// in the level-1/2 cache, as in a tiled prefill) by 8 tokens, with
// RowsTokens ("tokens") and with one Rows call per token ("rows"); bytes are
// weight bytes times tokens, so the two rates compare directly.
func BenchmarkRowsTokens(b *testing.B) {
	const rows, ntok = 64, 8
	r := rand.New(rand.NewPCG(13, 14))
	for _, typ := range []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_1, quant.Q5_1, quant.Q2_K, quant.Q4_K, quant.Q5_K, quant.Q6_K, quant.IQ4_NL, quant.IQ4_XS} {
		at, _ := quant.VecDotType(typ)
		var w []byte
		for i := 0; i < rows; i++ {
			q, _ := quant.Quantize(typ, randFloats(r, benchCols))
			w = append(w, q...)
		}
		ab := benchCols / at.BlockSize() * at.TypeSize()
		acts := make([]byte, ntok*ab)
		for k := 0; k < ntok; k++ {
			quant.QuantizeActivations(at, randFloats(r, benchCols), acts[k*ab:(k+1)*ab])
		}
		rb := len(w) / rows
		dst := make([]float32, ntok*rows)
		b.Run(typ.String()+"/tokens", func(b *testing.B) {
			cpuLoop(b, int64(len(w)*ntok), func() { RowsTokens(dst, rows, typ, w, rb, rows, acts, ntok) })
		})
		b.Run(typ.String()+"/rows", func(b *testing.B) {
			cpuLoop(b, int64(len(w)*ntok), func() {
				for k := 0; k < ntok; k++ {
					Rows(dst[k*rows:(k+1)*rows], typ, w, rb, acts[k*ab:(k+1)*ab])
				}
			})
		})
	}
}

// BenchmarkRowsDRAM is BenchmarkRows with the weights in main memory, as in a
// decode step: 512 MiB of Q8_0, Q4_0 or Q5_0 blocks (beyond the level-3 cache),
// rows of 896 values (Qwen2.5-0.5B's hidden size), multiplied 896 rows per
// call from the first row to the last, so that every weight byte comes from
// DRAM. Random bytes with moderate fp16 scales: the rate does not depend on
// the values.
func BenchmarkRowsDRAM(b *testing.B) {
	const cols, size, perCall = 896, 512 << 20, 896
	r := rand.New(rand.NewPCG(15, 16))
	buf := make([]byte, size)
	for i := 0; i+8 <= len(buf); i += 8 {
		u := r.Uint64()
		for k := 0; k < 8; k++ {
			buf[i+k] = byte(u >> (8 * k))
		}
	}
	for _, typ := range []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q5_0} {
		ts := typ.TypeSize()
		rb := cols / 32 * ts
		rows := size / rb
		w := buf[:rows*rb]
		for i := 0; i < len(w); i += ts {
			w[i], w[i+1] = 0x00, 0x30 // fp16 0.125
		}
		a := make([]byte, cols/32*34)
		if err := quant.QuantizeActivations(quant.Q8_0, randFloats(r, cols), a); err != nil {
			b.Fatal(err)
		}
		for _, m := range impls() {
			if m.name == "generic" {
				continue
			}
			f := m.quantFor(typ)
			rowMajor := func(dst []float32, w []byte) { f(dst, w, rb, a, cols/32) }
			b.Run(typ.String()+"/"+m.name, func(b *testing.B) { dramLoop(b, w, rb, perCall, 1, rowMajor) })
			b.Run(typ.String()+"/"+m.name+"/threads=2", func(b *testing.B) { dramLoop(b, w, rb, perCall, 2, rowMajor) })
			if g := m.inter[typ]; g != nil {
				// The same bytes read as interleaved groups (their values
				// are as random in that layout).
				inter := func(dst []float32, w []byte) { g(dst, w, GroupRows*rb, a, cols/32) }
				b.Run(typ.String()+"/"+m.name+"/interleaved", func(b *testing.B) { dramLoop(b, w, rb, perCall, 1, inter) })
				b.Run(typ.String()+"/"+m.name+"/interleaved/threads=2", func(b *testing.B) { dramLoop(b, w, rb, perCall, 2, inter) })
			}
		}
	}
}

// dramLoop runs f over w (rows of rb bytes) perCall rows per call, front to
// back, b.N times: on one thread (reporting cpu-GB/s too), or split into
// halves on two locked threads as a decode step splits a matrix, the
// wall-clock MB/s then being their joint rate.
func dramLoop(b *testing.B, w []byte, rb, perCall, threads int, f func(dst []float32, w []byte)) {
	sweep := func(w []byte, dst []float32) {
		for r0 := 0; r0+perCall <= len(w)/rb; r0 += perCall {
			f(dst, w[r0*rb:(r0+perCall)*rb])
		}
	}
	if threads == 1 {
		dst := make([]float32, perCall)
		cpuLoop(b, int64(len(w)), func() { sweep(w, dst) })
		return
	}
	half := len(w) / rb / perCall / 2 * perCall * rb
	b.SetBytes(int64(2 * half))
	for b.Loop() {
		var wg sync.WaitGroup
		for t := 0; t < 2; t++ {
			wg.Add(1)
			go func(w []byte) {
				defer wg.Done()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				sweep(w, make([]float32, perCall))
			}(w[t*half : (t+1)*half])
		}
		wg.Wait()
	}
}

// BenchmarkRowsFloatTokens multiplies 128 rows of 1536 float values by 48
// tokens, with RowsFloatTokens ("tiles", on every implementation; F16 and
// BF16 also converted to float32 in a scratch block first, "tiles+scratch")
// and with
// one RowsFloat call per token ("rows"); bytes are weight bytes times
// tokens, so the rates compare directly (F16: 1 GB/s is 1 GFLOP/s).
func BenchmarkRowsFloatTokens(b *testing.B) {
	const rows, ntok = 128, 48
	r := rand.New(rand.NewPCG(15, 16))
	for _, typ := range floatTypes {
		w, _ := floatRow(r, typ, rows*benchCols, random)
		x := randFloats(r, ntok*benchCols)
		rb := benchCols * typ.TypeSize()
		dst := make([]float32, ntok*rows)
		scratch := make([]float32, rows*1024)
		for _, m := range impls() {
			b.Run(typ.String()+"/tiles/"+m.name, func(b *testing.B) {
				cpuLoop(b, int64(len(w)*ntok), func() { m.rowsFloatTokens(dst, rows, typ, w, rb, rows, x, ntok, nil) })
			})
			if typ != quant.F32 && m.widen[typ] != nil {
				b.Run(typ.String()+"/tiles+scratch/"+m.name, func(b *testing.B) {
					cpuLoop(b, int64(len(w)*ntok), func() { m.rowsFloatTokens(dst, rows, typ, w, rb, rows, x, ntok, scratch) })
				})
			}
		}
		b.Run(typ.String()+"/rows", func(b *testing.B) {
			cpuLoop(b, int64(len(w)*ntok), func() {
				for k := 0; k < ntok; k++ {
					RowsFloat(dst[k*rows:(k+1)*rows], typ, w, rb, x[k*benchCols:(k+1)*benchCols])
				}
			})
		})
	}
}

// BenchmarkColsFloat is ColsFloat on one decoding step's attention shapes
// (Qwen2.5-0.5B: 7 query heads per KV head, 64 values per head) over 512
// positions: "scores" multiplies the heads' queries by the keys stored
// transposed (64 rows of 512 positions), "values" the heads' softmax
// weights by the values (512 rows of 64); bytes are weight bytes times
// vectors, so the rates compare directly (F16: 1 GB/s is 1 GFLOP/s).
func BenchmarkColsFloat(b *testing.B) {
	const heads, dim, positions = 7, 64, 512
	r := rand.New(rand.NewPCG(17, 18))
	for _, typ := range []quant.Type{quant.F32, quant.F16} {
		es := typ.TypeSize()
		w, _ := floatRow(r, typ, dim*positions, random)
		for _, shape := range []struct {
			name       string
			rows, cols int
		}{{"scores", dim, positions}, {"values", positions, dim}} {
			x := randFloats(r, heads*shape.rows)
			dst := make([]float32, heads*shape.cols)
			for _, m := range impls() {
				b.Run(typ.String()+"/"+shape.name+"/"+m.name, func(b *testing.B) {
					cpuLoop(b, int64(len(w)*heads), func() { m.colsFloat(dst, shape.cols, typ, w, shape.cols*es, shape.cols, x, heads) })
				})
			}
		}
	}
}
