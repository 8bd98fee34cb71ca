package vecdot

import "github.com/qwenkit/qwenkit/runtime/quant"

// Plain-Go references for the 32-value formats, after llama.cpp's
// ggml_vec_dot_q{4,5,8}_{0,1}_q8_{0,1} (generic C versions). For block b of
// weights x and activations y, with integer levels qx, qy:
//
//	_0 formats: sumf += float32(Σ_j qx[j]·qy[j]) · (d_x·d_y)
//	_1 formats: sumf += float32(Σ_j qx[j]·qy[j]) · (d_x·d_y) + m_x·s_y
//
// where qx is the weight's signed level (Q4_0: nibble−8, Q5_0: 5-bit
// level−16, Q8_0: the int8) or unsigned level (Q4_1, Q5_1), d_x, m_x, d_y
// and s_y are the blocks' fp16 fields, and s_y = fp16(d_y·Σqy) is Q8_1's
// precomputed sum. The sum over j is exact (int32) and sumf is float32,
// summed over blocks in order.

// fp16 reads the little-endian half at b[0:2].
func fp16(b []byte) float32 { return quant.FP16ToFloat32(uint16(b[0]) | uint16(b[1])<<8) }

// dotQ8_0 is ggml_vec_dot_q8_0_q8_0 over nb blocks of 34 bytes.
func dotQ8_0(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[34]byte)(w[i*34:])
		y := (*[34]byte)(a[i*34:])
		var s int32
		for j := 2; j < 34; j++ {
			s += int32(int8(x[j])) * int32(int8(y[j]))
		}
		sum += float32(float32(s) * (fp16(x[0:2]) * fp16(y[0:2])))
	}
	return sum
}

// dotQ4_0 is ggml_vec_dot_q4_0_q8_0 over nb blocks (18-byte weights, 34-byte
// activations).
func dotQ4_0(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[18]byte)(w[i*18:])
		y := (*[34]byte)(a[i*34:])
		var s int32
		for j := 0; j < 16; j++ {
			v := x[2+j]
			s += (int32(v&15)-8)*int32(int8(y[2+j])) + (int32(v>>4)-8)*int32(int8(y[18+j]))
		}
		sum += float32(float32(s) * (fp16(x[0:2]) * fp16(y[0:2])))
	}
	return sum
}

// dotQ4_1 is ggml_vec_dot_q4_1_q8_1 over nb blocks (20-byte weights, 36-byte
// activations).
func dotQ4_1(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[20]byte)(w[i*20:])
		y := (*[36]byte)(a[i*36:])
		var s int32
		for j := 0; j < 16; j++ {
			v := x[4+j]
			s += int32(v&15)*int32(int8(y[4+j])) + int32(v>>4)*int32(int8(y[20+j]))
		}
		sum += float32(float32(s)*(fp16(x[0:2])*fp16(y[0:2]))) + float32(fp16(x[2:4])*fp16(y[2:4]))
	}
	return sum
}

// q5bits returns the fifth bits of a Q5 block as a uint32 (bit j for value j).
func q5bits(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// dotQ5_0 is ggml_vec_dot_q5_0_q8_0 over nb blocks (22-byte weights, 34-byte
// activations).
func dotQ5_0(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[22]byte)(w[i*22:])
		y := (*[34]byte)(a[i*34:])
		h := q5bits(x[2:6])
		var s int32
		for j := 0; j < 16; j++ {
			v := x[6+j]
			q0 := int32(v&15) | int32(h>>j&1)<<4 - 16
			q1 := int32(v>>4) | int32(h>>(j+16)&1)<<4 - 16
			s += q0*int32(int8(y[2+j])) + q1*int32(int8(y[18+j]))
		}
		sum += float32(float32(s) * (fp16(x[0:2]) * fp16(y[0:2])))
	}
	return sum
}

// dotQ5_1 is ggml_vec_dot_q5_1_q8_1 over nb blocks (24-byte weights, 36-byte
// activations).
func dotQ5_1(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[24]byte)(w[i*24:])
		y := (*[36]byte)(a[i*36:])
		h := q5bits(x[4:8])
		var s int32
		for j := 0; j < 16; j++ {
			v := x[8+j]
			q0 := int32(v&15) | int32(h>>j&1)<<4
			q1 := int32(v>>4) | int32(h>>(j+16)&1)<<4
			s += q0*int32(int8(y[4+j])) + q1*int32(int8(y[20+j]))
		}
		sum += float32(float32(s)*(fp16(x[0:2])*fp16(y[0:2]))) + float32(fp16(x[2:4])*fp16(y[2:4]))
	}
	return sum
}
