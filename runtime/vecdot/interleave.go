package vecdot

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// GroupRows is how many rows one group of an interleaved matrix holds.
const GroupRows = 16

// LayoutVersion numbers the interleaved layout described below. It changes
// whenever a byte of that layout moves, so that a copy kept in a file (the
// weight cache of runtime/qwen2) in an older layout is rebuilt rather than
// misread.
const LayoutVersion = 1

// The interleaved layout of a Q8_0, Q4_0, Q5_0 or Q4_K matrix (Interleave) holds the same
// blocks as the row-major file, grouped so that a 512-bit register's sixteen
// lanes are sixteen rows: rows 16g … 16g+15 form group g, and block b of
// group g (offset (g·nb + b)·16·typeSize, nb blocks per row) is
//
//	bytes 0–31:  the sixteen rows' fp16 scales d, row r at 2r
//	then the levels in 64-byte chunks, chunk k holding four bytes of
//	every row (row r at 4r): the row's quant bytes 4k … 4k+3,
//	stored unsigned: Q8_0's level x as x+128 (eight chunks);
//	Q4_0's bytes as they are (four chunks: the low nibble of byte j is
//	value j's level x+8, the high nibble value j+16's);
//	Q5_0's: chunk 0 the rows' fifth bits as bit planes (row r's four
//	bytes from its 32-bit qh word, bit j the fifth bit of value j's level
//	x+16: byte i, bit c = bit 4c+i; see q5planes.go), chunks 1–4 the
//	rows' nibbles as Q4_0's
//
// so a group's block is 16·34 (Q8_0), 16·18 (Q4_0) or 16·22 (Q5_0) bytes, as
// in the file, and a group's nb blocks are contiguous. Q4_K's super-block
// (144 bytes a row) moves the same way with two fp16 fields: bytes 0–31 the
// sixteen rows' d, 32–63 their dmin, then 35 chunks of four bytes of every
// row: the row's 12 scale bytes (chunks 0–2), then its 128 nibble bytes
// (chunk 3+i holds bytes 4i … 4i+3: the low nibbles are levels of
// sub-block 2·(i/8), the high ones of sub-block 2·(i/8)+1).
//
// One VPDPBUSD then adds four products to each of sixteen rows with no
// horizontal sum and no per-row scale shuffling: about a quarter of the
// vector work per weight byte of the row-major kernels, so that a decode
// step waits on memory rather than on the kernel (where the row-major
// kernels already keep up with memory, as Q4_0's on AVX-512 here, it gains
// little).

// Interleavable reports whether t has an interleaved layout and this CPU a
// kernel for it (RowsInterleaved): Q8_0, Q4_0, Q5_0 and Q4_K with AVX-512
// (F, BW, VNNI), Q4_0, Q5_0 and Q4_K with AVX2, and Q8_0 too with AVX2 on
// AMD's CPUs. Elsewhere callers keep the row-major data.
//
// Q8_0 stays row-major with AVX2 on Intel's cores, where the eight-stream
// row-major kernel already keeps up with memory on two threads and an
// interleaved AVX2 kernel (each activation split into base-16 digits
// within ±8, since VPMADDUBSW pairs of the unsigned levels would overflow
// int16) gained nothing: BenchmarkRowsDRAM Q8_0 avx2 threads=2, four runs
// each, 25.4–30.8 GB/s row-major against 21.1–27.7 interleaved; 0.5B Q8_0
// AVX2 decode, six alternating runs, 78–88% of the paired probe's rate
// against 73–84%. On an AMD EPYC (Zen 1), whose 256-bit integer multiplies
// take two cycles, the row-major kernel multiplies about 10 GB/s on one
// core, under memory's rate, and the interleaved kernel of today (the
// signed levels' magnitudes times the activations with their signs, one
// VPMADDUBSW and one VPMADDWD per 32 level bytes, no scale work per row)
// 12.1–12.6 (BenchmarkRows Q8_0/avx2 and Q8_0/avx2/interleaved): 0.5B Q8_0
// decode, two alternating runs, 68–75% of the paired probe's rate against
// 56–58%. (Since then both kernels are faster there, the interleaved one at
// 14–15 GB/s, the row-major one, now four rows a pass, at 12; three
// alternating pairs of 0.5B Q8_0 decode runs, 37.0–42.2 tok/s interleaved
// against 30.6–34.5 row-major.)
// Nor has Q6_K a layout: an AVX2 one (the sixteen rows' d, then their 208
// quant bytes in 52 chunks; VPMADDUBSW of the 6-bit levels by broadcast
// activation bytes, VPMADDWD by each row's scale words) read 15.2–19.0 GB/s
// on two threads against the row-major kernel's 21.8–25.5
// (BenchmarkRowsDRAMK Q6_K avx2 threads=2, three runs each), likely because
// each of a super-block's 64 level vectors per half needs its own
// activation broadcast and high-bit shift, where the row-major kernel
// multiplies whole activation vectors.
func Interleavable(t quant.Type) bool {
	return t < numTypes && active.inter[t] != nil
}

// interleaveLevels maps a row-major block's quant byte to the layout's.
func interleaveLevels(t quant.Type) (typeSize int, xor byte, ok bool) {
	switch t {
	case quant.Q8_0:
		return 34, 0x80, true
	case quant.Q4_0:
		return 18, 0, true
	case quant.Q5_0:
		return 22, 0, true
	case quant.Q4_K:
		return 144, 0, true
	}
	return 0, 0, false
}

// scaleFields is how many fp16 fields open a row's block of ts bytes in an
// interleavable type: two for Q4_K's (d, dmin), one for the others'.
func scaleFields(ts int) int {
	if ts == 144 {
		return 2
	}
	return 1
}

// Interleave writes the rows of w (row-major, rows of rowBytes bytes, a
// multiple of GroupRows of them) into dst (len(w) bytes) in t's interleaved
// layout. It costs one pass over the bytes. Q8_0, Q4_0, Q5_0 and Q4_K only.
func Interleave(dst []byte, t quant.Type, w []byte, rowBytes int) error {
	ts, xor, ok := interleaveLevels(t)
	if !ok {
		return fmt.Errorf("vecdot: no interleaved layout for %s", t)
	}
	if rowBytes <= 0 || rowBytes%ts != 0 || len(w)%(GroupRows*rowBytes) != 0 || len(dst) != len(w) {
		return fmt.Errorf("vecdot: interleave %d bytes of %s rows of %d bytes into %d: need whole groups of %d rows", len(w), t, rowBytes, len(dst), GroupRows)
	}
	if len(w) > 0 {
		moveGroups(dst, w, ts, xor, rowBytes/ts, len(w)/(GroupRows*rowBytes), false)
	}
	return nil
}

// moveGroups moves groups·16 rows of nb blocks between the row-major layout
// (rm) and the interleaved one (il): into il (Interleave) or, with back,
// out of it (DeinterleaveRows), block by block of each group, a scale and
// then four quant bytes at a time, XORing the levels with xor. The callers
// checked both lengths (groups·16·nb·ts bytes); the moves skip bounds checks.
func moveGroups(il, rm []byte, ts int, xor byte, nb, groups int, back bool) {
	_ = il[groups*GroupRows*nb*ts-1]
	_ = rm[groups*GroupRows*nb*ts-1]
	x := uint32(xor) * 0x01010101
	rb := nb * ts
	ip, rp := unsafe.Pointer(&il[0]), unsafe.Pointer(&rm[0])
	q5 := ts == 22 // Q5_0: chunk 0 holds each row's qh as planes (q5planes.go)
	sf := scaleFields(ts)
	for g := 0; g < groups; g++ {
		rows := unsafe.Add(rp, g*GroupRows*rb)
		for b := 0; b < nb; b++ {
			blk := unsafe.Add(ip, (g*nb+b)*GroupRows*ts)
			for r := 0; r < GroupRows; r++ {
				row := unsafe.Add(rows, r*rb+b*ts)
				for f := 0; f < sf; f++ {
					field, scale := unsafe.Add(row, 2*f), unsafe.Add(blk, 2*GroupRows*f+2*r)
					if back {
						*(*uint16)(field) = *(*uint16)(scale)
					} else {
						*(*uint16)(scale) = *(*uint16)(field)
					}
				}
				for k := 0; k < (ts-2*sf)/4; k++ {
					q, l := unsafe.Add(row, 2*sf+4*k), unsafe.Add(blk, 2*GroupRows*sf+k*4*GroupRows+4*r)
					switch {
					case q5 && k == 0 && back:
						*(*uint32)(q) = qhFromPlane(*(*uint32)(l))
					case q5 && k == 0:
						*(*uint32)(l) = planeWord(*(*uint32)(q))
					case back:
						*(*uint32)(q) = *(*uint32)(l) ^ x
					default:
						*(*uint32)(l) = *(*uint32)(q) ^ x
					}
				}
			}
		}
	}
}

// RowsInterleaved is Rows on interleaved data: for r < len(dst), a multiple
// of GroupRows,
//
//	dst[r] = dotInterleaved(row r of iw, act)
//
// where iw holds len(dst)/GroupRows whole groups of rows of rowBytes bytes
// (their row-major size) in t's interleaved layout, starting at a group.
// The sums are Rows' in another rounding order (each block's product is
// formed as float32(Σu·y)·d_a − float32(c·Σy)·d_a, then scaled by d_w; see
// dotInterleaved), so results differ from Rows' in the last bits.
func RowsInterleaved(dst []float32, t quant.Type, iw []byte, rowBytes int, act []byte) error {
	if !Interleavable(t) {
		return fmt.Errorf("vecdot: no interleaved product for %s weights on this CPU", t)
	}
	ts := geometry[t].typeSize
	if rowBytes <= 0 || rowBytes%ts != 0 || len(dst)%GroupRows != 0 {
		return fmt.Errorf("vecdot: interleaved %s product of %d rows of %d bytes: need whole blocks and groups of %d rows", t, len(dst), rowBytes, GroupRows)
	}
	nb := rowBytes / ts
	if want := nb * geometry[t].actSize; len(act) != want {
		return fmt.Errorf("vecdot: %s rows of %d values need %d bytes of activations, got %d", t, nb*t.BlockSize(), want, len(act))
	}
	if len(iw) < len(dst)*rowBytes {
		return fmt.Errorf("vecdot: %d interleaved %s rows of %d bytes need %d bytes of weights, got %d", len(dst), t, rowBytes, len(dst)*rowBytes, len(iw))
	}
	if len(dst) > 0 {
		active.inter[t](dst, iw, GroupRows*rowBytes, act, nb)
	}
	return nil
}

// dotInterleaved is the reference for the interleaved kernels: row r (<
// GroupRows) of the group at iw (nb blocks of Q8_0, Q4_0 or Q5_0; Q4_K goes
// to dotInterleavedQ4K) times the Q8_0 activations act. For each block, with the row's unsigned levels
// u = x+c (c = 128 for Q8_0, 8 for Q4_0, 16 for Q5_0), the activation's levels
// y, scale d_a and the row's scale d_w:
//
//	off = float32(c·Σy)·d_a                   (rounded)
//	t   = fma(float32(Σ u·y), d_a, −off)
//	sum = fma(t, d_w, sum)
//
// the fused operations as float32 (fma32). The integer sums are exact.
func dotInterleaved(t quant.Type, iw []byte, r int, act []byte, nb int) float32 {
	if t == quant.Q4_K {
		return dotInterleavedQ4K(iw, r, act, nb)
	}
	ts, _, _ := interleaveLevels(t)
	var sum float32
	for b := 0; b < nb; b++ {
		blk := iw[b*GroupRows*ts:][:GroupRows*ts]
		y := act[b*34:][:34]
		dw, da := fp16(blk[2*r:]), fp16(y)
		var su, sy int32
		for j := 0; j < 32; j++ {
			sy += int32(int8(y[2+j]))
		}
		if t == quant.Q8_0 {
			for j := 0; j < 32; j++ {
				u := blk[2*GroupRows+(j/4)*4*GroupRows+4*r+j%4]
				su += int32(u) * int32(int8(y[2+j]))
			}
			sy *= 128
		} else if t == quant.Q5_0 {
			planes := blk[2*GroupRows:]
			for j := 0; j < 16; j++ {
				v := blk[2*GroupRows+(1+j/4)*4*GroupRows+4*r+j%4]
				lo := int32(v&15) | fifthBit(planes, r, j)<<4
				hi := int32(v>>4) | fifthBit(planes, r, j+16)<<4
				su += lo*int32(int8(y[2+j])) + hi*int32(int8(y[18+j]))
			}
			sy *= 16
		} else {
			for j := 0; j < 16; j++ {
				v := blk[2*GroupRows+(j/4)*4*GroupRows+4*r+j%4]
				su += int32(v&15)*int32(int8(y[2+j])) + int32(v>>4)*int32(int8(y[18+j]))
			}
			sy *= 8
		}
		off := float32(sy) * da
		sum = fma32(fma32(float32(su), da, -off), dw, sum)
	}
	return sum
}

// dotInterleavedQ4K is dotInterleaved for Q4_K: row r of the group at iw
// (nb super-blocks) times the Q8_K activations act. For each super-block,
// with the row's scales sc_j and mins m_j (6 bits, unpacked from the 12
// scale bytes as the file's), levels q (0–15), the activation's levels y,
// scale d_a and sums bs_j of sub-block j's 32 levels (two of its bsums),
// and the row's d and dmin,
//
//	S = Σ_j sc_j · Σ_{i<32} q[32j+i]·y[32j+i]   (int32, exact)
//	M = Σ_j m_j · bs_j                          (int32, exact)
//	t = fma(float32(S), d, −(dmin·float32(M)))  (the product rounded)
//	sum = fma(t, d_a, sum)
//
// in float32 (fma32): Σ_j (d·sc_j·Σ q·y − dmin·m_j·Σ y)·d_a, the row-major
// dot product in another rounding order.
func dotInterleavedQ4K(iw []byte, r int, act []byte, nb int) float32 {
	const ts, as = 144, 292
	var sum float32
	for b := 0; b < nb; b++ {
		blk := iw[b*GroupRows*ts:][:GroupRows*ts]
		y := act[b*as:][:as]
		// the row's 12 scale bytes (chunks 0–2) and level byte i (chunk 3+i/4)
		var sb [12]byte
		for i := range sb {
			sb[i] = blk[4*GroupRows+(i/4)*4*GroupRows+4*r+i%4]
		}
		q := func(i int) byte { return blk[4*GroupRows+(3+i/4)*4*GroupRows+4*r+i%4] }
		var S, M int32
		for j := 0; j < 8; j++ {
			sc, m := scaleMinK4(j, &sb)
			var is int32
			for i := 0; i < 32; i++ {
				v := q(32*(j/2) + i)
				if j%2 == 1 {
					v >>= 4
				}
				is += int32(v&15) * int32(int8(y[4+32*j+i]))
			}
			bs := int32(int16(binary.LittleEndian.Uint16(y[260+4*j:]))) + int32(int16(binary.LittleEndian.Uint16(y[262+4*j:])))
			S += sc * is
			M += m * bs
		}
		d, dmin := fp16(blk[2*r:]), fp16(blk[2*GroupRows+2*r:])
		da := math.Float32frombits(binary.LittleEndian.Uint32(y))
		tm := dmin * float32(M)
		sum = fma32(fma32(float32(S), d, -tm), da, sum)
	}
	return sum
}

// rowsInterleavedGo runs dotInterleaved for every row: the plain-Go kernel
// beside the assembly ones (tests only; no implementation interleaves
// without a SIMD kernel).
func rowsInterleavedGo(t quant.Type) quantRows {
	return func(dst []float32, iw []byte, groupBytes int, act []byte, nb int) {
		for g := 0; g < len(dst)/GroupRows; g++ {
			for r := 0; r < GroupRows; r++ {
				dst[g*GroupRows+r] = dotInterleaved(t, iw[g*groupBytes:], r, act, nb)
			}
		}
	}
}

// fma32 is a float32 fused multiply-add, a·b+c rounded once, as VFMADD
// rounds it: a·b is exact in float64 and their sum s is that sum rounded,
// with e the rounding's error (s + e is exact: Knuth's two-sum). Rounding s
// to float32 is then the single rounding but where s falls exactly half-way
// between two float32 values and e ≠ 0: the exact sum lies on e's side.
func fma32(a, b, c float32) float32 {
	p, z := float64(a)*float64(b), float64(c)
	s := p + z
	f := float32(s)
	if math.IsInf(s, 0) || math.IsNaN(s) || float64(f) == s {
		return f
	}
	v := s - p
	e := (p - (s - v)) + (z - v)
	if e == 0 {
		return f
	}
	// g: the float32 neighbour of f on s's other side
	g := math.Nextafter32(f, float32(math.Copysign(math.Inf(1), s-float64(f))))
	if (float64(f)+float64(g))/2 != s {
		return f
	}
	if (e > 0) == (g > f) {
		return g
	}
	return f
}

// DeinterleaveRows writes len(dst)/rowBytes consecutive rows, from row r0, of
// the interleaved matrix iw (rows of rowBytes bytes in t's layout) into dst
// in the row-major file layout: the bytes Interleave read. Cost: one pass
// over the rows' bytes, four bytes at a time.
func DeinterleaveRows(dst []byte, t quant.Type, iw []byte, rowBytes, r0 int) error {
	ts, xor, ok := interleaveLevels(t)
	if !ok || rowBytes <= 0 || rowBytes%ts != 0 || len(dst)%rowBytes != 0 || r0 < 0 {
		return fmt.Errorf("vecdot: deinterleave %d bytes of %s rows of %d bytes from row %d", len(dst), t, rowBytes, r0)
	}
	nb, rows := rowBytes/ts, len(dst)/rowBytes
	if end := (r0 + rows + GroupRows - 1) / GroupRows * GroupRows * rowBytes; end > len(iw) {
		return fmt.Errorf("vecdot: deinterleave rows %d–%d of a %d-byte interleaved %s matrix", r0, r0+rows-1, len(iw), t)
	}
	if r0%GroupRows == 0 && rows >= GroupRows {
		groups := rows / GroupRows
		if k := active.deinter[t]; k != nil {
			k(&dst[0], &iw[r0*rowBytes], nb, groups, rowBytes)
		} else {
			moveGroups(iw[r0*rowBytes:], dst, ts, xor, nb, groups, true)
		}
		r0, rows, dst = r0+groups*GroupRows, rows-groups*GroupRows, dst[groups*GroupRows*rowBytes:]
	}
	for i := 0; i < rows; i++ {
		deinterleaveBlocks(dst[i*rowBytes:(i+1)*rowBytes], ts, xor, iw, nb, r0+i, 0)
	}
	return nil
}

// DeinterleaveBlocks writes len(dst)/typeSize blocks of row r, from block b0,
// of the interleaved matrix iw (rows of rowBytes bytes in t's layout) into
// dst as the file stores them: a piece of a row for a caller with a small
// buffer (an embedding lookup).
func DeinterleaveBlocks(dst []byte, t quant.Type, iw []byte, rowBytes, r, b0 int) error {
	ts, xor, ok := interleaveLevels(t)
	if !ok || rowBytes <= 0 || rowBytes%ts != 0 || len(dst)%ts != 0 || r < 0 || b0 < 0 || b0*ts+len(dst) > rowBytes ||
		(r/GroupRows+1)*GroupRows*rowBytes > len(iw) {
		return fmt.Errorf("vecdot: deinterleave %d bytes of row %d from block %d of a %d-byte interleaved %s matrix with rows of %d bytes", len(dst), r, b0, len(iw), t, rowBytes)
	}
	deinterleaveBlocks(dst, ts, xor, iw, rowBytes/ts, r, b0)
	return nil
}

// deinterleaveBlocks copies blocks b0… of row r (len(dst)/ts of them) out of
// the interleaved layout: the scale, then four quant bytes per 64-byte chunk.
func deinterleaveBlocks(dst []byte, ts int, xor byte, iw []byte, nb, r, b0 int) {
	g, lane := r/GroupRows, r%GroupRows
	x := uint32(xor) * 0x01010101
	sf := scaleFields(ts)
	for i := 0; i < len(dst)/ts; i++ {
		src := iw[(g*nb+b0+i)*GroupRows*ts:][:GroupRows*ts]
		out := dst[i*ts : (i+1)*ts]
		for f := 0; f < sf; f++ {
			out[2*f], out[2*f+1] = src[2*GroupRows*f+2*lane], src[2*GroupRows*f+2*lane+1]
		}
		for k := 0; k < (ts-2*sf)/4; k++ {
			v := binary.LittleEndian.Uint32(src[2*GroupRows*sf+k*4*GroupRows+4*lane:]) ^ x
			binary.LittleEndian.PutUint32(out[2*sf+4*k:], v)
		}
		if ts == 22 { // Q5_0: the row's qh out of its plane word
			binary.LittleEndian.PutUint32(out[2:], qhFromPlane(binary.LittleEndian.Uint32(out[2:])))
		}
	}
}
