package vecdot

// Q5_0's interleaved fifth bits. In the row-major file a Q5_0 block keeps
// its 32 fifth bits as the row's 32-bit qh (bit j for value j). The
// interleaved layout's chunk 0 holds them as bit planes instead: byte
// 4r+i of the chunk (where chunk k+1's row r keeps its four nibble bytes)
// holds, in bit c, the fifth bit of value 4c+i of row r:
//
//	chunk 0, byte 4r+i, bit c = bit 4c+i of row r's qh      (r < 16, i < 4, c < 8)
//
// Chunk k+1's low nibbles are values 4k+i (plane c = k) and its high
// nibbles values 16+4k+i (plane c = k+4), so one shift of chunk 0 by the
// plane's distance from bit 4 puts the fifth bits of a vector of levels at
// the bit (0x10) that adds 16 to their levels: a shift and a merge
// (VPTERNLOGD) per vector on AVX-512, a shift, VPAND and VPOR on AVX2,
// where the layout's earlier byte masks (the same 64 bytes, transposed)
// took a mask load per vector on AVX-512 and a broadcast, VPSHUFB, VPAND,
// VPCMPEQB, VPAND and VPOR on AVX2. Each row's four bytes
// depend on its own qh alone (planeWord), so a row moves in and out of the
// layout by itself.

// The plane word of a row is its qh word with the bits permuted: bit 4c+i
// of qh is bit 8i+c of the word, the index's five bits (c2 c1 c0 i1 i0)
// rotated to (i1 i0 c2 c1 c0), a transpose of a 4×8 bit matrix. planeWord
// and qhFromPlane make the rotation as four swaps of two index bits each, a
// delta swap of the bits whose index has the lower bit set and the upper
// one clear with those d = 2^upper − 2^lower above them: (0 3), (1 4),
// (2 3), (3 4) from the planes to qh, the reverse order back. The AVX2
// deinterleave kernel makes the same swaps on eight rows' words at once.
const (
	swap03, swap14, swap23, swap34 = 0x00aa00aa, 0x0000cccc, 0x00f000f0, 0x0000ff00
)

// deltaSwap exchanges the bits of x at the positions in m with those d
// above them.
func deltaSwap(x, m uint32, d uint) uint32 {
	t := (x>>d ^ x) & m
	return x ^ t ^ t<<d
}

// planeWord returns a row's four bytes of chunk 0 (little-endian) for its
// block's qh: byte i, bit c = bit 4c+i of qh. 24 operations.
func planeWord(qh uint32) uint32 {
	qh = deltaSwap(qh, swap34, 8)
	qh = deltaSwap(qh, swap23, 4)
	qh = deltaSwap(qh, swap14, 14)
	return deltaSwap(qh, swap03, 7)
}

// qhFromPlane is planeWord's inverse: the qh word of a row's four bytes of
// chunk 0.
func qhFromPlane(p uint32) uint32 {
	p = deltaSwap(p, swap03, 7)
	p = deltaSwap(p, swap14, 14)
	p = deltaSwap(p, swap23, 4)
	return deltaSwap(p, swap34, 8)
}

// fifthBit returns bit j (< 32) of row r's qh from chunk 0's planes.
func fifthBit(planes []byte, r, j int) int32 {
	return int32(planes[4*r+j%4] >> (j / 4) & 1)
}
