package vecdot

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// quantAct converts nb blocks of src into dst; the caller has checked the
// lengths.
type quantAct func(dst []byte, src []float32, nb int)

// QuantizeActivations converts the activation row src to t (Q8_0, Q8_1 or
// Q8_K; F32, F16 and BF16 too) into dst, which must be t.RowSize(len(src))
// bytes: for finite inputs it writes exactly the bytes
// quant.QuantizeActivations writes (llama.cpp's activation quantization),
// with SIMD where the CPU has it (about one pass over src). Non-finite inputs
// give unspecified but non-panicking results. It allocates nothing and is
// safe for concurrent use.
func QuantizeActivations(t quant.Type, src []float32, dst []byte) error {
	return active.quantize(t, src, dst)
}

// quantize is QuantizeActivations on implementation m.
func (m *impl) quantize(t quant.Type, src []float32, dst []byte) error {
	var f quantAct
	if t < numTypes {
		f = m.act[t]
	}
	if f == nil {
		return quant.QuantizeActivations(t, src, dst)
	}
	bs := 32 // Q8_0 and Q8_1
	if t == quant.Q8_K {
		bs = quant.QK_K
	}
	nb := len(src) / bs
	if len(src)%bs != 0 || len(dst) != nb*geometry[t].typeSize {
		return fmt.Errorf("vecdot: quantize %d activations to %s: need a multiple of %d values and %d bytes, got %d", len(src), t, bs, nb*geometry[t].typeSize, len(dst))
	}
	if nb > 0 {
		f(dst, src, nb)
	}
	return nil
}
