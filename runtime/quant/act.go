package quant

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Activation quantizers: llama.cpp's CPU backend never multiplies quantized
// weights by float activations; it first converts the activation row to the
// weight type's "vec_dot type" (VecDotType) and then takes integer dot
// products. The functions here reproduce those conversions bit for bit as
// the x86 build (AVX2/AVX-512) of llama.cpp c392e509 computes them
// (ggml-cpu-quants.c: quantize_row_q8_0, quantize_row_q8_1,
// quantize_row_q8_K):
//
//   - Q8_0, per 32 values: amax = max|x|, d = amax/127 (float32), stored as
//     fp16; q = roundHalfEven(x·(127/amax)) computed in float32 (0 when
//     amax = 0).
//   - Q8_1: as Q8_0, plus s = fp16(d·Σq) with d the float32 scale.
//   - Q8_K, per 256 values: x_max is the first value of largest magnitude,
//     with its sign; iscale = −127/x_max, q = min(127, roundHalfEven(iscale·x)),
//     d = 1/iscale as float32, and bsums[k] = Σ q[16k:16k+16] as int16. An
//     all-zero block has d = 0 and q = 0.
//
// Q8_K's byte layout (292 bytes):
//
//	typedef struct {
//	    float   d;           // bytes 0-3: scale (float32)
//	    int8_t  qs[256];     // bytes 4-259: quants
//	    int16_t bsums[16];   // bytes 260-291: sums of each 16 quants
//	} block_q8_K;
//
// Value j is d·qs[j].

const sizeQ8_K = 292

// VecDotType returns the type llama.cpp's CPU backend converts activations to
// before a dot product with weights of type t: F32 for F32, F16 for F16,
// BF16 for BF16, Q8_0 for Q4_0/Q5_0/Q8_0/IQ4_NL, Q8_1 for Q4_1/Q5_1, Q8_K
// for Q2_K…Q6_K and IQ4_XS. It returns F32 and false for the other types.
func VecDotType(t Type) (Type, bool) {
	switch t {
	case F32, F16, BF16:
		return t, true
	case Q4_0, Q5_0, Q8_0, IQ4_NL:
		return Q8_0, true
	case Q4_1, Q5_1:
		return Q8_1, true
	case Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, IQ4_XS:
		return Q8_K, true
	}
	return F32, false
}

// QuantizeActivations converts the activation row src to t (Q8_0, Q8_1, Q8_K,
// or F16/BF16/F32 by plain conversion) into dst exactly as llama.cpp's CPU
// backend does (see the rules above). dst must be t.RowSize(len(src)) bytes.
// It allocates nothing and is safe for concurrent use.
func QuantizeActivations(t Type, src []float32, dst []byte) error {
	switch t {
	case F32, F16, BF16, Q8_1, Q8_K:
		// The same conversion as for weights (Q8_1 and Q8_K exist only as
		// activation types, and QuantizeInto uses their activation rounding).
		return QuantizeInto(t, src, dst)
	case Q8_0: // rounds as the AVX path does, unlike a Q8_0 weight
		if err := checkLengths("quantize activations to", t, len(src), len(dst)); err != nil {
			return err
		}
		actQ8_0(src, dst)
		return nil
	}
	return fmt.Errorf("quant: %s is not an activation type", t)
}

// actQ8Block quantizes 32 values into q as the AVX path does and returns the
// float32 scale d and Σq.
func actQ8Block(x *[32]float32, q *[32]byte) (d float32, sum int32) {
	amax := absMax(x[:])
	d = amax / 127
	var id float32
	if amax != 0 {
		id = 127 / amax
	}
	for j, v := range x {
		r := clampInt8(math.RoundToEven(float64(v * id)))
		q[j] = byte(r)
		sum += int32(r)
	}
	return d, sum
}

func actQ8_0(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		b := (*[sizeQ8_0]byte)(dst[i*sizeQ8_0:])
		d, _ := actQ8Block((*[32]float32)(src[i*32:]), (*[32]byte)(b[2:]))
		putFP16(b[0:2], d)
	}
}

func actQ8_1(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		b := (*[sizeQ8_1]byte)(dst[i*sizeQ8_1:])
		d, sum := actQ8Block((*[32]float32)(src[i*32:]), (*[32]byte)(b[4:]))
		putFP16(b[0:2], d)
		putFP16(b[2:4], d*float32(sum))
	}
}

func actQ8_K(src []float32, dst []byte) {
	for i := 0; i < len(src)/QK_K; i++ {
		x := (*[QK_K]float32)(src[i*QK_K:])
		b := (*[sizeQ8_K]byte)(dst[i*sizeQ8_K:])
		q := (*[QK_K]byte)(b[4:])
		max := signedAbsMax(x[:])
		if max == 0 {
			clear(b[:])
			continue
		}
		iscale := -127 / max
		for j, v := range x {
			q[j] = byte(int8(min(127, nearestInt(iscale*v))))
		}
		for k := 0; k < QK_K/16; k++ {
			var s int16
			for _, v := range q[16*k : 16*k+16] {
				s += int16(int8(v))
			}
			binary.LittleEndian.PutUint16(b[260+2*k:], uint16(s))
		}
		binary.LittleEndian.PutUint32(b[0:4], math.Float32bits(1/iscale))
	}
}

func dequantQ8_K(src []byte, dst []float32) {
	for i := 0; i < len(dst)/QK_K; i++ {
		b := (*[sizeQ8_K]byte)(src[i*sizeQ8_K:])
		y := (*[QK_K]float32)(dst[i*QK_K:])
		d := math.Float32frombits(binary.LittleEndian.Uint32(b[0:4]))
		q := (*[QK_K]byte)(b[4:])
		for j, v := range q {
			y[j] = d * float32(int8(v))
		}
	}
}
