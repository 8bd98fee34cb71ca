package vecdot

import "encoding/binary"

// Q5_0's interleaved fifth bits. In the row-major file a Q5_0 block keeps
// its 32 fifth bits as the row's 32-bit qh (bit j for value j). The
// interleaved layout's chunk 0 holds them for the group's sixteen rows as
// eight 64-bit masks instead, mask k at byte 8k:
//
//	mask k, bit 4r+i = bit 4k+i of row r's qh      (k < 8, r < 16, i < 4)
//
// so that mask k (k < 4) is the byte mask of chunk k+1's low nibbles in a
// 512-bit register (row r's four bytes at 4r…4r+3, byte i the value 4k+i)
// and mask k+4 that of its high nibbles (values 16+4k+i): the AVX-512
// kernels load them with KMOVQ and add 16 to the masked levels, where taking
// the bits out of sixteen qh words cost two VPSHUFBITQMB per chunk. The
// masks are the qh words' nibbles transposed: treat the sixteen words as a
// 16×8 matrix of nibbles (row r, nibble k) and the masks as its transpose.

// transposeNibbles transposes, in place, the two 8×8 nibble matrices held
// side by side in w: matrix row k is the low (first matrix) or high (second)
// 32 bits of w[k], nibble c at bits 4c…4c+3. Three rounds of masked swaps
// (4×4 blocks, 2×2, then single nibbles), unrolled on locals; it is its own
// inverse.
func transposeNibbles(w *[8]uint64) {
	w0, w1, w2, w3, w4, w5, w6, w7 := w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]
	const m16, m8, m4 = 0x0000ffff0000ffff, 0x00ff00ff00ff00ff, 0x0f0f0f0f0f0f0f0f
	t := (w0>>16 ^ w4) & m16
	w4, w0 = w4^t, w0^t<<16
	t = (w1>>16 ^ w5) & m16
	w5, w1 = w5^t, w1^t<<16
	t = (w2>>16 ^ w6) & m16
	w6, w2 = w6^t, w2^t<<16
	t = (w3>>16 ^ w7) & m16
	w7, w3 = w7^t, w3^t<<16
	t = (w0>>8 ^ w2) & m8
	w2, w0 = w2^t, w0^t<<8
	t = (w1>>8 ^ w3) & m8
	w3, w1 = w3^t, w1^t<<8
	t = (w4>>8 ^ w6) & m8
	w6, w4 = w6^t, w4^t<<8
	t = (w5>>8 ^ w7) & m8
	w7, w5 = w7^t, w5^t<<8
	t = (w0>>4 ^ w1) & m4
	w1, w0 = w1^t, w0^t<<4
	t = (w2>>4 ^ w3) & m4
	w3, w2 = w3^t, w2^t<<4
	t = (w4>>4 ^ w5) & m4
	w5, w4 = w5^t, w4^t<<4
	t = (w6>>4 ^ w7) & m4
	w7, w6 = w7^t, w6^t<<4
	*w = [8]uint64{w0, w1, w2, w3, w4, w5, w6, w7}
}

// qhToMasks turns the sixteen rows' qh words (qh[r]) into chunk 0's eight
// masks (64 bytes, little-endian).
func qhToMasks(masks []byte, qh *[GroupRows]uint32) {
	var w [8]uint64
	for k := range w {
		w[k] = uint64(qh[k]) | uint64(qh[k+8])<<32
	}
	transposeNibbles(&w)
	for k, v := range w {
		binary.LittleEndian.PutUint64(masks[8*k:], v)
	}
}

// masksToQh is qhToMasks' inverse: the sixteen rows' qh words from chunk
// 0's masks.
func masksToQh(qh *[GroupRows]uint32, masks []byte) {
	var w [8]uint64
	for k := range w {
		w[k] = binary.LittleEndian.Uint64(masks[8*k:])
	}
	transposeNibbles(&w)
	for k, v := range w {
		qh[k], qh[k+8] = uint32(v), uint32(v>>32)
	}
}

// fifthBit returns bit j (< 32) of row r's qh from chunk 0's masks.
func fifthBit(masks []byte, r, j int) int32 {
	m := binary.LittleEndian.Uint64(masks[8*(j/4):])
	return int32(m >> (4*r + j%4) & 1)
}
