package quant

// Q5_K: 256 values in 176 bytes (5.5 bits per value): as Q4_K with a fifth
// bit per value; x = d·sc·q − dmin·m, q in 0..31.
//
//	typedef struct {
//	    ggml_half d;         // bytes 0-1: super-block scale of the scales
//	    ggml_half dmin;      // bytes 2-3: super-block scale of the mins
//	    uint8_t scales[12];  // bytes 4-15: as Q4_K (getScaleMinK4)
//	    uint8_t qh[32];      // bytes 16-47: fifth bits
//	    uint8_t qs[128];     // bytes 48-175: low 4 bits
//	} block_q5_K;
//
// Value 64g + l (g = 0..3, 0 ≤ l < 32) has its low 4 bits in the low nibble
// of qs[32g + l] and its fifth bit in bit 2g of qh[l]; value 64g + 32 + l
// has the high nibble and bit 2g+1.

const sizeQ5_K = 176

func dequantQ5_K(src []byte, dst []float32) {
	for i := 0; i < len(dst)/QK_K; i++ {
		b := (*[sizeQ5_K]byte)(src[i*sizeQ5_K:])
		y := (*[QK_K]float32)(dst[i*QK_K:])
		d, dmin := fp16(b[0:2]), fp16(b[2:4])
		s := (*[12]byte)(b[4:16])
		qh := (*[32]byte)(b[16:48])
		for g := 0; g < 4; g++ {
			sc1, m1 := getScaleMinK4(2*g, s)
			sc2, m2 := getScaleMinK4(2*g+1, s)
			d1, mm1 := d*float32(sc1), dmin*float32(m1)
			d2, mm2 := d*float32(sc2), dmin*float32(m2)
			sh := uint(2 * g)
			q := (*[32]byte)(b[48+32*g:])
			lo := (*[32]float32)(y[64*g:])
			hi := (*[32]float32)(y[64*g+32:])
			for l, v := range q {
				h := qh[l] >> sh
				lo[l] = float32(d1*float32(v&0x0f|(h&1)<<4)) - mm1
				hi[l] = float32(d2*float32(v>>4|(h&2)<<3)) - mm2
			}
		}
	}
}

// quantQ5_K is llama.cpp's quantize_row_q5_K_ref: as Q4_K with 32 levels and
// 16 candidate scales.
func quantQ5_K(src []float32, dst []byte) {
	var L [QK_K]uint8
	for i := 0; i < len(src)/QK_K; i++ {
		x := (*[QK_K]float32)(src[i*QK_K:])
		b := (*[sizeQ5_K]byte)(dst[i*sizeQ5_K:])
		quantKScalesMins(x, &L, (*[12]byte)(b[4:16]), b[0:4], 31, -0.5, 0.1, 15)
		qh := (*[32]byte)(b[16:48])
		clear(qh[:])
		q := (*[128]byte)(b[48:])
		for g := 0; g < 4; g++ {
			for l := 0; l < 32; l++ {
				l1, l2 := L[64*g+l], L[64*g+l+32]
				qh[l] |= (l1>>4)<<(2*g) | (l2>>4)<<(2*g+1)
				q[32*g+l] = l1&0x0f | (l2&0x0f)<<4
			}
		}
	}
}
