// Package quant holds ggml's tensor element types: their ids as GGUF stores
// them, their block geometry, and plain-Go conversion between blocks and
// float32 (dequantization and quantization).
//
// A quantized tensor row is a sequence of fixed-size blocks; each block
// encodes BlockSize consecutive values in TypeSize bytes. A row's length must
// be a multiple of BlockSize.
//
// Dequantize and Quantize handle F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1,
// Q8_0, Q2_K, Q3_K, Q4_K, Q5_K and Q6_K (everything in Qwen's GGUF files and
// llama.cpp's quantization mixes), IQ4_NL and IQ4_XS, plus the
// activation-only Q8_1 and Q8_K.
// Each format family has its own file (q4_0.go, q4_1.go, q5.go, q8.go,
// k_q2.go … k_q6.go, iq4.go, half.go, act.go) that documents its block layout as
// ggml's block_* struct. Dequantization reproduces ggml's (and gguf-py's)
// float32 results bit for bit; quantization reproduces llama-quantize's bytes
// (its reference quantizers, used without an importance matrix).
// QuantizeActivations converts activation rows as llama.cpp's CPU backend
// does before its integer dot products.
package quant

import "fmt"

// Type is a ggml tensor element type, numbered as in GGUF files.
type Type uint32

// The ggml type ids (ggml.h). Types that qwenkit cannot convert still have a
// name so that errors can say what a file contains.
const (
	F32     Type = 0
	F16     Type = 1
	Q4_0    Type = 2
	Q4_1    Type = 3
	Q5_0    Type = 6
	Q5_1    Type = 7
	Q8_0    Type = 8
	Q8_1    Type = 9
	Q2_K    Type = 10
	Q3_K    Type = 11
	Q4_K    Type = 12
	Q5_K    Type = 13
	Q6_K    Type = 14
	Q8_K    Type = 15
	IQ2_XXS Type = 16
	IQ2_XS  Type = 17
	IQ3_XXS Type = 18
	IQ1_S   Type = 19
	IQ4_NL  Type = 20
	IQ3_S   Type = 21
	IQ2_S   Type = 22
	IQ4_XS  Type = 23
	I8      Type = 24
	I16     Type = 25
	I32     Type = 26
	I64     Type = 27
	F64     Type = 28
	IQ1_M   Type = 29
	BF16    Type = 30
	TQ1_0   Type = 34
	TQ2_0   Type = 35
)

// QK_K is the number of values in one K-quant super-block.
const QK_K = 256

type typeInfo struct {
	name      string
	blockSize int // values per block
	typeSize  int // bytes per block
}

// types is a read-only table of the geometry of every known type.
var types = map[Type]typeInfo{
	F32:     {"F32", 1, 4},
	F16:     {"F16", 1, 2},
	Q4_0:    {"Q4_0", 32, 2 + 16},
	Q4_1:    {"Q4_1", 32, 2 + 2 + 16},
	Q5_0:    {"Q5_0", 32, 2 + 4 + 16},
	Q5_1:    {"Q5_1", 32, 2 + 2 + 4 + 16},
	Q8_0:    {"Q8_0", 32, 2 + 32},
	Q8_1:    {"Q8_1", 32, 4 + 32},
	Q2_K:    {"Q2_K", QK_K, QK_K/16 + QK_K/4 + 2 + 2},
	Q3_K:    {"Q3_K", QK_K, QK_K/8 + QK_K/4 + 12 + 2},
	Q4_K:    {"Q4_K", QK_K, 2 + 2 + 12 + QK_K/2},
	Q5_K:    {"Q5_K", QK_K, 2 + 2 + 12 + QK_K/8 + QK_K/2},
	Q6_K:    {"Q6_K", QK_K, QK_K/2 + QK_K/4 + QK_K/16 + 2},
	Q8_K:    {"Q8_K", QK_K, 4 + QK_K + QK_K/16*2},
	IQ2_XXS: {"IQ2_XXS", QK_K, 2 + QK_K/8*2},
	IQ2_XS:  {"IQ2_XS", QK_K, 2 + QK_K/8*2 + QK_K/32},
	IQ3_XXS: {"IQ3_XXS", QK_K, 2 + QK_K/4 + QK_K/8},
	IQ1_S:   {"IQ1_S", QK_K, 2 + QK_K/8 + QK_K/16},
	IQ4_NL:  {"IQ4_NL", 32, 2 + 16},
	IQ3_S:   {"IQ3_S", QK_K, 2 + QK_K/4 + QK_K/8 + QK_K/32 + 4},
	IQ2_S:   {"IQ2_S", QK_K, 2 + QK_K/4 + QK_K/16},
	IQ4_XS:  {"IQ4_XS", QK_K, 2 + 2 + QK_K/64 + QK_K/2},
	I8:      {"I8", 1, 1},
	I16:     {"I16", 1, 2},
	I32:     {"I32", 1, 4},
	I64:     {"I64", 1, 8},
	F64:     {"F64", 1, 8},
	IQ1_M:   {"IQ1_M", QK_K, QK_K/8 + QK_K/16 + QK_K/32},
	BF16:    {"BF16", 1, 2},
	TQ1_0:   {"TQ1_0", QK_K, 2 + 4*13},
	TQ2_0:   {"TQ2_0", QK_K, 2 + 64},
}

// Known reports whether t is a type id that ggml defines.
func (t Type) Known() bool { _, ok := types[t]; return ok }

// String returns ggml's name for t, or "type(N)" for an unknown id.
func (t Type) String() string {
	if i, ok := types[t]; ok {
		return i.name
	}
	return fmt.Sprintf("type(%d)", uint32(t))
}

// BlockSize is the number of values one block of t encodes (1 for plain
// types). It is 0 for an unknown type.
func (t Type) BlockSize() int { return types[t].blockSize }

// TypeSize is the number of bytes one block of t occupies. It is 0 for an
// unknown type.
func (t Type) TypeSize() int { return types[t].typeSize }

// RowSize returns the number of bytes n values of type t occupy, or an error
// when t is unknown or n is not a multiple of t's block size.
func (t Type) RowSize(n int) (int, error) {
	i, ok := types[t]
	if !ok {
		return 0, fmt.Errorf("quant: unknown tensor type %d", uint32(t))
	}
	if n < 0 || n%i.blockSize != 0 {
		return 0, fmt.Errorf("quant: %d values of %s: not a multiple of its block size %d", n, i.name, i.blockSize)
	}
	return n / i.blockSize * i.typeSize, nil
}

// ParseType returns the type named s (as String spells it, case-insensitive).
func ParseType(s string) (Type, error) {
	for t, i := range types {
		if equalFold(i.name, s) {
			return t, nil
		}
	}
	return 0, fmt.Errorf("quant: unknown type name %q", s)
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
