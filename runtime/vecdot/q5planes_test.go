package vecdot

import (
	"math/rand/v2"
	"testing"
)

// TestQ5Planes checks chunk 0's planes against their definition (byte i,
// bit c of a row's word = bit 4c+i of its qh), bit by bit, that fifthBit
// reads them so, and that qhFromPlane undoes planeWord, on random words and
// on every single set bit (which catch a permutation that random words
// might hide less plainly).
func TestQ5Planes(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 72))
	cases := []uint32{0, ^uint32(0)}
	for n := 0; n < 1000; n++ {
		cases = append(cases, r.Uint32())
	}
	for bit := 0; bit < 32; bit++ {
		cases = append(cases, 1<<bit)
	}
	for _, qh := range cases {
		p := planeWord(qh)
		planes := make([]byte, 4*GroupRows)
		const row = 5
		for i := 0; i < 4; i++ {
			planes[4*row+i] = byte(p >> (8 * i))
		}
		for i := 0; i < 4; i++ {
			for c := 0; c < 8; c++ {
				if got, want := p>>(8*i+c)&1, qh>>(4*c+i)&1; got != want {
					t.Fatalf("planeWord(%08x) = %08x: byte %d bit %d = %d, want bit %d of qh (%d)", qh, p, i, c, got, 4*c+i, want)
				}
			}
		}
		for j := 0; j < 32; j++ {
			if got, want := fifthBit(planes, row, j), int32(qh>>j&1); got != want {
				t.Fatalf("qh %08x: fifthBit(row %d, %d) = %d, want %d", qh, row, j, got, want)
			}
		}
		if back := qhFromPlane(p); back != qh {
			t.Fatalf("qhFromPlane(planeWord(%08x)) = %08x", qh, back)
		}
	}
}
