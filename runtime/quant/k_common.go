package quant

import "math"

// Helpers shared by the K-quant formats (256-value super-blocks).
//
// The K quantizers here are Go renditions of llama.cpp's reference
// quantizers (quantize_row_qN_K_ref), which llama-quantize uses when it is
// given no importance matrix. They are not plain round-to-nearest: each
// sub-block's scale (and min) comes from a small search that minimises a
// weighted squared (or absolute) error, and then the sub-block scales are
// themselves quantized to 4, 6 or 8 bits and the values re-rounded against the
// quantized scales. All arithmetic is float32, in llama.cpp's order and with
// every product rounded before it is added (no fused multiply-add), so that
// the bytes equal llama-quantize's.
//
// A better quantizer would weight each value by its importance, as
// llama.cpp's quantize_row_qN_K_impl does with an importance matrix
// (activation statistics gathered by llama-imatrix): weights
// qw·sqrt(σ²+x²) in make_qkx3_quants and make_qp_quants (which also searches
// the super-block scales instead of taking max/63).

// getScaleMinK4 unpacks the 6-bit scale and min of sub-block j (0 ≤ j < 8)
// from the 12-byte scales field of Q4_K and Q5_K:
//
//	j < 4: scale = q[j] & 63,                     min = q[j+4] & 63
//	j ≥ 4: scale = q[j+4]&0xF | (q[j-4]>>6)<<4,   min = q[j+4]>>4 | (q[j]>>6)<<4
//
// Bytes 0-3 hold the scales of sub-blocks 0-3 in their low 6 bits, bytes 4-7
// the mins of sub-blocks 0-3; bytes 8-11 hold the low 4 bits of scale (low
// nibble) and min (high nibble) of sub-blocks 4-7, whose top 2 bits sit in
// the top 2 bits of bytes 0-3 (scales) and 4-7 (mins).
func getScaleMinK4(j int, q *[12]byte) (sc, m uint8) {
	if j < 4 {
		return q[j] & 63, q[j+4] & 63
	}
	return q[j+4]&0x0f | (q[j-4]>>6)<<4, q[j+4]>>4 | (q[j]>>6)<<4
}

// putScaleMinK4 is the inverse of getScaleMinK4 for sub-block j; the bytes it
// shares with other sub-blocks must start zeroed and j must go up from 0.
func putScaleMinK4(j int, q *[12]byte, sc, m uint8) {
	if j < 4 {
		q[j] = sc
		q[j+4] = m
		return
	}
	q[j+4] = sc&0x0f | (m&0x0f)<<4
	q[j-4] |= (sc >> 4) << 6
	q[j] |= (m >> 4) << 6
}

func sqrt32(v float32) float32 { return float32(math.Sqrt(float64(v))) }

// makeQKX2Quants is llama.cpp's make_qkx2_quants: it fits x ≈ scale·L − min
// with L in [0, nmax] and min ≥ 0, trying nstep+1 candidate scales
// (nmax + rmin + rdelta·is)/(max−min) around the plain one and keeping the
// least weighted error (|error| when useMAD, else squared), each candidate's
// scale and min refined by weighted least squares. It returns scale and min.
func makeQKX2Quants(x, w []float32, L, laux []uint8, nmax int32, rmin, rdelta float32, nstep int, useMAD bool) (float32, float32) {
	n := len(x)
	lo, hi := x[0], x[0]
	sumW := w[0]
	sumX := sumW * x[0]
	for i := 1; i < n; i++ {
		if x[i] < lo {
			lo = x[i]
		}
		if x[i] > hi {
			hi = x[i]
		}
		sumW += w[i]
		sumX += float32(w[i] * x[i])
	}
	if lo > 0 {
		lo = 0
	}
	if hi == lo {
		clear(L[:n])
		return 0, -lo
	}
	fmax := float32(nmax)
	iscale := fmax / (hi - lo)
	scale := 1 / iscale
	var bestMAD float32
	for i := 0; i < n; i++ {
		l := nearestInt(iscale * (x[i] - lo))
		l = max(0, min(nmax, l))
		L[i] = uint8(l)
		diff := float32(float32(scale*float32(l))+lo) - x[i]
		if useMAD {
			diff = abs32(diff)
		} else {
			diff = diff * diff
		}
		bestMAD += float32(w[i] * diff)
	}
	if nstep < 1 {
		return scale, -lo
	}
	for is := 0; is <= nstep; is++ {
		iscale = (float32(rmin+float32(rdelta*float32(is))) + fmax) / (hi - lo)
		var sumL, sumL2, sumXL float32
		for i := 0; i < n; i++ {
			l := nearestInt(iscale * (x[i] - lo))
			l = max(0, min(nmax, l))
			laux[i] = uint8(l)
			fl := float32(l)
			wl := float32(w[i] * fl)
			sumL += wl
			sumL2 += float32(wl * fl)
			sumXL += float32(wl * x[i])
		}
		D := float32(sumW*sumL2) - float32(sumL*sumL)
		if D > 0 {
			thisScale := (float32(sumW*sumXL) - float32(sumX*sumL)) / D
			thisMin := (float32(sumL2*sumX) - float32(sumL*sumXL)) / D
			if thisMin > 0 {
				thisMin = 0
				thisScale = sumXL / sumL2
			}
			var mad float32
			for i := 0; i < n; i++ {
				diff := float32(float32(thisScale*float32(laux[i]))+thisMin) - x[i]
				if useMAD {
					diff = abs32(diff)
				} else {
					diff = diff * diff
				}
				mad += float32(w[i] * diff)
			}
			if mad < bestMAD {
				copy(L[:n], laux[:n])
				bestMAD = mad
				scale = thisScale
				lo = thisMin
			}
		}
	}
	return scale, -lo
}

// makeQXQuants is llama.cpp's make_qx_quants with rmse_type 1 and no
// importance weights: a symmetric fit x ≈ scale·(L − nmax), L in [0, 2·nmax),
// weighting each value by x², trying 19 scales (nmax ± 0.1·k)/max and
// keeping the best least-squares one. It returns scale (0 for an all-zero x).
func makeQXQuants(x []float32, L []int8, nmax int32) float32 {
	n := len(x)
	maxv := signedAbsMax(x)
	if abs32(maxv) < groupMaxEps {
		clear(L[:n])
		return 0
	}
	fmax := float32(nmax)
	iscale := float32(-nmax) / maxv
	var sumLX, sumL2 float32
	for i := 0; i < n; i++ {
		l := max(-nmax, min(nmax-1, nearestInt(iscale*x[i])))
		L[i] = int8(l + nmax)
		fl := float32(l)
		w := x[i] * x[i]
		sumLX += float32(float32(w*x[i]) * fl)
		sumL2 += float32(float32(w*fl) * fl)
	}
	var scale float32
	if sumL2 != 0 {
		scale = sumLX / sumL2
	}
	best := scale * sumLX
	for is := -9; is <= 9; is++ {
		if is == 0 {
			continue
		}
		iscale = -(fmax + float32(0.1*float32(is))) / maxv
		sumLX, sumL2 = 0, 0
		for i := 0; i < n; i++ {
			l := max(-nmax, min(nmax-1, nearestInt(iscale*x[i])))
			fl := float32(l)
			w := x[i] * x[i]
			sumLX += float32(float32(w*x[i]) * fl)
			sumL2 += float32(float32(w*fl) * fl)
		}
		if sumL2 > 0 && float32(sumLX*sumLX) > float32(best*sumL2) {
			for i := 0; i < n; i++ {
				l := max(-nmax, min(nmax-1, nearestInt(iscale*x[i])))
				L[i] = int8(l + nmax)
			}
			scale = sumLX / sumL2
			best = scale * sumLX
		}
	}
	return scale
}

// makeQ3Quants is llama.cpp's make_q3_quants with do_rmse: a symmetric fit
// x ≈ scale·(L − nmax) weighted by x², starting from nearest rounding at
// scale max/−nmax and then moving single values to another level while that
// lowers the weighted error (up to 5 passes). L ends in [0, 2·nmax).
func makeQ3Quants(x []float32, L []int8, nmax int32) float32 {
	n := len(x)
	maxv := signedAbsMax(x)
	if abs32(maxv) < groupMaxEps {
		clear(L[:n])
		return 0
	}
	iscale := float32(-nmax) / maxv
	var sumLX, sumL2 float32
	for i := 0; i < n; i++ {
		l := max(-nmax, min(nmax-1, nearestInt(iscale*x[i])))
		L[i] = int8(l)
		fl := float32(l)
		w := x[i] * x[i]
		sumLX += float32(float32(w*x[i]) * fl)
		sumL2 += float32(float32(w*fl) * fl)
	}
	for try := 0; try < 5; try++ {
		changed := 0
		for i := 0; i < n; i++ {
			w := x[i] * x[i]
			fl := float32(L[i])
			slx := sumLX - float32(float32(w*x[i])*fl)
			if slx > 0 {
				sl2 := sumL2 - float32(float32(w*fl)*fl)
				nl := max(-nmax, min(nmax-1, nearestInt(float32(x[i]*sl2)/slx)))
				if nl != int32(L[i]) {
					fn := float32(nl)
					slx += float32(float32(w*x[i]) * fn)
					sl2 += float32(float32(w*fn) * fn)
					if sl2 > 0 && float32(float32(slx*slx)*sumL2) > float32(float32(sumLX*sumLX)*sl2) {
						L[i] = int8(nl)
						sumLX, sumL2 = slx, sl2
						changed++
					}
				}
			}
		}
		if changed == 0 {
			break
		}
	}
	for i := 0; i < n; i++ {
		L[i] += int8(nmax)
	}
	return sumLX / sumL2
}

// groupMaxEps is llama.cpp's GROUP_MAX_EPS: a sub-block whose largest
// magnitude is below it counts as all zero.
const groupMaxEps = 1e-15

// pack2bit stores 256 2-bit levels the way Q2_K and Q3_K do: byte
// 32·h + l (h = 0, 1; 0 ≤ l < 32) holds levels 128h+l, 128h+l+32, 128h+l+64
// and 128h+l+96 in bits 0-1, 2-3, 4-5 and 6-7.
func pack2bit(L *[QK_K]uint8, qs *[64]byte) {
	for h := 0; h < 2; h++ {
		for l := 0; l < 32; l++ {
			j := 128*h + l
			qs[32*h+l] = L[j] | L[j+32]<<2 | L[j+64]<<4 | L[j+96]<<6
		}
	}
}
