package grammar

import "testing"

// TestSlabGrowth: a stepper's slab starts at slabMin cells, doubles after
// a walk that overflowed it, never passes slabMax, and cells pushed past
// it still hold their values (from the heap).
func TestSlabGrowth(t *testing.T) {
	g := &Grammar{lim: Limits{StackDepth: 1 << 20}}
	sp := &stepper{g: g, slab: make([]stk, 0, slabMin)}
	want := slabMin
	for walk := range 8 {
		th := thread{}
		for i := range 3 * slabMax {
			var ok bool
			th, ok = sp.push(th, frame{cnt: int32(i + 1)})
			if !ok {
				t.Fatalf("walk %d: push %d refused", walk, i)
			}
		}
		n := int32(3 * slabMax)
		for c := th.up; c != nil; c = c.up {
			if c.f.cnt != n-1 {
				t.Fatalf("walk %d: cell holds %d, want %d", walk, c.f.cnt, n-1)
			}
			n--
		}
		if cap(sp.slab) != want {
			t.Fatalf("walk %d: slab of %d cells, want %d", walk, cap(sp.slab), want)
		}
		sp.resetSlab()
		want = min(2*want, slabMax)
	}
	// a walk that fits keeps the slab
	sp.push(thread{}, frame{})
	sp.resetSlab()
	if cap(sp.slab) != slabMax || len(sp.slab) != 0 {
		t.Errorf("slab %d/%d after a small walk", len(sp.slab), cap(sp.slab))
	}
}
