package vecdot

import (
	"encoding/binary"
	"math"
)

// Plain-Go references for the K formats × Q8_K, after llama.cpp's
// ggml_vec_dot_q{2,3,4,5,6}_K_q8_K. For super-block b (256 values) of
// weights x and activations y, with y.d the float32 scale of y, qy its int8
// levels and y.bsums[k] = Σ qy[16k:16k+16]:
//
//	isum = Σ_s sc[s] · Σ_{l in sub-block s} q[l]·qy[l]      (exact int32)
//	msum = Σ_k m[k] · y.bsums[k]                           (exact int32)
//	sumf += (fp16(x.d)·y.d)·float32(isum) − (fp16(x.dmin)·y.d)·float32(msum)
//
// with sumf float32, summed over super-blocks in order. Per format:
//
//	Q2_K: 16 sub-blocks of 16, q in 0..3, sc = scales[s]&15, min term
//	      m[k] = scales[k]>>4.
//	Q3_K: 16 sub-blocks of 16, q = low 2 bits − (high bit clear ? 4 : 0),
//	      sc the signed 6-bit scale, no min term.
//	Q4_K: 8 sub-blocks of 32, q in 0..15, 6-bit sc and m (m[k] = m of
//	      sub-block k/2).
//	Q5_K: as Q4_K with q in 0..31.
//	Q6_K: 16 sub-blocks of 16, q in 0..63 minus 32, sc int8, no min term.

// q8K returns the scale, the levels and the 16 partial sums of the Q8_K
// block at a[0:292].
func q8K(a []byte) (float32, *[256]byte, *[32]byte) {
	return math.Float32frombits(binary.LittleEndian.Uint32(a[0:4])), (*[256]byte)(a[4:260]), (*[32]byte)(a[260:292])
}

func bsum(b *[32]byte, k int) int32 { return int32(int16(uint16(b[2*k]) | uint16(b[2*k+1])<<8)) }

// dotQ2_K is ggml_vec_dot_q2_K_q8_K over nb super-blocks of 84 bytes.
func dotQ2_K(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[84]byte)(w[i*84:])
		yd, qy, bs := q8K(a[i*292:])
		var isum, msum int32
		for h := 0; h < 2; h++ {
			q := (*[32]byte)(x[16+32*h:])
			for j := 0; j < 4; j++ {
				y := (*[32]byte)(qy[128*h+32*j:])
				shift := uint(2 * j)
				var s0, s1 int32
				for l := 0; l < 16; l++ {
					s0 += int32(q[l]>>shift&3) * int32(int8(y[l]))
					s1 += int32(q[16+l]>>shift&3) * int32(int8(y[16+l]))
				}
				sb := 8*h + 2*j
				isum += int32(x[sb]&15)*s0 + int32(x[sb+1]&15)*s1
			}
		}
		for s := 0; s < 16; s++ {
			msum += int32(x[s]>>4) * bsum(bs, s)
		}
		sum += float32(fp16(x[80:82])*yd)*float32(isum) - float32(fp16(x[82:84])*yd)*float32(msum)
	}
	return sum
}

// q3Scale returns the signed 6-bit scale of sub-block j of a Q3_K block.
func q3Scale(s *[12]byte, j int) int32 {
	var lo byte
	if j < 8 {
		lo = s[j] & 15
	} else {
		lo = s[j-8] >> 4
	}
	return int32(lo|(s[8+j%4]>>(2*(j/4))&3)<<4) - 32
}

// dotQ3_K is ggml_vec_dot_q3_K_q8_K over nb super-blocks of 110 bytes.
func dotQ3_K(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[110]byte)(w[i*110:])
		yd, qy, _ := q8K(a[i*292:])
		sc := (*[12]byte)(x[96:108])
		hm := (*[32]byte)(x[0:32])
		var isum int32
		for h := 0; h < 2; h++ {
			q := (*[32]byte)(x[32+32*h:])
			for j := 0; j < 4; j++ {
				y := (*[32]byte)(qy[128*h+32*j:])
				shift, m := uint(2*j), byte(1)<<(4*h+j)
				var s0, s1 int32
				for l := 0; l < 32; l++ {
					v := int32(q[l] >> shift & 3)
					if hm[l]&m == 0 {
						v -= 4
					}
					if l < 16 {
						s0 += v * int32(int8(y[l]))
					} else {
						s1 += v * int32(int8(y[l]))
					}
				}
				sb := 8*h + 2*j
				isum += q3Scale(sc, sb)*s0 + q3Scale(sc, sb+1)*s1
			}
		}
		sum += float32(fp16(x[108:110])*yd) * float32(isum)
	}
	return sum
}

// scaleMinK4 unpacks the 6-bit scale and min of sub-block j of Q4_K/Q5_K.
func scaleMinK4(j int, q *[12]byte) (int32, int32) {
	if j < 4 {
		return int32(q[j] & 63), int32(q[j+4] & 63)
	}
	return int32(q[j+4]&15 | (q[j-4]>>6)<<4), int32(q[j+4]>>4 | (q[j]>>6)<<4)
}

// dotQ4_K is ggml_vec_dot_q4_K_q8_K over nb super-blocks of 144 bytes.
func dotQ4_K(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[144]byte)(w[i*144:])
		yd, qy, bs := q8K(a[i*292:])
		sm := (*[12]byte)(x[4:16])
		var isum, msum int32
		for g := 0; g < 4; g++ {
			q := (*[32]byte)(x[16+32*g:])
			y0 := (*[32]byte)(qy[64*g:])
			y1 := (*[32]byte)(qy[64*g+32:])
			var s0, s1 int32
			for l, v := range q {
				s0 += int32(v&15) * int32(int8(y0[l]))
				s1 += int32(v>>4) * int32(int8(y1[l]))
			}
			sc0, m0 := scaleMinK4(2*g, sm)
			sc1, m1 := scaleMinK4(2*g+1, sm)
			isum += sc0*s0 + sc1*s1
			msum += m0*(bsum(bs, 4*g)+bsum(bs, 4*g+1)) + m1*(bsum(bs, 4*g+2)+bsum(bs, 4*g+3))
		}
		sum += float32(fp16(x[0:2])*yd)*float32(isum) - float32(fp16(x[2:4])*yd)*float32(msum)
	}
	return sum
}

// dotQ5_K is ggml_vec_dot_q5_K_q8_K over nb super-blocks of 176 bytes.
func dotQ5_K(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[176]byte)(w[i*176:])
		yd, qy, bs := q8K(a[i*292:])
		sm := (*[12]byte)(x[4:16])
		qh := (*[32]byte)(x[16:48])
		var isum, msum int32
		for g := 0; g < 4; g++ {
			q := (*[32]byte)(x[48+32*g:])
			y0 := (*[32]byte)(qy[64*g:])
			y1 := (*[32]byte)(qy[64*g+32:])
			sh := uint(2 * g)
			var s0, s1 int32
			for l, v := range q {
				h := qh[l] >> sh
				s0 += int32(v&15|(h&1)<<4) * int32(int8(y0[l]))
				s1 += int32(v>>4|(h&2)<<3) * int32(int8(y1[l]))
			}
			sc0, m0 := scaleMinK4(2*g, sm)
			sc1, m1 := scaleMinK4(2*g+1, sm)
			isum += sc0*s0 + sc1*s1
			msum += m0*(bsum(bs, 4*g)+bsum(bs, 4*g+1)) + m1*(bsum(bs, 4*g+2)+bsum(bs, 4*g+3))
		}
		sum += float32(fp16(x[0:2])*yd)*float32(isum) - float32(fp16(x[2:4])*yd)*float32(msum)
	}
	return sum
}

// dotQ6_K is ggml_vec_dot_q6_K_q8_K over nb super-blocks of 210 bytes.
func dotQ6_K(w, a []byte, nb int) float32 {
	var sum float32
	for i := 0; i < nb; i++ {
		x := (*[210]byte)(w[i*210:])
		yd, qy, _ := q8K(a[i*292:])
		var isum int32
		for h := 0; h < 2; h++ {
			ql := (*[64]byte)(x[64*h:])
			qh := (*[32]byte)(x[128+32*h:])
			y := (*[128]byte)(qy[128*h:])
			for half := 0; half < 2; half++ {
				var s0, s1, s2, s3 int32
				for l := 16 * half; l < 16*half+16; l++ {
					a, c, hb := ql[l], ql[l+32], qh[l]
					s0 += (int32(a&15|(hb&3)<<4) - 32) * int32(int8(y[l]))
					s1 += (int32(c&15|(hb>>2&3)<<4) - 32) * int32(int8(y[l+32]))
					s2 += (int32(a>>4|(hb>>4&3)<<4) - 32) * int32(int8(y[l+64]))
					s3 += (int32(c>>4|(hb>>6)<<4) - 32) * int32(int8(y[l+96]))
				}
				sc := x[192+8*h+half:]
				isum += int32(int8(sc[0]))*s0 + int32(int8(sc[2]))*s1 + int32(int8(sc[4]))*s2 + int32(int8(sc[6]))*s3
			}
		}
		sum += float32(fp16(x[208:210])*yd) * float32(isum)
	}
	return sum
}
