package quant

// Q4_1: 32 values in 20 bytes (5 bits per value), with a scale and an offset.
//
//	typedef struct {
//	    ggml_half d;      // bytes 0-1: scale (fp16)
//	    ggml_half m;      // bytes 2-3: minimum (fp16)
//	    uint8_t qs[16];   // bytes 4-19: nibbles
//	} block_q4_1;
//
// Value j (0 ≤ j < 16) is d·(qs[j] & 0x0F) + m; value j+16 is
// d·(qs[j] >> 4) + m.

const sizeQ4_1 = 20

func dequantQ4_1(src []byte, dst []float32) {
	for i := 0; i < len(dst)/32; i++ {
		b := (*[sizeQ4_1]byte)(src[i*sizeQ4_1:])
		y := (*[32]float32)(dst[i*32:])
		d, m := fp16(b[0:2]), fp16(b[2:4])
		for j := 0; j < 16; j++ {
			q := b[4+j]
			y[j] = float32(float32(q&0x0f)*d) + m
			y[j+16] = float32(float32(q>>4)*d) + m
		}
	}
}

// quantQ4_1 is llama.cpp's quantize_row_q4_1_ref: min maps to level 0,
// max to level 15 (d = (max−min)/15), and each value is rounded to the
// nearest level (trunc((x−min)/d + 0.5)), clamped to 15.
func quantQ4_1(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		x := (*[32]float32)(src[i*32:])
		b := (*[sizeQ4_1]byte)(dst[i*sizeQ4_1:])
		lo, hi := minMax(x[:])
		d := (hi - lo) / 15
		var id float32
		if d != 0 {
			id = 1 / d
		}
		putFP16(b[0:2], d)
		putFP16(b[2:4], lo)
		for j := 0; j < 16; j++ {
			q0 := truncClamp(float32((x[j]-lo)*id)+0.5, 15)
			q1 := truncClamp(float32((x[j+16]-lo)*id)+0.5, 15)
			b[4+j] = q0 | q1<<4
		}
	}
}

// minMax returns the smallest and largest value of x, starting from
// ±MaxFloat32 as llama.cpp does.
func minMax(x []float32) (lo, hi float32) {
	lo, hi = maxFloat32, -maxFloat32
	for _, v := range x {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	return lo, hi
}

const maxFloat32 = 3.40282346638528859811704183484516925440e+38
