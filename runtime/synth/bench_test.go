package synth

import (
	"io"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// BenchmarkWriteTensor measures generating and encoding one 1024×1024
// matrix on all CPUs; SetBytes counts 4 bytes per value drawn.
func BenchmarkWriteTensor(b *testing.B) {
	for _, typ := range []quant.Type{quant.F32, quant.F16, quant.Q8_0, quant.Q4_K} {
		b.Run(typ.String(), func(b *testing.B) {
			p := tensorPlan{name: "w", dims: []uint64{1024, 1024}, typ: typ, std: 0.03}
			b.SetBytes(4 << 20)
			for i := 0; i < b.N; i++ {
				if err := writeTensor(io.Discard, p, uint64(i)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
