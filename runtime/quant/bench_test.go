package quant_test

import (
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

const benchN = 1 << 16 // values per call: 256 KiB of float32 output

func benchInput() []float32 {
	r := rand.New(rand.NewPCG(1, 1))
	x := make([]float32, benchN)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	return x
}

// BenchmarkDequantize reports throughput in bytes of float32 output per
// second (MB/s in go test's units).
func BenchmarkDequantize(b *testing.B) {
	x := benchInput()
	dst := make([]float32, benchN)
	for _, ty := range convertible {
		src, err := quant.Quantize(ty, x)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(ty.String(), func(b *testing.B) {
			b.SetBytes(int64(4 * benchN))
			for b.Loop() {
				if err := quant.Dequantize(ty, src, dst); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkQuantize reports throughput in bytes of float32 input per second.
func BenchmarkQuantize(b *testing.B) {
	x := benchInput()
	for _, ty := range convertible {
		n, _ := ty.RowSize(benchN)
		dst := make([]byte, n)
		b.Run(ty.String(), func(b *testing.B) {
			b.SetBytes(int64(4 * benchN))
			for b.Loop() {
				if err := quant.QuantizeInto(ty, x, dst); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkQuantizeActivations reports throughput in bytes of float32 input
// per second.
func BenchmarkQuantizeActivations(b *testing.B) {
	x := benchInput()
	for _, ty := range []quant.Type{quant.Q8_0, quant.Q8_1, quant.Q8_K} {
		n, _ := ty.RowSize(benchN)
		dst := make([]byte, n)
		b.Run(ty.String(), func(b *testing.B) {
			b.SetBytes(int64(4 * benchN))
			for b.Loop() {
				if err := quant.QuantizeActivations(ty, x, dst); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
