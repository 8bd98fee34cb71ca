package quant

// Q3_K: 256 values in 110 bytes (3.4375 bits per value): 16 sub-blocks of 16
// with signed 6-bit scales; x = d·(sc − 32)·(q − 4), q in 0..7, no min.
//
//	typedef struct {
//	    uint8_t hmask[32];   // bytes 0-31: high (third) bit of each quant
//	    uint8_t qs[64];      // bytes 32-95: low 2 bits of each quant
//	    uint8_t scales[12];  // bytes 96-107: 16 scales of 6 bits
//	    ggml_half d;         // bytes 108-109: super-block scale
//	} block_q3_K;
//
// The low 2 bits of value v = 128h + 32j + l (h = 0, 1; j = 0..3; 0 ≤ l < 32)
// are bits 2j..2j+1 of qs[32h + l]; its high bit is bit v/32 of
// hmask[v%32]. A set high bit means q = low bits + 4; the decoded level is
// therefore low − 4 when the bit is clear and low when it is set.
//
// The 6-bit scale of sub-block j (value v belongs to sub-block v/16) has its
// low 4 bits in scales[j] & 0xF for j < 8 and in scales[j−8] >> 4 for j ≥ 8,
// and its top 2 bits in bits 2·(j/4)..2·(j/4)+1 of scales[8 + j%4]. The
// stored value is the signed scale + 32.

const sizeQ3_K = 110

// q3Scale returns the signed scale (−32..31) of sub-block j.
func q3Scale(s *[12]byte, j int) int32 {
	var lo byte
	if j < 8 {
		lo = s[j] & 0x0f
	} else {
		lo = s[j-8] >> 4
	}
	hi := s[8+j%4] >> (2 * (j / 4)) & 3
	return int32(lo|hi<<4) - 32
}

func dequantQ3_K(src []byte, dst []float32) {
	var sc [16]float32
	for i := 0; i < len(dst)/QK_K; i++ {
		b := (*[sizeQ3_K]byte)(src[i*sizeQ3_K:])
		y := (*[QK_K]float32)(dst[i*QK_K:])
		d := fp16(b[108:110])
		s := (*[12]byte)(b[96:108])
		for j := range sc {
			sc[j] = d * float32(q3Scale(s, j))
		}
		hm := (*[32]byte)(b[0:32])
		for h := 0; h < 2; h++ {
			q := (*[32]byte)(b[32+32*h:])
			for j := 0; j < 4; j++ {
				shift := uint(2 * j)
				m := byte(1) << (4*h + j)
				for half := 0; half < 2; half++ {
					dl := sc[8*h+2*j+half]
					out := (*[16]float32)(y[128*h+32*j+16*half:])
					qq := (*[16]byte)(q[16*half:])
					hh := (*[16]byte)(hm[16*half:])
					for l, v := range qq {
						lv := int32(v >> shift & 3)
						if hh[l]&m == 0 {
							lv -= 4
						}
						out[l] = dl * float32(lv)
					}
				}
			}
		}
	}
}

// quantQ3_K is llama.cpp's quantize_row_q3_K_ref: each sub-block's scale
// comes from makeQ3Quants (a symmetric fit weighted by x², refined by moving
// single values between levels); the scales are quantized to 6 signed bits
// against the one of largest magnitude (d = max/−32), and the values
// re-rounded against the quantized scales.
func quantQ3_K(src []float32, dst []byte) {
	var (
		L      [QK_K]int8
		U      [QK_K]uint8
		scales [16]float32
	)
	for i := 0; i < len(src)/QK_K; i++ {
		x := (*[QK_K]float32)(src[i*QK_K:])
		b := (*[sizeQ3_K]byte)(dst[i*sizeQ3_K:])
		for j := 0; j < 16; j++ {
			scales[j] = makeQ3Quants(x[16*j:16*j+16], L[16*j:16*j+16], 4)
		}
		maxScale := signedAbsMax(scales[:])
		s := (*[12]byte)(b[96:108])
		clear(s[:])
		if maxScale != 0 {
			iscale := -32 / maxScale
			for j := 0; j < 16; j++ {
				l := int8(nearestInt(iscale * scales[j]))
				l = max(-32, min(31, l)) + 32
				if j < 8 {
					s[j] = byte(l & 0x0f)
				} else {
					s[j-8] |= byte(l&0x0f) << 4
				}
				s[8+j%4] |= byte(l>>4) << (2 * (j / 4))
			}
			putFP16(b[108:110], 1/iscale)
		} else {
			putFP16(b[108:110], 0)
		}
		dAll := fp16(b[108:110])
		for j := 0; j < 16; j++ {
			d := dAll * float32(q3Scale(s, j))
			if d == 0 {
				continue
			}
			for l := 16 * j; l < 16*j+16; l++ {
				L[l] = int8(max(-4, min(3, nearestInt(x[l]/d))) + 4)
			}
		}
		hm := (*[32]byte)(b[0:32])
		clear(hm[:])
		for j := 0; j < QK_K; j++ {
			u := uint8(L[j])
			if u > 3 {
				hm[j%32] |= 1 << (j / 32)
				u -= 4
			}
			U[j] = u
		}
		pack2bit(&U, (*[64]byte)(b[32:96]))
	}
}
