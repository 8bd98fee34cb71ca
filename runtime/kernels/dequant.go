package kernels

import "github.com/qwenkit/qwenkit/runtime/quant"

// Supported reports whether the products in this package accept weights of
// type t: the types runtime/quant can dequantize.
func Supported(t quant.Type) bool { return quant.CanDequantize(t) }

// dequantize converts the whole blocks of type t in src into dst (len(dst)
// values). Matrix.Check has already validated the geometry, so an error here
// is a bug in the caller.
func dequantize(dst []float32, t quant.Type, src []byte) {
	if err := quant.Dequantize(t, src, dst); err != nil {
		panic("kernels: " + err.Error())
	}
}
