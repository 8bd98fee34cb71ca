package quant

// Q6_K: 256 values in 210 bytes (6.5625 bits per value): 16 sub-blocks of 16
// with signed 8-bit scales; x = d·sc·(q − 32), q in 0..63, no min.
//
//	typedef struct {
//	    uint8_t ql[128];     // bytes 0-127: low 4 bits of the quants
//	    uint8_t qh[64];      // bytes 128-191: high 2 bits of the quants
//	    int8_t  scales[16];  // bytes 192-207: sub-block scales
//	    ggml_half d;         // bytes 208-209: super-block scale
//	} block_q6_K;
//
// For value v = 128h + 32k + l (h = 0, 1; k = 0..3; 0 ≤ l < 32): its low 4
// bits are the low nibble (k = 0, 1) or high nibble (k = 2, 3) of
// ql[64h + 32·(k%2) + l]; its high 2 bits are bits 2k..2k+1 of qh[32h + l];
// its scale is scales[v/16].

const sizeQ6_K = 210

func dequantQ6_K(src []byte, dst []float32) {
	var sc [16]float32
	for i := 0; i < len(dst)/QK_K; i++ {
		b := (*[sizeQ6_K]byte)(src[i*sizeQ6_K:])
		y := (*[QK_K]float32)(dst[i*QK_K:])
		d := fp16(b[208:210])
		for j := range sc {
			sc[j] = d * float32(int8(b[192+j]))
		}
		for h := 0; h < 2; h++ {
			ql := (*[64]byte)(b[64*h:])
			qh := (*[32]byte)(b[128+32*h:])
			out := (*[128]float32)(y[128*h:])
			s := (*[8]float32)(sc[8*h:])
			for l := 0; l < 32; l++ {
				is := l / 16
				a, c, hb := ql[l], ql[l+32], qh[l]
				out[l] = s[is] * float32(int32(a&0x0f|(hb&3)<<4)-32)
				out[l+32] = s[is+2] * float32(int32(c&0x0f|(hb>>2&3)<<4)-32)
				out[l+64] = s[is+4] * float32(int32(a>>4|(hb>>4&3)<<4)-32)
				out[l+96] = s[is+6] * float32(int32(c>>4|(hb>>6)<<4)-32)
			}
		}
	}
}

// quantQ6_K is llama.cpp's quantize_row_q6_K_ref: each sub-block's scale
// comes from makeQXQuants (a symmetric least-squares fit weighted by x²,
// searching 19 scales); the scales are quantized to 8 signed bits against
// the one of largest magnitude (d = max/−128), and the values re-rounded
// against the quantized scales.
func quantQ6_K(src []float32, dst []byte) {
	var (
		L      [QK_K]int8
		scales [16]float32
	)
	for i := 0; i < len(src)/QK_K; i++ {
		x := (*[QK_K]float32)(src[i*QK_K:])
		b := (*[sizeQ6_K]byte)(dst[i*sizeQ6_K:])
		var maxScale, maxAbs float32
		for j := 0; j < 16; j++ {
			scales[j] = makeQXQuants(x[16*j:16*j+16], L[16*j:16*j+16], 32)
			if a := abs32(scales[j]); a > maxAbs {
				maxAbs, maxScale = a, scales[j]
			}
		}
		if maxAbs < groupMaxEps {
			clear(b[:])
			continue
		}
		iscale := -128 / maxScale
		putFP16(b[208:210], 1/iscale)
		for j := 0; j < 16; j++ {
			b[192+j] = byte(int8(min(127, nearestInt(iscale*scales[j]))))
		}
		dAll := fp16(b[208:210])
		for j := 0; j < 16; j++ {
			d := dAll * float32(int8(b[192+j]))
			if d == 0 {
				continue
			}
			for l := 16 * j; l < 16*j+16; l++ {
				L[l] = int8(max(-32, min(31, nearestInt(x[l]/d))) + 32)
			}
		}
		for h := 0; h < 2; h++ {
			ql := (*[64]byte)(b[64*h:])
			qh := (*[32]byte)(b[128+32*h:])
			for l := 0; l < 32; l++ {
				j := 128*h + l
				q1, q2, q3, q4 := byte(L[j]), byte(L[j+32]), byte(L[j+64]), byte(L[j+96])
				ql[l] = q1&0x0f | (q3&0x0f)<<4
				ql[l+32] = q2&0x0f | (q4&0x0f)<<4
				qh[l] = q1>>4 | (q2>>4)<<2 | (q3>>4)<<4 | (q4>>4)<<6
			}
		}
	}
}
