package quant

// Q4_0: 32 values in 18 bytes (4.5 bits per value), symmetric, no offset.
//
//	typedef struct {
//	    ggml_half d;      // bytes 0-1: scale (fp16)
//	    uint8_t qs[16];   // bytes 2-17: nibbles
//	} block_q4_0;
//
// Value j (0 ≤ j < 16) is d·((qs[j] & 0x0F) − 8); value j+16 is
// d·((qs[j] >> 4) − 8). The first half of the block sits in the low nibbles,
// the second half in the high nibbles.

const sizeQ4_0 = 18

func dequantQ4_0(src []byte, dst []float32) {
	for i := 0; i < len(dst)/32; i++ {
		b := (*[sizeQ4_0]byte)(src[i*sizeQ4_0:])
		y := (*[32]float32)(dst[i*32:])
		d := fp16(b[0:2])
		for j := 0; j < 16; j++ {
			q := b[2+j]
			y[j] = float32(int32(q&0x0f)-8) * d
			y[j+16] = float32(int32(q>>4)-8) * d
		}
	}
}

// quantQ4_0 is llama.cpp's quantize_row_q4_0_ref: the value of largest
// magnitude, max, maps to −8 (d = max/−8), and every value is rounded to the
// nearest level (halves away from −8: trunc(x/d + 8.5)), clamped to 15.
func quantQ4_0(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		x := (*[32]float32)(src[i*32:])
		b := (*[sizeQ4_0]byte)(dst[i*sizeQ4_0:])
		max := signedAbsMax(x[:])
		d := max / -8
		var id float32
		if d != 0 {
			id = 1 / d
		}
		putFP16(b[0:2], d)
		for j := 0; j < 16; j++ {
			lo := truncClamp(float32(x[j]*id)+8.5, 15)
			hi := truncClamp(float32(x[j+16]*id)+8.5, 15)
			b[2+j] = lo | hi<<4
		}
	}
}

// signedAbsMax returns the first value of largest magnitude in x, with its
// sign (0 for an empty or all-zero x).
func signedAbsMax(x []float32) float32 {
	var amax, max float32
	for _, v := range x {
		if a := abs32(v); amax < a {
			amax, max = a, v
		}
	}
	return max
}

// absMax returns the largest magnitude in x.
func absMax(x []float32) float32 {
	var amax float32
	for _, v := range x {
		if a := abs32(v); a > amax {
			amax = a
		}
	}
	return amax
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// truncClamp truncates v toward zero, as C's float-to-integer conversion
// does, and clamps the result to [0, hi].
func truncClamp(v float32, hi int32) byte {
	if !(v >= 0) { // negative or NaN
		return 0
	}
	if v >= float32(hi) {
		return byte(hi)
	}
	return byte(int32(v))
}
