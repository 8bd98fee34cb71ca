package vecdot

import (
	"encoding/binary"
	"math"
	"math/rand/v2"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Test data generators. Three modes:
//
//   - random: random bytes; every fp16 scale a random finite value of
//     moderate size.
//   - extreme: bytes drawn from {0x00, 0x7F, 0x80, 0xFF} (int8 −128 and
//     127, all-ones nibbles and bit fields, the largest 6- and 8-bit
//     scales), fp16 scales ±65504 or ±small.
//   - tame: every fp16/float32 scale is 1 and the sub-block scales are small,
//     so that every value and every partial sum is an integer below 2²⁴ and
//     all float32 arithmetic is exact (see exactBlocks).
type mode int

const (
	random mode = iota
	extreme
	tame
)

func (m mode) String() string { return [...]string{"random", "extreme", "tame"}[m] }

// layout describes where a weight block keeps its fp16 fields.
type layout struct {
	halves []int // byte offsets of the fp16 fields (d, and m/dmin)
	// tame restricts the sub-block scales of a block in place.
	tame func(b []byte)
	// crude bounds |contribution| of one block for unit scales (|d|=1):
	// c1 for the scaled integer sum, c2 for the min/offset term.
	c1, c2 float64
}

var layouts = map[quant.Type]layout{
	quant.Q8_0: {halves: []int{0}, c1: 32 * 128 * 128},
	quant.Q4_0: {halves: []int{0}, c1: 32 * 8 * 128},
	quant.Q4_1: {halves: []int{0, 2}, c1: 32 * 15 * 128, c2: 1},
	quant.Q5_0: {halves: []int{0}, c1: 32 * 16 * 128},
	quant.Q5_1: {halves: []int{0, 2}, c1: 32 * 31 * 128, c2: 1},
	quant.Q2_K: {halves: []int{80, 82}, c1: 256 * 3 * 15 * 128, c2: 256 * 15 * 128},
	quant.Q3_K: {halves: []int{108}, c1: 256 * 4 * 32 * 128},
	quant.Q4_K: {halves: []int{0, 2}, c1: 256 * 15 * 63 * 128, c2: 256 * 63 * 128,
		tame: tameK4},
	quant.Q5_K: {halves: []int{0, 2}, c1: 256 * 31 * 63 * 128, c2: 256 * 63 * 128,
		tame: tameK4},
	quant.IQ4_NL: {halves: []int{0}, c1: 32 * 127 * 128},
	// IQ4_XS tame: the high bits of every scale 2, the low ones 0–3, so
	// that each factor ls − 32 is 0–3.
	quant.IQ4_XS: {halves: []int{0}, c1: 256 * 127 * 32 * 128,
		tame: func(b []byte) {
			b[2], b[3] = 0xaa, 0xaa
			for j := 4; j < 8; j++ {
				b[j] &= 0x33
			}
		}},
	quant.Q6_K: {halves: []int{208}, c1: 256 * 32 * 128 * 128,
		tame: func(b []byte) {
			for j := 192; j < 208; j++ {
				b[j] = byte(int8(b[j]) % 4) // |scale| ≤ 3
			}
		}},
}

// tameK4 limits every 6-bit scale and min of a Q4_K/Q5_K block to 0..3.
func tameK4(b []byte) {
	for j := 4; j < 12; j++ {
		b[j] &= 0x03
	}
	for j := 12; j < 16; j++ {
		b[j] &= 0x33
	}
}

// tameBound is the largest |partial sum| (crude) of one tame block.
func tameBound(t quant.Type) float64 {
	switch t {
	case quant.Q4_K:
		return 256*15*3*128 + 256*3*128
	case quant.Q5_K:
		return 256*31*3*128 + 256*3*128
	case quant.Q6_K:
		return 256 * 32 * 128 * 3
	case quant.IQ4_XS:
		return 256 * 127 * 3 * 128
	case quant.Q4_1:
		return 32*15*64 + 2048
	case quant.Q5_1:
		return 32*31*64 + 2048
	}
	l := layouts[t]
	return l.c1 + l.c2
}

var extremeBytes = [...]byte{0x00, 0x7f, 0x80, 0xff}

// actHalf is randHalf for activation scales: in extreme mode small (so that
// Q8_1's fp16 sum s = d·Σq stays finite), the weights carry the large ones.
func actHalf(r *rand.Rand, m mode) uint16 {
	if m == extreme {
		return [...]uint16{0x0001, 0x3c00, 0xac00}[r.IntN(3)] // tiny, 1, −1/16
	}
	return randHalf(r, m)
}

func randHalf(r *rand.Rand, m mode) uint16 {
	switch m {
	case tame:
		return 0x3c00 // 1.0
	case extreme:
		return [...]uint16{0x7bff, 0xfbff, 0x0001, 0x3c00}[r.IntN(4)] // ±65504, tiny, 1
	}
	f := float32(r.NormFloat64()) * float32(math.Ldexp(1, r.IntN(12)-8))
	return quant.Float32ToFP16(f)
}

func fillBytes(r *rand.Rand, b []byte, m mode) {
	for i := range b {
		if m == extreme {
			b[i] = extremeBytes[r.IntN(4)]
		} else {
			b[i] = byte(r.Uint32())
		}
	}
}

// weights returns nb random blocks of t.
func weights(r *rand.Rand, t quant.Type, nb int, m mode) []byte {
	ts := t.TypeSize()
	b := make([]byte, nb*ts)
	fillBytes(r, b, m)
	l := layouts[t]
	for i := 0; i < nb; i++ {
		blk := b[i*ts : (i+1)*ts]
		for _, off := range l.halves {
			binary.LittleEndian.PutUint16(blk[off:], randHalf(r, m))
		}
		if m == tame && l.tame != nil {
			l.tame(blk)
		}
	}
	return b
}

// acts returns nb blocks of the activation type at.
func acts(r *rand.Rand, at quant.Type, nb int, m mode) []byte {
	ts := at.TypeSize()
	b := make([]byte, nb*ts)
	fillBytes(r, b, m)
	for i := 0; i < nb; i++ {
		blk := b[i*ts : (i+1)*ts]
		switch at {
		case quant.Q8_0:
			binary.LittleEndian.PutUint16(blk, actHalf(r, m))
		case quant.Q8_1:
			d := actHalf(r, m)
			var s int32
			for j := 4; j < 36; j++ {
				if m == tame {
					blk[j] = byte(int8(blk[j]) >> 1) // −64..63: |Σq| ≤ 2048, exact in fp16
				}
				s += int32(int8(blk[j]))
			}
			binary.LittleEndian.PutUint16(blk, d)
			binary.LittleEndian.PutUint16(blk[2:], quant.Float32ToFP16(quant.FP16ToFloat32(d)*float32(s)))
		case quant.Q8_K:
			d := quant.FP16ToFloat32(randHalf(r, m)) // Q8_K: any float32
			binary.LittleEndian.PutUint32(blk, math.Float32bits(d))
			for k := 0; k < 16; k++ {
				var s int16
				for _, v := range blk[4+16*k : 4+16*k+16] {
					s += int16(int8(v))
				}
				binary.LittleEndian.PutUint16(blk[260+2*k:], uint16(s))
			}
		}
	}
	return b
}

// actScale returns the activation block's |d| (and |s| for Q8_1).
func actScale(at quant.Type, blk []byte) (d, s float64) {
	switch at {
	case quant.Q8_K:
		return math.Abs(float64(math.Float32frombits(binary.LittleEndian.Uint32(blk)))), 0
	case quant.Q8_1:
		return math.Abs(float64(fp16(blk))), math.Abs(float64(fp16(blk[2:])))
	}
	return math.Abs(float64(fp16(blk))), 0
}

// noiseBound is the largest difference two float32 evaluations of the same
// product may show when they differ only in the order of their float32
// additions (and in where int32 lane sums are converted to float32): each
// block contributes at most C = |d_w·d_a|·c1 + |m_w|·|d_a|·c2 (|m_w|·|s_a| for
// the _1 formats) in absolute value, and a sum of k terms in any order is
// within (k−1)·2⁻²⁴·Σ|terms| of the exact sum, so two orders are within
// 2·(nb + 64)·2⁻²⁴·ΣC of each other (64 covers the lanes and the per-block
// products and conversions).
func noiseBound(t quant.Type, w, a []byte, nb int) float64 {
	at, _ := quant.VecDotType(t)
	l := layouts[t]
	var sum float64
	for i := 0; i < nb; i++ {
		wb := w[i*t.TypeSize():]
		ab := a[i*at.TypeSize():]
		da, sa := actScale(at, ab)
		d := math.Abs(float64(fp16(wb[l.halves[0]:])))
		sum += d * da * l.c1
		if len(l.halves) > 1 {
			m := math.Abs(float64(fp16(wb[l.halves[1]:])))
			if at == quant.Q8_1 {
				sum += m * sa
			} else {
				sum += m * da * l.c2
			}
		}
	}
	return 2 * float64(nb+64) * 0x1p-24 * sum
}
