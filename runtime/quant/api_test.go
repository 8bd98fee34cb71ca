package quant_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

var convertible = []quant.Type{quant.F32, quant.F16, quant.BF16, quant.Q4_0, quant.Q4_1,
	quant.Q5_0, quant.Q5_1, quant.Q8_0, quant.Q8_1, quant.Q2_K, quant.Q3_K, quant.Q4_K,
	quant.Q5_K, quant.Q6_K, quant.Q8_K, quant.IQ4_NL, quant.IQ4_XS}

func TestCanConvert(t *testing.T) {
	for _, ty := range convertible {
		if !quant.CanDequantize(ty) || !quant.CanQuantize(ty) {
			t.Errorf("%s: CanDequantize %v, CanQuantize %v", ty, quant.CanDequantize(ty), quant.CanQuantize(ty))
		}
	}
	for _, ty := range []quant.Type{quant.IQ2_XXS, quant.IQ3_S, quant.IQ1_M, quant.TQ1_0,
		quant.I8, quant.I32, quant.F64, quant.Type(99)} {
		if quant.CanDequantize(ty) || quant.CanQuantize(ty) {
			t.Errorf("%s reported convertible", ty)
		}
		if err := quant.Dequantize(ty, nil, nil); err == nil || !strings.Contains(err.Error(), ty.String()) {
			t.Errorf("Dequantize(%s): error %v should name the type", ty, err)
		}
		if _, err := quant.Quantize(ty, nil); err == nil || !strings.Contains(err.Error(), ty.String()) {
			t.Errorf("Quantize(%s): error %v should name the type", ty, err)
		}
	}
}

// Wrong lengths are refused with an error naming the type and the lengths,
// and nothing is written.
func TestLengthErrors(t *testing.T) {
	for _, ty := range convertible {
		bs, ts := ty.BlockSize(), ty.TypeSize()
		check := func(what string, err error, words ...string) {
			t.Helper()
			if err == nil {
				t.Errorf("%s %s: no error", ty, what)
				return
			}
			for _, w := range append(words, ty.String()) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%s %s: error %q does not mention %q", ty, what, err, w)
				}
			}
		}
		if bs > 1 {
			// A value count that is not a multiple of the block size.
			n := 2*bs + 1
			dst := make([]float32, n)
			dst[0] = 42
			check("odd dequantize", quant.Dequantize(ty, make([]byte, 3*ts), dst), strconv.Itoa(n), strconv.Itoa(bs))
			if dst[0] != 42 {
				t.Errorf("%s: Dequantize wrote on error", ty)
			}
			_, err := quant.Quantize(ty, make([]float32, n))
			check("odd quantize", err, strconv.Itoa(n), strconv.Itoa(bs))
			check("odd quantize into", quant.QuantizeInto(ty, make([]float32, n), make([]byte, 3*ts)), strconv.Itoa(n))
		}
		// A byte count that does not match the value count.
		n := 2 * bs
		short := make([]byte, 2*ts-1)
		check("short source", quant.Dequantize(ty, short, make([]float32, n)), strconv.Itoa(n), strconv.Itoa(2*ts), strconv.Itoa(2*ts-1))
		check("long source", quant.Dequantize(ty, make([]byte, 3*ts), make([]float32, n)), strconv.Itoa(3*ts))
		dst := make([]byte, 2*ts+1)
		dst[0] = 42
		check("long destination", quant.QuantizeInto(ty, make([]float32, n), dst), strconv.Itoa(2*ts+1))
		if dst[0] != 42 {
			t.Errorf("%s: QuantizeInto wrote on error", ty)
		}
		// Zero values is a valid, empty row.
		if err := quant.Dequantize(ty, nil, nil); err != nil {
			t.Errorf("%s: empty Dequantize: %v", ty, err)
		}
		if b, err := quant.Quantize(ty, nil); err != nil || len(b) != 0 {
			t.Errorf("%s: empty Quantize: %d bytes, %v", ty, len(b), err)
		}
	}
}

// Dequantize, QuantizeInto and QuantizeActivations allocate nothing.
func TestNoAllocations(t *testing.T) {
	x := make([]float32, 512)
	for i := range x {
		x[i] = float32(i%37) - 18
	}
	out := make([]float32, 512)
	for _, ty := range convertible {
		n, _ := ty.RowSize(len(x))
		buf := make([]byte, n)
		if a := testing.AllocsPerRun(10, func() { quant.QuantizeInto(ty, x, buf) }); a != 0 {
			t.Errorf("QuantizeInto(%s): %v allocations", ty, a)
		}
		if a := testing.AllocsPerRun(10, func() { quant.Dequantize(ty, buf, out) }); a != 0 {
			t.Errorf("Dequantize(%s): %v allocations", ty, a)
		}
	}
	buf := make([]byte, 2*292)
	if a := testing.AllocsPerRun(10, func() { quant.QuantizeActivations(quant.Q8_K, x, buf) }); a != 0 {
		t.Errorf("QuantizeActivations(Q8_K): %v allocations", a)
	}
}
