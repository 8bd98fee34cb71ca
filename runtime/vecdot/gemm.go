package vecdot

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// The GEMM path: activations packed once per product (PackTokens), then
// multiplied by tiles of weight rows (RowsPacked). Q8_0, Q4_0 and Q5_0
// weights (whose activations are Q8_0), and Q4_K and Q6_K (Q8_K
// activations).

// Packed layout: tokens in groups of packGroup; per group and block,
// packBlock bytes: 8 vectors of 64 bytes (vector i holds the 16 tokens'
// levels 4i..4i+3 of the block, token after token; XORed with packFlip: for
// Q8_0 weights the unsigned qy+128), then the 16 scales d_y as float32, then
// the 16 corrections −8·Σ_j qy[j] as int32 (−16·Σ_j qy[j] for Q5_0
// weights; used with Q4_0 and Q5_0 weights). Tokens past n are zero.
//
// For Q4_K weights (Q8_K activations, super-blocks of 256 values) a group's
// super-block takes packBlockK bytes: 64 vectors of levels as above (int8),
// the 16 scales d_y (float32), then 4 vectors of the sub-blocks' sums: vector
// p holds each token's sums of values 64p..64p+31 and 64p+32..64p+63 as two
// int16 (from the Q8_K block's bsums). For Q6_K weights (packBlockK6 bytes)
// 8 vectors follow instead: vector p holds each token's bsums 2p and 2p+1
// (the sums of values 32p..32p+15 and 32p+16..32p+31, int16).
const (
	packGroup   = 16
	packBlock   = 8*64 + 64 + 64
	packBlockK  = 64*64 + 64 + 4*64
	packBlockK6 = 64*64 + 64 + 8*64
)

// maxPackedBlocks bounds the blocks of a row that RowsPacked takes for Q8_0
// weights (the tile kernel keeps each row tile's 16 bytes a block on its
// stack): 32736 values.
const maxPackedBlocks = 1023

// packFlip is XORed into the packed levels for weights of type t.
func packFlip(t quant.Type) uint32 {
	if t == quant.Q8_0 {
		return 0x80808080
	}
	return 0
}

// packShift is the shift of the packed corrections −Σ qy << shift for
// weights of type t: the offset of its unsigned levels (Q5_0: 16, else 8).
func packShift(t quant.Type) int {
	if t == quant.Q5_0 {
		return 4
	}
	return 3
}

// gemmRows computes dst[k·dstStride + r] = dot(w[r·rowBytes:], token k) for
// r < rows and k < n from packed activations; lengths are checked.
type gemmRows func(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int)

// hasPacked reports whether t has a packed product (Q8_0, Q4_0 and Q5_0).
func hasPacked(t quant.Type) bool {
	return t == quant.Q8_0 || t == quant.Q4_0 || t == quant.Q5_0 || t == quant.Q4_K || t == quant.Q6_K
}

// packedAct returns the values per block of t's activations, their bytes,
// and the packed bytes per group and block.
func packedAct(t quant.Type) (values, bytes, packed int) {
	switch t {
	case quant.Q4_K:
		return 256, 292, packBlockK
	case quant.Q6_K:
		return 256, 292, packBlockK6
	}
	return 32, 34, packBlock
}

// HasGEMM reports whether RowsPacked runs a tile kernel for weights of type
// t on this CPU (Q8_0, Q4_0, Q5_0, Q4_K and Q6_K with AVX512-VNNI, Q4_0
// and Q5_0 with AVX2 alone);
// elsewhere it runs the plain-Go reference, and RowsTokens is the faster
// choice.
func HasGEMM(t quant.Type) bool { return t < numTypes && active.gemm[t] != nil }

// PackedSize returns the bytes PackTokens writes for n tokens of rows of
// weights of type t holding cols values, or 0 when there is no packed
// product for them: t is not Q8_0, Q4_0, Q5_0, Q4_K or Q6_K, cols is not a
// whole number of t's blocks (32 values; K formats 256), or (Q8_0) more
// than 32736.
func PackedSize(t quant.Type, cols, n int) int {
	bv, _, pb := packedAct(t)
	if !hasPacked(t) || cols <= 0 || cols%bv != 0 || n <= 0 || (t == quant.Q8_0 && cols/32 > maxPackedBlocks) {
		return 0
	}
	return (n + packGroup - 1) / packGroup * (cols / bv) * pb
}

// PackTokens lays out n tokens' activations acts (each converted to t's
// activation type, Q8_0 or for Q4_K and Q6_K Q8_K, by QuantizeActivations,
// rows of cols values, token after token) for RowsPacked on weights of type
// t (Q8_0, Q4_0, Q5_0, Q4_K or Q6_K): dst must hold
// PackedSize(t, cols, n) bytes. It allocates nothing and returns an error,
// writing nothing, when a length does not fit.
func PackTokens(dst []byte, t quant.Type, acts []byte, cols, n int) error {
	size := PackedSize(t, cols, n)
	if size == 0 {
		return fmt.Errorf("vecdot: no packed activations for %s weights, %d values, %d tokens", t, cols, n)
	}
	bv, ab, _ := packedAct(t)
	nb := cols / bv
	if len(acts) != n*nb*ab || len(dst) != size {
		return fmt.Errorf("vecdot: packing %d tokens of %d values: need %d bytes of activations and %d packed, got %d and %d", n, cols, n*nb*ab, size, len(acts), len(dst))
	}
	if f := active.pack; f != nil {
		f(dst, acts, t, n, nb)
	} else {
		packTokensGo(dst, acts, t, n, nb)
	}
	return nil
}

// packFunc writes PackTokens' layout for n ≥ 1 tokens of nb blocks; the
// lengths are checked.
type packFunc func(dst, acts []byte, t quant.Type, n, nb int)

// packTokensGo is the plain-Go packFunc.
func packTokensGo(dst, acts []byte, t quant.Type, n, nb int) {
	if t == quant.Q4_K || t == quant.Q6_K {
		packTokensKGo(dst, acts, t, n, nb)
		return
	}
	flip, shift := packFlip(t), packShift(t)
	le := binary.LittleEndian
	clear(dst[:(n+packGroup-1)/packGroup*nb*packBlock])
	for k := 0; k < n; k++ {
		g, lane := k/packGroup, 4*(k%packGroup)
		row := acts[k*nb*34 : (k+1)*nb*34]
		for b := 0; b < nb; b++ {
			a := (*[34]byte)(row[b*34:])
			out := (*[packBlock]byte)(dst[(g*nb+b)*packBlock:])
			var s int32
			for i := 0; i < 8; i++ {
				v := le.Uint32(a[2+4*i:])
				le.PutUint32(out[64*i+lane:], v^flip)
				s += int32(int8(v)) + int32(int8(v>>8)) + int32(int8(v>>16)) + int32(int8(v>>24))
			}
			le.PutUint32(out[512+lane:], math.Float32bits(fp16(a[0:2])))
			le.PutUint32(out[576+lane:], uint32(-s<<shift))
		}
	}
}

// packTokensKGo is packTokensGo for Q8_K activations (Q4_K and Q6_K
// weights).
func packTokensKGo(dst, acts []byte, t quant.Type, n, nb int) {
	le := binary.LittleEndian
	_, _, pb := packedAct(t)
	clear(dst[:(n+packGroup-1)/packGroup*nb*pb])
	for k := 0; k < n; k++ {
		g, lane := k/packGroup, 4*(k%packGroup)
		for b := 0; b < nb; b++ {
			a := (*[292]byte)(acts[(k*nb+b)*292:])
			out := dst[(g*nb+b)*pb : (g*nb+b+1)*pb]
			for i := 0; i < 64; i++ {
				le.PutUint32(out[64*i+lane:], le.Uint32(a[4+4*i:]))
			}
			le.PutUint32(out[4096+lane:], le.Uint32(a[0:4]))
			if t == quant.Q6_K {
				for p := 0; p < 8; p++ {
					le.PutUint32(out[4160+64*p+lane:], le.Uint32(a[260+4*p:]))
				}
				continue
			}
			for p := 0; p < 4; p++ {
				bs := (*[32]byte)(a[260:])
				s0 := bsum(bs, 4*p) + bsum(bs, 4*p+1)
				s1 := bsum(bs, 4*p+2) + bsum(bs, 4*p+3)
				le.PutUint32(out[4160+64*p+lane:], uint32(uint16(s0))|uint32(uint16(s1))<<16)
			}
		}
	}
}

// RowsPacked is RowsTokens from activations packed by PackTokens (packed
// holds PackedSize(t, cols, n) bytes, cols the weights' row length): for
// every token k < n and row r < rows,
//
//	dst[k·dstStride + r] = dot(w[r·rowBytes : (r+1)·rowBytes], token k)
//
// equal to Rows' result for token k up to the order of the float32
// additions (each block's product float32(Σ qx·qy)·(d_x·d_y) is the same;
// the tile kernels add them in block order with fused multiply-adds). For
// t with HasGEMM a register tile of 4 rows × 32 tokens (AVX2: 8 tokens)
// reads each weight block once per tile. dstStride must be at least rows.
// It allocates nothing, is safe for concurrent use, and returns an error,
// writing nothing, when t is not Q8_0, Q4_0, Q5_0, Q4_K or Q6_K, the rows are too long
// (PackedSize 0) or a length does not fit.
func RowsPacked(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, rows int, packed []byte, n int) error {
	return active.rowsPacked(dst, dstStride, t, w, rowBytes, rows, packed, n)
}

// rowsPacked is RowsPacked on implementation m.
func (m *impl) rowsPacked(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, rows int, packed []byte, n int) error {
	if !hasPacked(t) {
		return fmt.Errorf("vecdot: no packed product for %s weights", t)
	}
	if rows < 0 || n < 0 || dstStride < rows {
		return fmt.Errorf("vecdot: %d rows, %d tokens, destination stride %d", rows, n, dstStride)
	}
	if n == 0 || rows == 0 {
		return nil
	}
	ts := geometry[t].typeSize
	if rowBytes <= 0 || rowBytes%ts != 0 {
		return fmt.Errorf("vecdot: %s row of %d bytes is not a whole number of %d-byte blocks", t, rowBytes, ts)
	}
	nb := rowBytes / ts
	if want := PackedSize(t, nb*t.BlockSize(), n); want == 0 || len(packed) != want {
		return fmt.Errorf("vecdot: %d packed tokens of %d blocks need %d bytes, got %d", n, nb, want, len(packed))
	}
	if len(w) < rows*rowBytes {
		return fmt.Errorf("vecdot: %d %s rows of %d bytes need %d bytes of weights, got %d", rows, t, rowBytes, rows*rowBytes, len(w))
	}
	if len(dst) < (n-1)*dstStride+rows {
		return fmt.Errorf("vecdot: %d tokens of %d rows at stride %d need %d outputs, got %d", n, rows, dstStride, (n-1)*dstStride+rows, len(dst))
	}
	f := m.gemm[t]
	if f == nil {
		switch t {
		case quant.Q8_0:
			f = gemmGo
		case quant.Q4_0:
			f = gemmQ4_0Go
		case quant.Q4_K:
			f = gemmQ4_KGo
		case quant.Q6_K:
			f = gemmQ6_KGo
		default:
			f = gemmQ5_0Go
		}
	}
	f(dst, dstStride, w, rowBytes, rows, packed, n, nb)
	return nil
}

// gemmGo is the reference of the Q8_0 tile kernel: for every row and token,
// over the blocks in order,
//
//	sum = fma(float32(Σ_j qx[j]·qy[j]), d_x·d_y, sum)
//
// the integer sum taken as the kernel takes it, −128·Σ qx + Σ qx·(qy+128),
// from the packed activations. (The fma is float64 rounded to float32, which
// may differ from float32's fused operation in the last bit.)
func gemmGo(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int) {
	gemmRef(dst, dstStride, w, rowBytes, rows, packed, n, nb, 34, func(x, p []byte, lane int) int32 {
		var s int32
		for j := 0; j < 32; j++ {
			q := int32(int8(x[2+j]))
			s += q * (int32(p[64*(j/4)+lane+j%4]) - 128)
		}
		return s
	})
}

// gemmQ4_0Go is gemmGo for Q4_0 weights: −8·Σ qy + Σ_j q[j]·qy[j], q the
// unsigned level (value j of the block is nibble j/16 of byte j%16, the low
// nibble for j < 16).
func gemmQ4_0Go(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int) {
	gemmRef(dst, dstStride, w, rowBytes, rows, packed, n, nb, 18, func(x, p []byte, lane int) int32 {
		s := int32(binary.LittleEndian.Uint32(p[576+lane:]))
		for j := 0; j < 32; j++ {
			q := int32(x[2+j%16]>>(4*(j/16))) & 15
			s += q * int32(int8(p[64*(j/4)+lane+j%4]))
		}
		return s
	})
}

// gemmQ5_0Go is gemmGo for Q5_0 weights: −16·Σ qy + Σ_j q[j]·qy[j], q the
// unsigned 5-bit level (gemmQ4_0Go's nibble plus bit j of the block's qh
// field as bit 4; the nibbles start at byte 6).
func gemmQ5_0Go(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int) {
	gemmRef(dst, dstStride, w, rowBytes, rows, packed, n, nb, 22, func(x, p []byte, lane int) int32 {
		s := int32(binary.LittleEndian.Uint32(p[576+lane:]))
		qh := binary.LittleEndian.Uint32(x[2:])
		for j := 0; j < 32; j++ {
			q := int32(x[6+j%16]>>(4*(j/16)))&15 | int32(qh>>j&1)<<4
			s += q * int32(int8(p[64*(j/4)+lane+j%4]))
		}
		return s
	})
}

// gemmQ4_KGo is the reference of the Q4_K tile kernel: for every row and
// token, over the super-blocks in order, with s_j = Σ_l q[32j+l]·qy[32j+l]
// (q the unsigned nibble), sc_j and m_j the sub-blocks' 6-bit scales and
// mins, S_j the packed sub-block sums of qy,
//
//	isum = Σ_j sc_j·s_j,  msum = Σ_j m_j·S_j   (exact, int32)
//	sum  += fma(float32(isum), d·d_y, −float32(msum)·(dmin·d_y))
//
// (dotQ4_K's terms; the products d·d_y, dmin·d_y and float32(msum)·… are
// float32 roundings, the fma float64 rounded to float32).
func gemmQ4_KGo(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int) {
	le := binary.LittleEndian
	gemmLoop(dst, dstStride, w, rowBytes, rows, packed, n, nb, 144, packBlockK, func(x, p []byte, lane int, acc float32) float32 {
		sm := (*[12]byte)(x[4:16])
		var isum, msum int32
		for j := 0; j < 8; j++ {
			var s int32
			for l := 0; l < 32; l++ {
				q := int32(x[16+32*(j/2)+l]>>(4*(j%2))) & 15
				v := 32*j + l
				s += q * int32(int8(p[64*(v/4)+lane+v%4]))
			}
			sc, m := scaleMinK4(j, sm)
			isum += sc * s
			msum += m * int32(int16(le.Uint16(p[4160+64*(j/2)+lane+2*(j%2):])))
		}
		yd := math.Float32frombits(le.Uint32(p[4096+lane:]))
		t1, t2 := fp16(x[0:2])*yd, fp16(x[2:4])*yd
		m := float32(msum) * t2
		return acc + float32(math.FMA(float64(float32(isum)), float64(t1), -float64(m)))
	})
}

// gemmQ6_KGo is the reference of the Q6_K tile kernel: for every row and
// token, over the super-blocks in order, with q the unsigned 6-bit levels
// (0..63, dotQ6_K's before its −32), sc_i the 16 int8 scales, bs_i the
// packed sums of qy over values 16i..16i+15,
//
//	isum = Σ_i sc_i·Σ_{v<16} q[16i+v]·qy[16i+v] − Σ_i (32·sc_i)·bs_i   (exact, int32)
//	sum  = fma(float32(isum), d·d_y, sum)
//
// (dotQ6_K's isum; d·d_y a float32 rounding, the fma float64 rounded to
// float32).
func gemmQ6_KGo(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int) {
	le := binary.LittleEndian
	gemmLoop(dst, dstStride, w, rowBytes, rows, packed, n, nb, 210, packBlockK6, func(x, p []byte, lane int, acc float32) float32 {
		var isum, corr int32
		for i := 0; i < 16; i++ {
			var s int32
			for v := 16 * i; v < 16*i+16; v++ {
				h, c, l := v/128, v%128/32, v%32 // half, quarter, position
				q := int32(x[64*h+l+32*(c%2)]>>(4*(c/2)))&15 | int32(x[128+32*h+l]>>(2*c)&3)<<4
				s += q * int32(int8(p[64*(v/4)+lane+v%4]))
			}
			sc := int32(int8(x[192+i]))
			isum += sc * s
			corr += 32 * sc * int32(int16(le.Uint16(p[4160+64*(i/2)+lane+2*(i%2):])))
		}
		t := fp16(x[208:210]) * math.Float32frombits(le.Uint32(p[4096+lane:]))
		return float32(math.FMA(float64(float32(isum-corr)), float64(t), float64(acc)))
	})
}

// gemmRef is the loop of gemmGo, the block sum of weight block x and packed
// block p at byte lane (4·token) given by sum.
func gemmRef(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb, ws int, sum func(x, p []byte, lane int) int32) {
	gemmLoop(dst, dstStride, w, rowBytes, rows, packed, n, nb, ws, packBlock, func(x, p []byte, lane int, acc float32) float32 {
		d := fp16(x[0:2]) * math.Float32frombits(binary.LittleEndian.Uint32(p[512+lane:]))
		return float32(math.FMA(float64(float32(sum(x, p, lane))), float64(d), float64(acc)))
	})
}

// gemmLoop runs the references' loop: for every token k and row r, over the
// blocks in order (ws weight bytes, pb packed bytes per group a block),
// acc = step(weight block, packed block, byte lane 4·(k mod 16), acc).
func gemmLoop(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb, ws, pb int, step func(x, p []byte, lane int, acc float32) float32) {
	for k := 0; k < n; k++ {
		g, lane := k/packGroup, 4*(k%packGroup)
		for r := 0; r < rows; r++ {
			var acc float32
			for b := 0; b < nb; b++ {
				acc = step(w[r*rowBytes+b*ws:], packed[(g*nb+b)*pb:], lane, acc)
			}
			dst[k*dstStride+r] = acc
		}
	}
}
