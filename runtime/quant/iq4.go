package quant

import "encoding/binary"

// IQ4_NL and IQ4_XS: 4-bit indices into one fixed table of sixteen
// non-uniform levels (kvaluesIQ4NL, denser near zero, where most weights
// lie), scaled per 32 values.
//
// IQ4_NL: 32 values in 18 bytes (4.5 bits per value), Q4_0's geometry.
//
//	typedef struct {
//	    ggml_half d;        // bytes 0-1: scale (fp16)
//	    uint8_t   qs[16];   // bytes 2-17: indices
//	} block_iq4_nl;
//
// Value j (0 ≤ j < 16) is d·kvalues[qs[j] & 0x0F]; value j+16 is
// d·kvalues[qs[j] >> 4].
//
// IQ4_XS: 256 values in 136 bytes (4.25 bits per value), eight sub-blocks
// of 32 with 6-bit scales.
//
//	typedef struct {
//	    ggml_half d;            // bytes 0-1: super-block scale (fp16)
//	    uint16_t  scales_h;     // bytes 2-3: bits 4-5 of the eight scales, two each
//	    uint8_t   scales_l[4];  // bytes 4-7: bits 0-3 of the scales, two per byte
//	    uint8_t   qs[128];      // bytes 8-135: indices, 16 bytes per sub-block
//	} block_iq4_xs;
//
// Sub-block i's scale is ls = (scales_l[i/2] >> 4·(i%2)) & 0x0F |
// ((scales_h >> 2i) & 3) << 4, and its values are (d·(ls − 32))·kvalues[q]
// with q taken from qs[16i:16i+16] as in IQ4_NL.

const (
	sizeIQ4_NL = 18
	sizeIQ4_XS = 136
)

// kvaluesIQ4NL is the format's level table (ggml's kvalues_iq4nl).
var kvaluesIQ4NL = [16]int8{-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113}

// IQ4NLValues returns the sixteen levels an IQ4_NL or IQ4_XS index selects.
func IQ4NLValues() [16]int8 { return kvaluesIQ4NL }

// iq4XSScale returns sub-block i's 6-bit scale ls (the factor is ls − 32).
func iq4XSScale(b *[sizeIQ4_XS]byte, i int) int32 {
	h := binary.LittleEndian.Uint16(b[2:4])
	return int32(b[4+i/2]>>(4*(i%2))&0x0f) | int32(h>>(2*i)&3)<<4
}

// dequantIQ4Block writes the 32 values of one block of indices qs scaled
// by d.
func dequantIQ4Block(qs []byte, d float32, y *[32]float32) {
	for j := 0; j < 16; j++ {
		q := qs[j]
		y[j] = d * float32(kvaluesIQ4NL[q&0x0f])
		y[j+16] = d * float32(kvaluesIQ4NL[q>>4])
	}
}

func dequantIQ4_NL(src []byte, dst []float32) {
	for i := 0; i < len(dst)/32; i++ {
		b := (*[sizeIQ4_NL]byte)(src[i*sizeIQ4_NL:])
		dequantIQ4Block(b[2:], fp16(b[0:2]), (*[32]float32)(dst[i*32:]))
	}
}

func dequantIQ4_XS(src []byte, dst []float32) {
	for i := 0; i < len(dst)/QK_K; i++ {
		b := (*[sizeIQ4_XS]byte)(src[i*sizeIQ4_XS:])
		d := fp16(b[0:2])
		for ib := 0; ib < QK_K/32; ib++ {
			dl := d * float32(iq4XSScale(b, ib)-32)
			dequantIQ4Block(b[8+16*ib:], dl, (*[32]float32)(dst[i*QK_K+32*ib:]))
		}
	}
}

// bestIndexIQ4 is ggml's best_index_int8 over kvaluesIQ4NL: the index of
// the level nearest x (the lower one on a tie), by bisection.
func bestIndexIQ4(x float32) uint8 {
	v := &kvaluesIQ4NL
	if x <= float32(v[0]) {
		return 0
	}
	if x >= float32(v[15]) {
		return 15
	}
	lo, hi := 0, 15
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if x < float32(v[mid]) {
			hi = mid
		} else {
			lo = mid
		}
	}
	if x-float32(v[hi-1]) < float32(v[hi])-x {
		return uint8(hi - 1)
	}
	return uint8(hi)
}

// iq4BlockScale is the scale search of llama.cpp's quantize_row_iq4_nl_impl
// for one 32-value block x, as llama-quantize runs it (no importance
// matrix, so each value weighs x², and ntry = 7): the least-squares scale
// for the levels chosen at d = max/127, then for the levels chosen at
// (k − 127)/max for k = −7 … 7, keeping the one with the largest
// (Σw·q·x)²/Σw·q². It returns 0 for a block below groupMaxEps. The indices
// are chosen again against the final scale by the callers.
func iq4BlockScale(x *[32]float32) float32 {
	var amax, xmax float32
	for _, v := range x {
		if a := abs32(v); a > amax {
			amax, xmax = a, v
		}
	}
	if amax < groupMaxEps {
		return 0
	}
	fit := func(id float32) (sumqx, sumq2 float32) {
		for _, v := range x {
			q := float32(kvaluesIQ4NL[bestIndexIQ4(id*v)])
			w := v * v
			sumqx += float32(float32(w*q) * v)
			sumq2 += float32(float32(w*q) * q)
		}
		return sumqx, sumq2
	}
	const ntry = 7
	d := -xmax / float32(kvaluesIQ4NL[0])
	sumqx, sumq2 := fit(1 / d)
	d = sumqx / sumq2
	best := d * sumqx
	for itry := -ntry; itry <= ntry; itry++ {
		sumqx, sumq2 = fit(float32(itry+int(kvaluesIQ4NL[0])) / xmax)
		if sumq2 > 0 && float32(sumqx*sumqx) > float32(best*sumq2) {
			d = sumqx / sumq2
			best = d * sumqx
		}
	}
	return d
}

// packIQ4 stores the indices of 32 values, x·id rounded to the nearest
// level, in qs: value j in the low nibble of qs[j], value j+16 in the high.
func packIQ4(x []float32, id float32, qs []byte) {
	for j := 0; j < 16; j++ {
		qs[j] = bestIndexIQ4(id*x[j]) | bestIndexIQ4(id*x[j+16])<<4
	}
}

// quantIQ4_NL is llama-quantize's IQ4_NL (quantize_iq4_nl without an
// importance matrix): each block's scale from iq4BlockScale, stored as
// fp16, and the indices rounded against the float32 scale.
func quantIQ4_NL(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		x := (*[32]float32)(src[i*32:])
		b := (*[sizeIQ4_NL]byte)(dst[i*sizeIQ4_NL:])
		d := iq4BlockScale(x)
		putFP16(b[0:2], d)
		var id float32
		if d != 0 {
			id = 1 / d
		}
		packIQ4(x[:], id, b[2:])
	}
}

// quantIQ4_XS is llama-quantize's IQ4_XS (quantize_iq4_xs without an
// importance matrix): each sub-block's scale from iq4BlockScale; the
// super-block scale d = −s/32 for the sub-block scale s of largest
// magnitude (stored as fp16); each sub-block's scale rounded to l·d with l
// in −32 … 31 (stored as l + 32), and its indices rounded against l·d.
func quantIQ4_XS(src []float32, dst []byte) {
	for i := 0; i < len(src)/QK_K; i++ {
		x := src[i*QK_K : (i+1)*QK_K]
		b := (*[sizeIQ4_XS]byte)(dst[i*sizeIQ4_XS:])
		var scales [QK_K / 32]float32
		var amax, smax float32
		for ib := range scales {
			scales[ib] = iq4BlockScale((*[32]float32)(x[32*ib:]))
			if a := abs32(scales[ib]); a > amax {
				amax, smax = a, scales[ib]
			}
		}
		d := -smax / 32
		putFP16(b[0:2], d)
		var id float32
		if d != 0 {
			id = 1 / d
		}
		var h uint16
		clear(b[4:8])
		for ib, s := range scales {
			l := min(31, max(-32, nearestInt(id*s)))
			dl := d * float32(l)
			var idl float32
			if dl != 0 {
				idl = 1 / dl
			}
			packIQ4(x[32*ib:32*ib+32], idl, b[8+16*ib:])
			l += 32
			b[4+ib/2] |= byte(l&0x0f) << (4 * (ib % 2))
			h |= uint16(l>>4) << (2 * ib)
		}
		binary.LittleEndian.PutUint16(b[2:4], h)
	}
}
