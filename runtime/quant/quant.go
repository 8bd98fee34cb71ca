package quant

import "fmt"

// CanDequantize reports whether Dequantize supports t: F32, F16, BF16,
// Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q8_1, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, Q8_K,
// IQ4_NL and IQ4_XS.
func CanDequantize(t Type) bool {
	switch t {
	case F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q8_1,
		Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, Q8_K, IQ4_NL, IQ4_XS:
		return true
	}
	return false
}

// CanQuantize reports whether Quantize supports t. It supports every type
// that CanDequantize does.
func CanQuantize(t Type) bool { return CanDequantize(t) }

// Dequantize decodes len(dst) values of type t from src into dst.
//
// len(dst) must be a multiple of t's block size and len(src) must be exactly
// t.RowSize(len(dst)) bytes; otherwise Dequantize returns an error naming the
// type and the lengths and writes nothing. It allocates nothing and costs one
// pass over src; it is safe for concurrent use.
func Dequantize(t Type, src []byte, dst []float32) error {
	if !CanDequantize(t) {
		return fmt.Errorf("quant: cannot dequantize %s", t)
	}
	if err := checkLengths("dequantize", t, len(dst), len(src)); err != nil {
		return err
	}
	switch t {
	case F32:
		dequantF32(src, dst)
	case F16:
		dequantF16(src, dst)
	case BF16:
		dequantBF16(src, dst)
	case Q4_0:
		dequantQ4_0(src, dst)
	case Q4_1:
		dequantQ4_1(src, dst)
	case Q5_0:
		dequantQ5_0(src, dst)
	case Q5_1:
		dequantQ5_1(src, dst)
	case Q8_0:
		dequantQ8_0(src, dst)
	case Q8_1:
		dequantQ8_1(src, dst)
	case Q2_K:
		dequantQ2_K(src, dst)
	case Q3_K:
		dequantQ3_K(src, dst)
	case Q4_K:
		dequantQ4_K(src, dst)
	case Q5_K:
		dequantQ5_K(src, dst)
	case Q6_K:
		dequantQ6_K(src, dst)
	case Q8_K:
		dequantQ8_K(src, dst)
	case IQ4_NL:
		dequantIQ4_NL(src, dst)
	case IQ4_XS:
		dequantIQ4_XS(src, dst)
	}
	return nil
}

// Quantize encodes src as type t and returns the new bytes
// (t.RowSize(len(src)) of them). See QuantizeInto for the rules.
func Quantize(t Type, src []float32) ([]byte, error) {
	if !CanQuantize(t) {
		return nil, fmt.Errorf("quant: cannot quantize to %s", t)
	}
	n, err := t.RowSize(len(src))
	if err != nil {
		return nil, fmt.Errorf("quant: quantize to %s: %d values: not a multiple of its block size %d", t, len(src), t.BlockSize())
	}
	dst := make([]byte, n)
	if err := QuantizeInto(t, src, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// QuantizeInto encodes src as type t into dst, which must be exactly
// t.RowSize(len(src)) bytes long; len(src) must be a multiple of t's block
// size. It allocates nothing and is safe for concurrent use.
//
// The quantizers are llama.cpp's reference quantizers (the ones
// llama-quantize uses without an importance matrix), so tensors quantized
// here match files made by llama-quantize: round to nearest for the 32-value
// types and F16/BF16, llama.cpp's scale searches for the K types and
// IQ4_NL/IQ4_XS. Q8_1 and
// Q8_K exist only as activation types; for them QuantizeInto is
// QuantizeActivations. Non-finite inputs give unspecified (but non-panicking)
// results for the block types.
func QuantizeInto(t Type, src []float32, dst []byte) error {
	if !CanQuantize(t) {
		return fmt.Errorf("quant: cannot quantize to %s", t)
	}
	if err := checkLengths("quantize to", t, len(src), len(dst)); err != nil {
		return err
	}
	switch t {
	case F32:
		quantF32(src, dst)
	case F16:
		quantF16(src, dst)
	case BF16:
		quantBF16(src, dst)
	case Q4_0:
		quantQ4_0(src, dst)
	case Q4_1:
		quantQ4_1(src, dst)
	case Q5_0:
		quantQ5_0(src, dst)
	case Q5_1:
		quantQ5_1(src, dst)
	case Q8_0:
		quantQ8_0(src, dst)
	case Q8_1:
		actQ8_1(src, dst)
	case Q2_K:
		quantQ2_K(src, dst)
	case Q3_K:
		quantQ3_K(src, dst)
	case Q4_K:
		quantQ4_K(src, dst)
	case Q5_K:
		quantQ5_K(src, dst)
	case Q6_K:
		quantQ6_K(src, dst)
	case Q8_K:
		actQ8_K(src, dst)
	case IQ4_NL:
		quantIQ4_NL(src, dst)
	case IQ4_XS:
		quantIQ4_XS(src, dst)
	}
	return nil
}

// checkLengths verifies that n values of t occupy exactly nbytes bytes.
func checkLengths(op string, t Type, n, nbytes int) error {
	want, err := t.RowSize(n)
	if err != nil {
		return fmt.Errorf("quant: %s %s: %d values: not a multiple of its block size %d", op, t, n, t.BlockSize())
	}
	if nbytes != want {
		return fmt.Errorf("quant: %s %s: %d values take %d bytes, got a buffer of %d bytes", op, t, n, want, nbytes)
	}
	return nil
}
