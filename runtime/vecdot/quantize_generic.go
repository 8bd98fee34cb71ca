package vecdot

import (
	"encoding/binary"
	"math"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Plain-Go activation quantizers, byte-identical to quant.QuantizeActivations
// for finite inputs but faster: they round with the 1.5·2²³ trick (exact
// round-to-nearest-even for |v| < 2²²; here |v| ≤ 127·(1+2⁻²³)) instead of
// math.RoundToEven on float64. A block whose largest magnitude is below
// 2⁻¹⁰⁰ (where 127/amax may overflow) goes to quant.QuantizeActivations.

const (
	roundMagic = 12582912 // 1.5·2²³
	tinyBlock  = 0x1p-100
)

// abs32 returns |v| (clearing the sign bit).
func abs32(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }

// round32 rounds v (|v| < 2²²) to the nearest integer, ties to even.
func round32(v float32) int32 {
	return int32(float32(v+roundMagic) - roundMagic)
}

// q8Block quantizes 32 values as Q8_0/Q8_1 do; ok is false for a tiny
// block, which the caller hands to runtime/quant.
func q8Block(x *[32]float32, q *[32]byte) (d float32, sum int32, ok bool) {
	var amax float32
	for _, v := range x {
		if a := abs32(v); a > amax {
			amax = a
		}
	}
	if amax < tinyBlock {
		return 0, 0, false
	}
	id := 127 / amax
	for j, v := range x {
		r := round32(float32(v * id))
		q[j] = byte(int8(r))
		sum += r
	}
	return amax / 127, sum, true
}

func actQ8_0Go(dst []byte, src []float32, nb int) {
	for i := 0; i < nb; i++ {
		b := dst[i*34 : (i+1)*34]
		d, _, ok := q8Block((*[32]float32)(src[i*32:]), (*[32]byte)(b[2:]))
		if !ok {
			quant.QuantizeActivations(quant.Q8_0, src[i*32:(i+1)*32], b)
			continue
		}
		binary.LittleEndian.PutUint16(b, quant.Float32ToFP16(d))
	}
}

func actQ8_1Go(dst []byte, src []float32, nb int) {
	for i := 0; i < nb; i++ {
		b := dst[i*36 : (i+1)*36]
		d, sum, ok := q8Block((*[32]float32)(src[i*32:]), (*[32]byte)(b[4:]))
		if !ok {
			quant.QuantizeActivations(quant.Q8_1, src[i*32:(i+1)*32], b)
			continue
		}
		binary.LittleEndian.PutUint16(b, quant.Float32ToFP16(d))
		binary.LittleEndian.PutUint16(b[2:], quant.Float32ToFP16(d*float32(sum)))
	}
}

func actQ8_KGo(dst []byte, src []float32, nb int) {
	for i := 0; i < nb; i++ {
		x := (*[256]float32)(src[i*256:])
		b := (*[292]byte)(dst[i*292:])
		var amax, xmax float32
		for _, v := range x {
			if a := abs32(v); a > amax {
				amax, xmax = a, v
			}
		}
		if amax < tinyBlock {
			quant.QuantizeActivations(quant.Q8_K, x[:], b[:])
			continue
		}
		iscale := -127 / xmax
		for k := 0; k < 16; k++ {
			var s int32
			for j := 16 * k; j < 16*k+16; j++ {
				r := min(127, round32(float32(iscale*x[j])))
				b[4+j] = byte(int8(r))
				s += r
			}
			binary.LittleEndian.PutUint16(b[260+2*k:], uint16(int16(s)))
		}
		binary.LittleEndian.PutUint32(b[0:4], math.Float32bits(1/iscale))
	}
}
