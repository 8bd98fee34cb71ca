package vecdot

import "github.com/qwenkit/qwenkit/runtime/quant"

// Plain-Go references for the non-linear 4-bit formats, after llama.cpp's
// generic ggml_vec_dot_iq4_nl_q8_0 and ggml_vec_dot_iq4_xs_q8_K. A weight's
// level is iq4Levels[index] (quant.IQ4NLValues); for each 32-value block (an
// IQ4_NL block, or an IQ4_XS sub-block with its 6-bit scale ls) of weights
// x and activations y:
//
//	IQ4_NL × Q8_0:  sumf += (fp16(y.d)·fp16(x.d)) · float32(Σ level·qy)
//	IQ4_XS × Q8_K:  sumf += ((fp16(x.d)·y.d)·float32(ls − 32)) · float32(Σ level·qy)
//
// with the sums over a block exact (int32) and sumf float32, summed over
// blocks (sub-blocks) in order.

// iq4Levels is the formats' level table.
var iq4Levels = quant.IQ4NLValues()

// iq4Sum is Σ level·qy over one 32-value block: the low nibbles of q's 16
// bytes index values 0–15 (activations y[0:16]), the high nibbles values
// 16–31 (y[16:32]).
func iq4Sum(q, y []byte) int32 {
	var s int32
	for j := 0; j < 16; j++ {
		s += int32(iq4Levels[q[j]&15])*int32(int8(y[j])) + int32(iq4Levels[q[j]>>4])*int32(int8(y[16+j]))
	}
	return s
}

// dotIQ4_NL is ggml_vec_dot_iq4_nl_q8_0 over nb blocks (18-byte weights,
// 34-byte activations).
func dotIQ4_NL(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[18]byte)(w[i*18:])
		y := (*[34]byte)(a[i*34:])
		sum += float32(float32(fp16(y[0:2])*fp16(x[0:2])) * float32(iq4Sum(x[2:], y[2:])))
	}
	return sum
}

// dotIQ4_XS is ggml_vec_dot_iq4_xs_q8_K over nb super-blocks (136-byte
// weights, 292-byte activations).
func dotIQ4_XS(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[136]byte)(w[i*136:])
		yd, qy, _ := q8K(a[i*292:])
		d := float32(fp16(x[0:2]) * yd)
		h := uint16(x[2]) | uint16(x[3])<<8
		for ib := 0; ib < 8; ib++ {
			ls := int32(x[4+ib/2]>>(4*(ib%2))&15) | int32(h>>(2*ib)&3)<<4
			dl := float32(d * float32(ls-32))
			sum += float32(dl * float32(iq4Sum(x[8+16*ib:], qy[32*ib:])))
		}
	}
	return sum
}
