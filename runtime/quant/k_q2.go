package quant

// Q2_K: 256 values in 84 bytes (2.625 bits per value): 16 sub-blocks of 16,
// each with a 4-bit scale and a 4-bit min; x = d·sc·q − dmin·m, q in 0..3.
//
//	typedef struct {
//	    uint8_t scales[16];  // bytes 0-15: sub-block j: scale in the low
//	                         //   nibble, min in the high nibble
//	    uint8_t qs[64];      // bytes 16-79: 2-bit quants, see below
//	    ggml_half d;         // bytes 80-81: super-block scale of the scales
//	    ggml_half dmin;      // bytes 82-83: super-block scale of the mins
//	} block_q2_K;
//
// Value v = 128h + 32j + l (h = 0, 1; j = 0..3; 0 ≤ l < 32) is stored in
// bits 2j..2j+1 of qs[32h + l] and belongs to sub-block v/16.

const sizeQ2_K = 84

func dequantQ2_K(src []byte, dst []float32) {
	for i := 0; i < len(dst)/QK_K; i++ {
		b := (*[sizeQ2_K]byte)(src[i*sizeQ2_K:])
		y := (*[QK_K]float32)(dst[i*QK_K:])
		d, dmin := fp16(b[80:82]), fp16(b[82:84])
		for h := 0; h < 2; h++ {
			q := (*[32]byte)(b[16+32*h:])
			for j := 0; j < 4; j++ {
				shift := uint(2 * j)
				for s := 0; s < 2; s++ {
					sc := b[8*h+2*j+s]
					dl := d * float32(sc&0x0f)
					ml := dmin * float32(sc>>4)
					out := (*[16]float32)(y[128*h+32*j+16*s:])
					qq := (*[16]byte)(q[16*s:])
					for l, v := range qq {
						out[l] = float32(dl*float32(v>>shift&3)) - ml
					}
				}
			}
		}
	}
}

// quantQ2_K is llama.cpp's quantize_row_q2_K_ref: each sub-block's scale
// and min come from makeQKX2Quants (weights |x|, minimising absolute error);
// they are quantized to 4 bits against the largest of each (d = max/15),
// and the values re-rounded against the quantized scale and min.
func quantQ2_K(src []float32, dst []byte) {
	var (
		L            [QK_K]uint8
		laux         [16]uint8
		w            [16]float32
		scales, mins [16]float32
	)
	for i := 0; i < len(src)/QK_K; i++ {
		x := (*[QK_K]float32)(src[i*QK_K:])
		b := (*[sizeQ2_K]byte)(dst[i*sizeQ2_K:])
		var maxScale, maxMin float32
		for j := 0; j < 16; j++ {
			xs := x[16*j : 16*j+16]
			for l, v := range xs {
				w[l] = abs32(v)
			}
			scales[j], mins[j] = makeQKX2Quants(xs, w[:], L[16*j:16*j+16], laux[:], 3, -0.5, 0.1, 15, true)
			maxScale = max(maxScale, scales[j])
			maxMin = max(maxMin, mins[j])
		}
		sc := (*[16]byte)(b[0:16])
		if maxScale > 0 {
			iscale := 15 / maxScale
			for j := range sc {
				sc[j] = uint8(nearestInt(iscale * scales[j]))
			}
			putFP16(b[80:82], maxScale/15)
		} else {
			clear(sc[:])
			putFP16(b[80:82], 0)
		}
		if maxMin > 0 {
			iscale := 15 / maxMin
			for j := range sc {
				sc[j] |= uint8(nearestInt(iscale*mins[j]) << 4)
			}
			putFP16(b[82:84], maxMin/15)
		} else {
			putFP16(b[82:84], 0)
		}
		dAll, mAll := fp16(b[80:82]), fp16(b[82:84])
		for j := 0; j < 16; j++ {
			d := dAll * float32(sc[j]&0x0f)
			if d == 0 {
				continue
			}
			dm := mAll * float32(sc[j]>>4)
			for l := 16 * j; l < 16*j+16; l++ {
				L[l] = uint8(max(0, min(3, nearestInt((x[l]+dm)/d))))
			}
		}
		pack2bit(&L, (*[64]byte)(b[16:80]))
	}
}
