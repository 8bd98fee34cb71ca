package quant_test

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Any bytes decode without panicking, and any float32s (NaN, ±Inf,
// subnormals, huge values) quantize without panicking, into buffers of the
// documented sizes.
func FuzzConvert(f *testing.F) {
	f.Add(uint8(0), []byte{0x00, 0x3c, 0xff, 0x7f, 0x01, 0x7c})
	f.Add(uint8(7), []byte{0xff, 0xff, 0x80, 0x7f, 0x00, 0x00, 0x80, 0xff})
	f.Add(uint8(12), make([]byte, 64))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		ty := convertible[int(which)%len(convertible)]
		// Bytes → values.
		nb := len(data) / ty.TypeSize()
		out := make([]float32, nb*ty.BlockSize())
		if err := quant.Dequantize(ty, data[:nb*ty.TypeSize()], out); err != nil {
			t.Fatal(err)
		}
		// The same bytes as float32s → blocks, padded to whole blocks.
		x := make([]float32, (len(data)/4+ty.BlockSize()-1)/ty.BlockSize()*ty.BlockSize())
		for i := 0; i+4 <= len(data); i += 4 {
			x[i/4] = math.Float32frombits(binary.LittleEndian.Uint32(data[i:]))
		}
		q, err := quant.Quantize(ty, x)
		if err != nil {
			t.Fatal(err)
		}
		if err := quant.Dequantize(ty, q, make([]float32, len(x))); err != nil {
			t.Fatal(err)
		}
		if at, ok := quant.VecDotType(ty); ok {
			n, _ := at.RowSize(len(x) / 256 * 256)
			if err := quant.QuantizeActivations(at, x[:len(x)/256*256], make([]byte, n)); err != nil {
				t.Fatal(err)
			}
		}
	})
}
