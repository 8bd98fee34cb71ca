package qwen2

import (
	"math/rand/v2"
	"testing"
)

// TestPageDrops splits a buffer of about 9 units into ranges of random
// sizes (some inside one unit, some across several, with gaps between some)
// and marks them done in random orders: every unit a range touches must be
// released exactly once, within the ranges' span, and only once every range
// on it is done.
func TestPageDrops(t *testing.T) {
	buf := make([]byte, 9*dropUnit+12345)
	r := rand.New(rand.NewPCG(7, 8))
	for round := range 20 {
		var ranges [][]byte
		for at := r.IntN(5000); at < len(buf)-1; {
			n := 1 + r.IntN(3*dropUnit/2)
			if round%2 == 0 {
				n = 1 + r.IntN(dropUnit/8)
			}
			end := min(at+n, len(buf))
			ranges = append(ranges, buf[at:end])
			at = end + r.IntN(3)*100 // a gap now and then
		}
		lo, hi := addr(ranges[0]), addr(ranges[len(ranges)-1])+uintptr(len(ranges[len(ranges)-1]))
		base := lo &^ (dropUnit - 1)
		unit := func(p uintptr) int { return int((p - base) / dropUnit) }
		// pending[u]: ranges on unit u not yet done.
		pending := map[int]int{}
		for _, b := range ranges {
			for u := unit(addr(b)); u <= unit(addr(b)+uintptr(len(b))-1); u++ {
				pending[u]++
			}
		}
		released := map[int]bool{}
		d := newPageDrops(ranges, func(b []byte) {
			p, e := addr(b), addr(b)+uintptr(len(b))
			if p < lo || e > hi || len(b) == 0 {
				t.Fatalf("round %d: released [%#x, %#x) outside the ranges' [%#x, %#x)", round, p, e, lo, hi)
			}
			for u := unit(p); u <= unit(e-1); u++ {
				if released[u] || pending[u] != 0 {
					t.Fatalf("round %d: unit %d released again (%v) or with %d ranges on it not done", round, u, released[u], pending[u])
				}
				released[u] = true
				want := max(base+uintptr(u)*dropUnit, lo)
				if u == unit(p) && p != want {
					t.Fatalf("round %d: release of unit %d starts at %#x, want %#x", round, u, p, want)
				}
			}
		})
		for _, k := range r.Perm(len(ranges)) {
			b := ranges[k]
			for u := unit(addr(b)); u <= unit(addr(b)+uintptr(len(b))-1); u++ {
				pending[u]--
			}
			d.done(b)
		}
		for u := range pending {
			if !released[u] {
				t.Fatalf("round %d: unit %d never released", round, u)
			}
		}
	}
}
