package vecdot

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// The GEMM path: activations packed once per product (PackTokens), then
// multiplied by tiles of weight rows (RowsPacked). Q8_0, Q4_0 and Q5_0
// weights (whose activations are Q8_0).

// Packed layout: tokens in groups of packGroup; per group and block,
// packBlock bytes: 8 vectors of 64 bytes (vector i holds the 16 tokens'
// levels 4i..4i+3 of the block, token after token; XORed with packFlip: for
// Q8_0 weights the unsigned qy+128), then the 16 scales d_y as float32, then
// the 16 corrections −8·Σ_j qy[j] as int32 (−16·Σ_j qy[j] for Q5_0
// weights; used with Q4_0 and Q5_0 weights). Tokens past n are zero.
const (
	packGroup = 16
	packBlock = 8*64 + 64 + 64
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
func hasPacked(t quant.Type) bool { return t == quant.Q8_0 || t == quant.Q4_0 || t == quant.Q5_0 }

// HasGEMM reports whether RowsPacked runs a tile kernel for weights of type
// t on this CPU (Q8_0, Q4_0 and Q5_0 with AVX512-VNNI, Q4_0 and Q5_0 with
// AVX2 alone);
// elsewhere it runs the plain-Go reference, and RowsTokens is the faster
// choice.
func HasGEMM(t quant.Type) bool { return t < numTypes && active.gemm[t] != nil }

// PackedSize returns the bytes PackTokens writes for n tokens of rows of
// weights of type t holding cols values, or 0 when there is no packed
// product for them: t is not Q8_0, Q4_0 or Q5_0, cols is not a whole number of
// 32-value blocks, or (Q8_0) more than 32736.
func PackedSize(t quant.Type, cols, n int) int {
	if !hasPacked(t) || cols <= 0 || cols%32 != 0 || n <= 0 || (t == quant.Q8_0 && cols/32 > maxPackedBlocks) {
		return 0
	}
	return (n + packGroup - 1) / packGroup * (cols / 32) * packBlock
}

// PackTokens lays out n tokens' activations acts (each converted to Q8_0 by
// QuantizeActivations, rows of cols values, token after token) for
// RowsPacked on weights of type t (Q8_0, Q4_0 or Q5_0): dst must hold
// PackedSize(t, cols, n) bytes. It allocates nothing and returns an error,
// writing nothing, when a length does not fit.
func PackTokens(dst []byte, t quant.Type, acts []byte, cols, n int) error {
	size := PackedSize(t, cols, n)
	if size == 0 {
		return fmt.Errorf("vecdot: no packed activations for %s weights, %d values, %d tokens", t, cols, n)
	}
	nb := cols / 32
	if len(acts) != n*nb*34 || len(dst) != size {
		return fmt.Errorf("vecdot: packing %d tokens of %d values: need %d bytes of activations and %d packed, got %d and %d", n, cols, n*nb*34, size, len(acts), len(dst))
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
// writing nothing, when t is not Q8_0, Q4_0 or Q5_0, the rows are too long
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
	if want := PackedSize(t, nb*32, n); want == 0 || len(packed) != want {
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

// gemmRef is the loop of gemmGo, the block sum of weight block x and packed
// block p at byte lane (4·token) given by sum.
func gemmRef(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb, ws int, sum func(x, p []byte, lane int) int32) {
	for k := 0; k < n; k++ {
		g, lane := k/packGroup, 4*(k%packGroup)
		for r := 0; r < rows; r++ {
			var acc float32
			for b := 0; b < nb; b++ {
				x := w[r*rowBytes+b*ws:]
				p := packed[(g*nb+b)*packBlock:]
				d := fp16(x[0:2]) * math.Float32frombits(binary.LittleEndian.Uint32(p[512+lane:]))
				acc = float32(math.FMA(float64(float32(sum(x, p, lane))), float64(d), float64(acc)))
			}
			dst[k*dstStride+r] = acc
		}
	}
}
