package vecdot

import (
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// BenchmarkRowsDRAMK is BenchmarkRows for the K formats with the weights
// streamed from memory, as in a decoding step: 256 MB of rows of 4864
// values (the 0.5B model's FFN down projection, whose K-quant matrices are
// the only ones a Q4_K_M file of that shape has), far more than the
// level-2 cache and most of the level-3 cache, one activation row. The
// rows repeat a set of 64 quantized rows (quantizing 256 MB would take
// minutes); every call reads the whole buffer once. "threads=2" splits the
// rows into halves on two locked threads, 448 rows per call (a decoding
// step's share of the 0.5B down projection), and reports their joint rate,
// to set beside kernels' BenchmarkReadBandwidth/threads=2. Types with an
// interleaved layout (Q4_K on AVX-512) run its kernels on the same bytes
// too ("interleaved": 896 rows per call on one thread, 448 on two).
func BenchmarkRowsDRAMK(b *testing.B) {
	const cols, distinct, size = 4864, 64, 256 << 20
	r := rand.New(rand.NewPCG(21, 22))
	buf := make([]byte, size)
	for _, typ := range []quant.Type{quant.Q4_K, quant.Q5_K, quant.Q6_K} {
		at, _ := quant.VecDotType(typ)
		rb := cols / typ.BlockSize() * typ.TypeSize()
		for i := 0; i < distinct; i++ {
			q, err := quant.Quantize(typ, randFloats(r, cols))
			if err != nil {
				b.Fatal(err)
			}
			copy(buf[i*rb:], q)
		}
		rows := size / rb
		for i := distinct * rb; i < rows*rb; i += copy(buf[i:rows*rb], buf[:distinct*rb]) {
		}
		w := buf[:rows*rb]
		a := make([]byte, cols/at.BlockSize()*at.TypeSize())
		if err := quant.QuantizeActivations(at, randFloats(r, cols), a); err != nil {
			b.Fatal(err)
		}
		dst := make([]float32, rows)
		for _, m := range impls() {
			if m.name == "generic" {
				continue // compute-bound: BenchmarkRows measures it
			}
			f := m.quantFor(typ)
			b.Run(typ.String()+"/"+m.name, func(b *testing.B) {
				cpuLoop(b, int64(len(w)), func() { f(dst, w, rb, a, rb/typ.TypeSize()) })
			})
			rowMajor := func(dst []float32, w []byte) { f(dst, w, rb, a, rb/typ.TypeSize()) }
			b.Run(typ.String()+"/"+m.name+"/threads=2", func(b *testing.B) { dramLoop(b, w, rb, 448, 2, rowMajor) })
			if g := m.inter[typ]; g != nil {
				inter := func(dst []float32, w []byte) { g(dst, w, GroupRows*rb, a, rb/typ.TypeSize()) }
				b.Run(typ.String()+"/"+m.name+"/interleaved", func(b *testing.B) { dramLoop(b, w, rb, 896, 1, inter) })
				b.Run(typ.String()+"/"+m.name+"/interleaved/threads=2", func(b *testing.B) { dramLoop(b, w, rb, 448, 2, inter) })
			}
		}
	}
}
