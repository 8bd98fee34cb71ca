package quant

// Q4_K: 256 values in 144 bytes (4.5 bits per value): 8 sub-blocks of 32,
// each with a 6-bit scale and a 6-bit min; x = d·sc·q − dmin·m, q in 0..15.
//
//	typedef struct {
//	    ggml_half d;         // bytes 0-1: super-block scale of the scales
//	    ggml_half dmin;      // bytes 2-3: super-block scale of the mins
//	    uint8_t scales[12];  // bytes 4-15: 8 scales and 8 mins of 6 bits,
//	                         //   packed as getScaleMinK4 describes
//	    uint8_t qs[128];     // bytes 16-143: nibbles
//	} block_q4_K;
//
// Value 64g + l (g = 0..3, 0 ≤ l < 32) is the low nibble of qs[32g + l]
// (sub-block 2g); value 64g + 32 + l is its high nibble (sub-block 2g+1).

const sizeQ4_K = 144

func dequantQ4_K(src []byte, dst []float32) {
	for i := 0; i < len(dst)/QK_K; i++ {
		b := (*[sizeQ4_K]byte)(src[i*sizeQ4_K:])
		y := (*[QK_K]float32)(dst[i*QK_K:])
		d, dmin := fp16(b[0:2]), fp16(b[2:4])
		s := (*[12]byte)(b[4:16])
		for g := 0; g < 4; g++ {
			sc1, m1 := getScaleMinK4(2*g, s)
			sc2, m2 := getScaleMinK4(2*g+1, s)
			d1, mm1 := d*float32(sc1), dmin*float32(m1)
			d2, mm2 := d*float32(sc2), dmin*float32(m2)
			q := (*[32]byte)(b[16+32*g:])
			lo := (*[32]float32)(y[64*g:])
			hi := (*[32]float32)(y[64*g+32:])
			for l, v := range q {
				lo[l] = float32(d1*float32(v&0x0f)) - mm1
				hi[l] = float32(d2*float32(v>>4)) - mm2
			}
		}
	}
}

// quantQ4_K is llama.cpp's quantize_row_q4_K_ref: each sub-block's scale and
// min come from makeQKX2Quants (weights rms(x) + |x|, squared error, 21
// candidate scales); they are quantized to 6 bits against the largest of each
// (d = max/63), and the values re-rounded against the quantized values.
func quantQ4_K(src []float32, dst []byte) {
	var L [QK_K]uint8
	for i := 0; i < len(src)/QK_K; i++ {
		x := (*[QK_K]float32)(src[i*QK_K:])
		b := (*[sizeQ4_K]byte)(dst[i*sizeQ4_K:])
		quantKScalesMins(x, &L, (*[12]byte)(b[4:16]), b[0:4], 15, -1, 0.1, 20)
		q := (*[128]byte)(b[16:])
		for g := 0; g < 4; g++ {
			for l := 0; l < 32; l++ {
				q[32*g+l] = L[64*g+l] | L[64*g+l+32]<<4
			}
		}
	}
}

// quantKScalesMins is the part Q4_K and Q5_K share: it fits the 8 sub-blocks
// of x with makeQKX2Quants (levels 0..nmax), stores the packed 6-bit scales
// and mins into s and d, dmin into dd[0:4], and leaves the final levels in L.
func quantKScalesMins(x *[QK_K]float32, L *[QK_K]uint8, s *[12]byte, dd []byte, nmax int32, rmin, rdelta float32, nstep int) {
	var (
		laux         [32]uint8
		w            [32]float32
		scales, mins [8]float32
	)
	var maxScale, maxMin float32
	for j := 0; j < 8; j++ {
		xs := x[32*j : 32*j+32]
		var sumX2 float32
		for _, v := range xs {
			sumX2 += float32(v * v)
		}
		avX := sqrt32(sumX2 / 32)
		for l, v := range xs {
			w[l] = avX + abs32(v)
		}
		scales[j], mins[j] = makeQKX2Quants(xs, w[:], L[32*j:32*j+32], laux[:], nmax, rmin, rdelta, nstep, false)
		maxScale = max(maxScale, scales[j])
		maxMin = max(maxMin, mins[j])
	}
	var invScale, invMin float32
	if maxScale > 0 {
		invScale = 63 / maxScale
	}
	if maxMin > 0 {
		invMin = 63 / maxMin
	}
	clear(s[:])
	for j := 0; j < 8; j++ {
		ls := min(63, uint8(nearestInt(invScale*scales[j])))
		lm := min(63, uint8(nearestInt(invMin*mins[j])))
		putScaleMinK4(j, s, ls, lm)
	}
	putFP16(dd[0:2], maxScale/63)
	putFP16(dd[2:4], maxMin/63)
	dAll, mAll := fp16(dd[0:2]), fp16(dd[2:4])
	for j := 0; j < 8; j++ {
		sc, m := getScaleMinK4(j, s)
		d := dAll * float32(sc)
		if d == 0 {
			continue
		}
		dm := mAll * float32(m)
		for l := 32 * j; l < 32*j+32; l++ {
			L[l] = uint8(max(0, min(nmax, nearestInt((x[l]+dm)/d))))
		}
	}
}
