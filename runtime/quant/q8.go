package quant

import "math"

// Q8_0 and Q8_1: 32 signed 8-bit values with an fp16 scale.
//
//	typedef struct {
//	    ggml_half d;      // bytes 0-1: scale (fp16)
//	    int8_t qs[32];    // bytes 2-33: quants
//	} block_q8_0;         // 34 bytes, 8.5 bits per value
//
//	typedef struct {
//	    ggml_half d;      // bytes 0-1: scale (fp16)
//	    ggml_half s;      // bytes 2-3: d·Σqs (fp16), used by Q4_1/Q5_1 dot products
//	    int8_t qs[32];    // bytes 4-35: quants
//	} block_q8_1;         // 36 bytes
//
// Value j is d·qs[j] for both. Q8_1 is an activation type only (see act.go).

const (
	sizeQ8_0 = 34
	sizeQ8_1 = 36
)

func dequantQ8_0(src []byte, dst []float32) {
	for i := 0; i < len(dst)/32; i++ {
		b := (*[sizeQ8_0]byte)(src[i*sizeQ8_0:])
		y := (*[32]float32)(dst[i*32:])
		d := fp16(b[0:2])
		q := (*[32]byte)(b[2:])
		for j, v := range q {
			y[j] = float32(int8(v)) * d
		}
	}
}

func dequantQ8_1(src []byte, dst []float32) {
	for i := 0; i < len(dst)/32; i++ {
		b := (*[sizeQ8_1]byte)(src[i*sizeQ8_1:])
		y := (*[32]float32)(dst[i*32:])
		d := fp16(b[0:2])
		q := (*[32]byte)(b[4:])
		for j, v := range q {
			y[j] = float32(int8(v)) * d
		}
	}
}

// quantQ8_0 is llama.cpp's quantize_row_q8_0_ref, the weight quantizer:
// d = amax/127, q = round(x·(1/d)) with halves rounded away from zero. (The
// activation quantizer in act.go differs: 127/amax and ties to even.)
func quantQ8_0(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		x := (*[32]float32)(src[i*32:])
		b := (*[sizeQ8_0]byte)(dst[i*sizeQ8_0:])
		d := absMax(x[:]) / 127
		var id float32
		if d != 0 {
			id = 1 / d
		}
		putFP16(b[0:2], d)
		q := (*[32]byte)(b[2:])
		for j, v := range x {
			q[j] = byte(clampInt8(math.Round(float64(v * id))))
		}
	}
}

// clampInt8 converts an integral float64 to int8, saturating (NaN gives 0).
func clampInt8(v float64) int8 {
	switch {
	case v >= 127:
		return 127
	case v <= -128:
		return -128
	case v == v:
		return int8(v)
	}
	return 0
}

// nearestInt rounds f to the nearest integer, ties to even: llama.cpp's
// nearest_int (the 1.5·2²³ trick), which is exact for |f| ≤ 2²² − 1. Larger
// magnitudes, where nearest_int gives garbage, are clamped; NaN gives 0.
func nearestInt(f float32) int32 {
	switch {
	case f >= 4194303:
		return 4194303
	case f <= -4194303:
		return -4194303
	case f == f:
		return int32(math.RoundToEven(float64(f)))
	}
	return 0
}
