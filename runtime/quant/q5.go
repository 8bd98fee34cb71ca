package quant

import "encoding/binary"

// Q5_0 and Q5_1: 32 values of 5 bits; the low 4 bits are nibbles as in Q4_0
// and Q4_1, the fifth bits are packed in a little-endian uint32.
//
//	typedef struct {
//	    ggml_half d;      // bytes 0-1: scale (fp16)
//	    uint8_t qh[4];    // bytes 2-5: fifth bits, bit j for value j
//	    uint8_t qs[16];   // bytes 6-21: nibbles
//	} block_q5_0;         // 22 bytes, 5.5 bits per value
//
//	typedef struct {
//	    ggml_half d;      // bytes 0-1: scale (fp16)
//	    ggml_half m;      // bytes 2-3: minimum (fp16)
//	    uint8_t qh[4];    // bytes 4-7: fifth bits, bit j for value j
//	    uint8_t qs[16];   // bytes 8-23: nibbles
//	} block_q5_1;         // 24 bytes, 6 bits per value
//
// With h = qh as a little-endian uint32, the level of value j (0 ≤ j < 16)
// is (qs[j] & 0x0F) | ((h>>j)&1)<<4 and that of value j+16 is
// (qs[j] >> 4) | ((h>>(j+16))&1)<<4. Q5_0 decodes level q as d·(q − 16),
// Q5_1 as d·q + m.

const (
	sizeQ5_0 = 22
	sizeQ5_1 = 24
)

func dequantQ5_0(src []byte, dst []float32) {
	for i := 0; i < len(dst)/32; i++ {
		b := (*[sizeQ5_0]byte)(src[i*sizeQ5_0:])
		y := (*[32]float32)(dst[i*32:])
		d := fp16(b[0:2])
		h := binary.LittleEndian.Uint32(b[2:6])
		for j := 0; j < 16; j++ {
			q := b[6+j]
			q0 := int32(q&0x0f) | int32(h>>j&1)<<4
			q1 := int32(q>>4) | int32(h>>(j+16)&1)<<4
			y[j] = float32(q0-16) * d
			y[j+16] = float32(q1-16) * d
		}
	}
}

func dequantQ5_1(src []byte, dst []float32) {
	for i := 0; i < len(dst)/32; i++ {
		b := (*[sizeQ5_1]byte)(src[i*sizeQ5_1:])
		y := (*[32]float32)(dst[i*32:])
		d, m := fp16(b[0:2]), fp16(b[2:4])
		h := binary.LittleEndian.Uint32(b[4:8])
		for j := 0; j < 16; j++ {
			q := b[8+j]
			q0 := uint32(q&0x0f) | (h>>j&1)<<4
			q1 := uint32(q>>4) | (h>>(j+16)&1)<<4
			y[j] = float32(float32(q0)*d) + m
			y[j+16] = float32(float32(q1)*d) + m
		}
	}
}

// quantQ5_0 is llama.cpp's quantize_row_q5_0_ref: as Q4_0 with 32 levels,
// the value of largest magnitude mapping to −16 (d = max/−16).
func quantQ5_0(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		x := (*[32]float32)(src[i*32:])
		b := (*[sizeQ5_0]byte)(dst[i*sizeQ5_0:])
		max := signedAbsMax(x[:])
		d := max / -16
		var id float32
		if d != 0 {
			id = 1 / d
		}
		putFP16(b[0:2], d)
		var h uint32
		for j := 0; j < 16; j++ {
			q0 := truncClamp(float32(x[j]*id)+16.5, 31)
			q1 := truncClamp(float32(x[j+16]*id)+16.5, 31)
			b[6+j] = q0&0x0f | q1<<4
			h |= uint32(q0>>4) << j
			h |= uint32(q1>>4) << (j + 16)
		}
		binary.LittleEndian.PutUint32(b[2:6], h)
	}
}

// quantQ5_1 is llama.cpp's quantize_row_q5_1_ref: as Q4_1 with 32 levels
// (d = (max−min)/31).
func quantQ5_1(src []float32, dst []byte) {
	for i := 0; i < len(src)/32; i++ {
		x := (*[32]float32)(src[i*32:])
		b := (*[sizeQ5_1]byte)(dst[i*sizeQ5_1:])
		lo, hi := minMax(x[:])
		d := (hi - lo) / 31
		var id float32
		if d != 0 {
			id = 1 / d
		}
		putFP16(b[0:2], d)
		putFP16(b[2:4], lo)
		var h uint32
		for j := 0; j < 16; j++ {
			q0 := truncClamp(float32((x[j]-lo)*id)+0.5, 31)
			q1 := truncClamp(float32((x[j+16]-lo)*id)+0.5, 31)
			b[8+j] = q0&0x0f | q1<<4
			h |= uint32(q0>>4) << j
			h |= uint32(q1>>4) << (j + 16)
		}
		binary.LittleEndian.PutUint32(b[4:8], h)
	}
}
