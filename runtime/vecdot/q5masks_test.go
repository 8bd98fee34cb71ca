package vecdot

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestQ5Masks checks chunk 0's masks against their definition (mask k, bit
// 4r+i = bit 4k+i of row r's qh), bit by bit, and that masksToQh undoes
// qhToMasks, on random words and on single set bits (which catch a
// permutation that random words might hide less plainly).
func TestQ5Masks(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 72))
	cases := make([][GroupRows]uint32, 0, 600)
	for n := 0; n < 64; n++ {
		var qh [GroupRows]uint32
		for i := range qh {
			qh[i] = r.Uint32()
		}
		cases = append(cases, qh)
	}
	for row := 0; row < GroupRows; row++ {
		for bit := 0; bit < 32; bit++ {
			var qh [GroupRows]uint32
			qh[row] = 1 << bit
			cases = append(cases, qh)
		}
	}
	for _, qh := range cases {
		masks := make([]byte, 64)
		qhToMasks(masks, &qh)
		for k := 0; k < 8; k++ {
			m := binary.LittleEndian.Uint64(masks[8*k:])
			for row := 0; row < GroupRows; row++ {
				for i := 0; i < 4; i++ {
					if got, want := m>>(4*row+i)&1, uint64(qh[row]>>(4*k+i)&1); got != want {
						t.Fatalf("qh %x: mask %d bit %d = %d, want bit %d of row %d's qh (%d)", qh, k, 4*row+i, got, 4*k+i, row, want)
					}
					if got := fifthBit(masks, row, 4*k+i); uint64(got) != m>>(4*row+i)&1 {
						t.Fatalf("fifthBit(row %d, %d) = %d, mask says %d", row, 4*k+i, got, m>>(4*row+i)&1)
					}
				}
			}
		}
		var back [GroupRows]uint32
		masksToQh(&back, masks)
		if back != qh {
			t.Fatalf("masksToQh(qhToMasks(%x)) = %x", qh, back)
		}
	}
}
